package nl.praktijkplan.ui.comparison;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;
import nl.praktijkplan.ui.common.ViewScope;

/**
 * Consultation mode for an adviser at the GP's desk: full screen, large type, the comparison and three sliders
 * (interest rate, purchase price or build cost of the preferred option, municipal growth) that edit the case
 * through the view model, so every figure is recomputed live. Esc leaves.
 */
public final class ConsultationView {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final Stage stage = new Stage();
    private final Label dscr = new Label();
    private final Label gap = new Label();
    private final Label npv = new Label();
    private final Slider rate;
    private final Slider cost;
    private final Slider growth;
    private final String costField;
    private final ViewScope scope;

    public ConsultationView(CaseViewModel vm, I18n i18n, Window owner) {
        // The mode's listeners live in their own scope, stopped when its window closes.
        ViewScope main = vm.beginScope();
        scope = vm.scope();
        try {
            this.vm = vm;
            this.i18n = i18n;
            this.n = i18n.numbers();
            BusinessCase c = vm.businessCase();
            int pref = preferredIndex(c);
            HousingOption o = pref < 0 ? null : c.options().get(pref);
            costField = o == null ? null : o.purchasePrice() > 0 ? "purchasePrice" : "constructionCost";
            double costNow = o == null ? 0 : o.purchasePrice() > 0 ? o.purchasePrice() : o.constructionCost();
            double rateNow = vm.assumptionValue(AssumptionKeys.LOAN_RATE);
            rate = slider("consult-rate", 0, Math.max(10, rateNow + 3), rateNow);
            cost = slider("consult-cost", 0, Math.max(100_000, costNow * 1.5), costNow);
            cost.setDisable(o == null || costNow <= 0);
            growth = slider("consult-growth", -3, 3, c.growth().municipalGrowthPct());
            rate.valueProperty().addListener((ob, a, b) -> vm.setOverride(AssumptionKeys.LOAN_RATE, round(b.doubleValue(), 2)));
            cost.valueProperty().addListener((ob, a, b) -> {
                int i = preferredIndex(vm.businessCase());
                if (i >= 0 && costField != null) {
                    vm.edit("options[" + i + "]." + costField, Math.round(b.doubleValue() / 1000.0) * 1000.0);
                }
            });
            growth.valueProperty().addListener((ob, a, b) -> vm.edit("growth.municipalGrowthPct", round(b.doubleValue(), 1)));

            Label rateValue = new Label();
            rateValue.textProperty().bind(rate.valueProperty().map(v -> n.percent(round(v.doubleValue(), 2), 2)));
            Label costValue = new Label();
            costValue.textProperty().bind(cost.valueProperty().map(v -> n.money(Math.round(v.doubleValue() / 1000.0) * 1000.0)));
            Label growthValue = new Label();
            growthValue.textProperty().bind(growth.valueProperty().map(v -> n.percent(round(v.doubleValue(), 1), 1)));

            GridPane sliders = new GridPane();
            sliders.setHgap(16);
            sliders.setVgap(8);
            sliders.addRow(0, new Label(i18n.t("consult.rate")), rate, rateValue);
            sliders.addRow(1, new Label(o == null ? i18n.t("consult.cost")
                    : (o.purchasePrice() > 0 ? i18n.t("consult.price") : i18n.t("consult.cost")) + " – " + o.name()), cost, costValue);
            sliders.addRow(2, new Label(i18n.t("consult.growth")), growth, growthValue);
            GridPane.setHgrow(rate, Priority.ALWAYS);
            GridPane.setHgrow(cost, Priority.ALWAYS);
            GridPane.setHgrow(growth, Priority.ALWAYS);

            dscr.setId("consult-dscr");
            gap.setId("consult-gap");
            npv.setId("consult-npv");
            HBox figures = new HBox(40, figure("consult.dscr", dscr), figure("consult.gap", gap), figure("consult.npv", npv));
            figures.setAlignment(Pos.CENTER_LEFT);

            ComparisonView table = new ComparisonView(vm, i18n);
            table.table().setId("consultTable");
            Label title = new Label(i18n.t("consult.title"));
            title.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
            Label hint = new Label(i18n.t("consult.hint"));
            VBox root = new VBox(16, title, figures, sliders, table.node(), hint);
            VBox.setVgrow(table.node(), Priority.ALWAYS);
            root.setPadding(new Insets(24, 32, 24, 32));
            root.setStyle("-fx-font-size: 20px;");
            root.getStyleClass().add("pp-consultation");
            vm.on(vm.resultProperty(), this::update);
            update();

            Scene scene = new Scene(root, 1200, 800);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                stage.initOwner(owner);
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                }
            });
            stage.setScene(scene);
            stage.setTitle(i18n.t("consult.title"));
            stage.setFullScreenExitHint(i18n.t("consult.hint"));
            // Esc first leaves full screen; leaving it closes the mode too.
            stage.fullScreenProperty().addListener((ob, was, is) -> {
                if (was && !is) {
                    stage.close();
                }
            });
        } finally {
            vm.restoreScope(main);
        }
        stage.setOnHidden(e -> scope.dispose());
    }

    private static int preferredIndex(BusinessCase c) {
        return c.options().isEmpty() ? -1 : Math.min(Math.max(0, c.preferredOption()), c.options().size() - 1);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static Slider slider(String id, double min, double max, double value) {
        Slider s = new Slider(min, max, Math.max(min, Math.min(max, value)));
        s.setId(id);
        s.setShowTickMarks(true);
        s.setShowTickLabels(false);
        // Ten steps over the range: the default unit (25) drew tens of thousands of marks on a € 1 million range.
        s.setMajorTickUnit((max - min) / 10);
        s.setMinorTickCount(1);
        s.setPrefWidth(500);
        return s;
    }

    private VBox figure(String key, Label value) {
        Label caption = new Label(i18n.t(key));
        value.setStyle("-fx-font-size: 2.2em; -fx-font-weight: bold;");
        return new VBox(2, caption, value);
    }

    private void update() {
        BusinessCaseResult r = vm.result();
        if (r.options().isEmpty()) {
            dscr.setText("–");
            gap.setText("–");
            npv.setText("–");
            return;
        }
        OptionResult p = r.preferred();
        dscr.setText(p.dscrYear1() == null ? "–" : n.format(p.dscrYear1(), 2));
        gap.setText(n.money(p.financing().financingGap()));
        npv.setText(n.money(p.rentVsBuy().npvCost()));
    }

    /** Shows the mode full screen. */
    public void show(boolean fullScreen) {
        stage.setFullScreen(fullScreen);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public Slider rate() {
        return rate;
    }

    public Slider cost() {
        return cost;
    }

    public Slider growth() {
        return growth;
    }
}
