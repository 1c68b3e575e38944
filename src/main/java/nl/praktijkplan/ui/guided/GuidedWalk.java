package nl.praktijkplan.ui.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The guided walk for a GP: one concept per step in plain language, the few inputs that matter for it, and
 * the result it leads to, live. The inputs are the same case as the main window's; the last step hands over
 * to the full case.
 */
public final class GuidedWalk {

    /** One step: a title, an explanation, inputs and results. */
    record Step(String titleKey, String textKey, Node body) {
    }

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final List<Step> steps = new ArrayList<>();
    private final nl.praktijkplan.ui.common.ViewScope scope;
    private int index;

    public GuidedWalk(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.n = i18n.numbers();
        // The walk's listeners live in their own scope, stopped when the walk closes.
        nl.praktijkplan.ui.common.ViewScope main = vm.beginScope();
        scope = vm.scope();
        try {
            build();
        } finally {
            vm.restoreScope(main);
        }
    }

    private Supplier<String> preferred(String field) {
        return () -> "options[" + vm.businessCase().preferredOption() + "]." + field;
    }

    private OptionResult pref() {
        return vm.result().preferred();
    }

    private void build() {
        steps.add(new Step("guided.welcome.title", "guided.welcome.text", null));

        Form patients = new Form(vm, i18n);
        patients.number("practice.patients", "field.patients", Kind.INTEGER);
        patients.number("growth.municipalGrowthPct", "field.municipalGrowth", Kind.PERCENT);
        patients.number("growth.newDwellingsPerYear", "field.newDwellings", Kind.DECIMAL);
        Figures pf = new Figures(vm, i18n);
        pf.add("guided-patients-end", "guided.result.patientsEnd",
                r -> n.format(r.projection().get(r.projection().size() - 1).patients(), 0));
        pf.add("guided-m2-end", "guided.result.m2End", r -> n.format(r.projection().get(r.projection().size() - 1).m2Needed(), 0) + " m²");
        steps.add(new Step("guided.patients.title", "guided.patients.text", new VBox(8, patients.node(), pf.node())));

        Form space = new Form(vm, i18n);
        space.number("currentPremises.areaM2", "field.currentArea", Kind.M2);
        Figures sf = new Figures(vm, i18n);
        sf.add("guided-runs-out", "guided.result.runsOut",
                r -> r.spaceRunsOutYear() == null ? i18n.t("result.never") : String.valueOf(r.spaceRunsOutYear()));
        steps.add(new Step("guided.space.title", "guided.space.text", new VBox(8, space.node(), sf.node())));

        Form option = new Form(vm, i18n);
        option.number(preferred("areaM2"), "field.optionArea", Kind.M2);
        option.number(preferred("purchasePrice"), "field.purchasePrice", Kind.MONEY);
        option.number(preferred("renovationCost"), "field.renovationCost", Kind.MONEY);
        Figures of = new Figures(vm, i18n);
        of.add("guided-option", "guided.result.option", r -> r.preferred().option().name());
        of.add("guided-investment", "result.inv.total", r -> n.money(pref().investmentTotal()));
        of.add("guided-value", "result.marketValue", r -> n.money(pref().marketValue()));
        steps.add(new Step("guided.option.title", "guided.option.text", new VBox(8, option.node(), of.node())));

        Form top = new Form(vm, i18n);
        top.number(preferred("contributions.insurer"), "field.contribInsurer", Kind.MONEY);
        Figures tf = new Figures(vm, i18n);
        tf.add("guided-top", "result.top", r -> pref().onrendabeleTop() == null ? "–" : n.money(pref().onrendabeleTop()));
        tf.add("guided-uncovered", "result.cov.uncovered", r -> pref().sourcesAndUses().top() == null ? "–"
                : n.money(pref().sourcesAndUses().top().notCovered()));
        steps.add(new Step("guided.top.title", "guided.top.text", new VBox(8, top.node(), tf.node())));

        Form fin = new Form(vm, i18n);
        fin.number("financing.equityAvailable", "field.equity", Kind.MONEY);
        fin.number("privateFinances.drawingsPerHolder", "field.drawings", Kind.MONEY);
        Figures ff = new Figures(vm, i18n);
        ff.add("guided-max-loan", "result.maxLoan", r -> n.money(pref().financing().maxLoan()));
        ff.add("guided-dscr", "result.dscr1", r -> pref().dscrYear1() == null ? "–" : n.format(pref().dscrYear1(), 2));
        ff.add("guided-gap", "result.gap", r -> n.money(pref().financing().financingGap()));
        steps.add(new Step("guided.dscr.title", "guided.dscr.text", new VBox(8, fin.node(), ff.node())));

        Figures done = new Figures(vm, i18n);
        done.add("guided-done-extra", "result.extraPatients", r -> n.format(pref().extraPatientsVsStay(), 0));
        done.add("guided-done-gap", "result.gap", r -> n.money(pref().financing().financingGap()));
        steps.add(new Step("guided.done.title", "guided.done.text", done.node()));
    }

    /** Shows the walk as a modal window; {@code onFinish} runs when the user goes on to the full case. */
    public Stage show(Window owner, Runnable onFinish) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("guided.windowTitle"));

        Label title = new Label();
        title.setId("guidedTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label();
        text.setId("guidedText");
        text.setWrapText(true);
        text.getStyleClass().add("pp-guided-text");
        Label counter = new Label();
        counter.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(12);
        body.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);

        Button back = new Button(i18n.t("guided.back"));
        back.setId("guidedBack");
        Button next = new Button(i18n.t("guided.next"));
        next.setId("guidedNext");
        next.setDefaultButton(true);
        Button finish = new Button(i18n.t("guided.finish"));
        finish.setId("guidedFinish");
        finish.getStyleClass().add(Styles.ACCENT);
        Button close = new Button(i18n.t("guided.close"));
        close.setId("guidedClose");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, close, spacer, back, next, finish);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Runnable render = () -> {
            Step s = steps.get(index);
            title.setText(i18n.t(s.titleKey()));
            text.setText(i18n.t(s.textKey()));
            counter.setText(i18n.t("guided.step", index + 1, steps.size()));
            progress.setProgress((index + 1) / (double) steps.size());
            body.getChildren().setAll(title, text);
            if (s.body() != null) {
                body.getChildren().add(s.body());
            }
            back.setDisable(index == 0);
            boolean last = index == steps.size() - 1;
            next.setVisible(!last);
            next.setManaged(!last);
            finish.setVisible(last);
            finish.setManaged(last);
            finish.setDefaultButton(last);
            next.setDefaultButton(!last);
        };
        back.setOnAction(e -> {
            index = Math.max(0, index - 1);
            render.run();
        });
        next.setOnAction(e -> {
            index = Math.min(steps.size() - 1, index + 1);
            render.run();
        });
        finish.setOnAction(e -> {
            stage.close();
            onFinish.run();
        });
        close.setOnAction(e -> stage.close());
        render.run();

        VBox top = new VBox(6, counter, progress);
        top.setPadding(new Insets(12, 16, 0, 16));
        BorderPane root = new BorderPane(scroll, top, null, buttons, null);
        root.setStyle(owner != null && owner.getScene() != null ? owner.getScene().getRoot().getStyle() : "");
        Scene scene = new Scene(root, 640, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> scope.dispose());
        stage.show();
        return stage;
    }
}
