package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;
import nl.praktijkplan.ui.common.ViewScope;
import nl.praktijkplan.ui.status.Verdicts;

/**
 * Consultation mode for an adviser at the GP's desk: full screen, large type, every option side by side with its
 * key figures and the sliders that apply to its type (purchase price, build cost, rent, insurer contribution), and
 * the interest rate and population growth for all options. Changes are provisional: every figure is recomputed at
 * once, and leaving asks whether to keep them (one step that Ctrl+Z undoes) or to put the case back.
 */
public final class ConsultationView {

    /** The figures each option shows in large type under its verdict, with the light that judges them. */
    private enum Figure {
        DSCR("consult.dscr", "dscr"), TOP("consult.top", null), NPV("consult.npv", null);

        final String key;
        final String verdict;

        Figure(String key, String verdict) {
            this.key = key;
            this.verdict = verdict;
        }
    }

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final Stage stage = new Stage();
    private final Map<String, StepSlider> sliders = new LinkedHashMap<>();
    private final List<Runnable> updates = new ArrayList<>();
    private final ViewScope scope;

    public ConsultationView(CaseViewModel vm, I18n i18n, Window owner) {
        this.vm = vm;
        this.i18n = i18n;
        this.n = i18n.numbers();
        vm.beginProvisional();
        // The mode's listeners live in their own scope, stopped when its window closes.
        ViewScope main = vm.beginScope();
        scope = vm.scope();
        try {
            Label title = new Label(i18n.t("consult.title"));
            title.getStyleClass().add("pp-consult-title");
            Label hint = new Label(i18n.t("consult.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            Button close = new Button(i18n.t("consult.close"));
            close.setId("consultClose");
            close.setOnAction(e -> leave());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(16, title, spacer, close);
            top.setAlignment(Pos.CENTER_LEFT);

            VBox root = new VBox(14, top, hint, caseSliders(), options());
            root.setPadding(new Insets(20, 28, 20, 28));
            root.getStyleClass().add("pp-consultation");
            ScrollPane scroll = new ScrollPane(root);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            vm.on(vm.resultProperty(), this::update);
            update();

            Scene scene = new Scene(scroll, 1200, 800);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                stage.initOwner(owner);
                stage.initModality(Modality.WINDOW_MODAL); // the case changes here only, until the question is answered
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    leave();
                }
            });
            stage.setScene(scene);
            stage.setTitle(i18n.t("consult.title"));
            stage.setFullScreenExitHint(i18n.t("consult.hint"));
            // Esc asks first; it does not drop full screen by itself.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setOnCloseRequest(e -> {
                e.consume();
                leave();
            });
        } finally {
            vm.restoreScope(main);
        }
        stage.setOnHidden(e -> scope.dispose());
    }

    // ---- layout --------------------------------------------------------------------------------

    /** Interest rate and municipal growth: they apply to every option; side by side, to leave the height to the options. */
    private VBox caseSliders() {
        Label caption = new Label(i18n.t("consult.forAll"));
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane rate = sliderGrid();
        double rateNow = vm.assumptionValue(AssumptionKeys.LOAN_RATE);
        addSlider(rate, 0, new StepSlider("consult-rate", Math.max(0, rateNow - 3), rateNow + 3, rateNow, 0.1), "consult.rate",
                v -> vm.setOverride(AssumptionKeys.LOAN_RATE, round(v, 2)), v -> n.percent(v, 2));
        GridPane growth = sliderGrid();
        double growthNow = vm.businessCase().growth().municipalGrowthPct();
        addSlider(growth, 0, new StepSlider("consult-growth", growthNow - 3, growthNow + 3, growthNow, 0.1), "consult.growth",
                v -> vm.edit("growth.municipalGrowthPct", round(v, 2)), v -> n.percent(v, 1));
        HBox.setHgrow(rate, Priority.ALWAYS);
        HBox.setHgrow(growth, Priority.ALWAYS);
        rate.setMaxWidth(Double.MAX_VALUE);
        growth.setMaxWidth(Double.MAX_VALUE);
        HBox both = new HBox(24, rate, growth);
        return new VBox(4, caption, both);
    }

    /** One column per option: name, figures in large type, and the sliders of its type. */
    private GridPane options() {
        GridPane grid = new GridPane();
        grid.setId("consultOptions");
        grid.setHgap(24);
        grid.setVgap(10);
        List<HousingOption> list = vm.businessCase().options();
        for (int i = 0; i < list.size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / list.size());
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
            HousingOption o = list.get(i);
            grid.add(header(i, o), i, 0);
            grid.add(figures(i), i, 1);
            grid.add(optionSliders(i, o), i, 2);
        }
        return grid;
    }

    private VBox header(int i, HousingOption o) {
        Label name = new Label();
        name.setId("consult-" + i + "-name");
        name.setWrapText(true);
        name.getStyleClass().add("pp-consult-option");
        updates.add(() -> name.setText(vm.businessCase().options().get(i).name()
                + (vm.businessCase().preferredOption() == i ? " ★" : "")));
        Label type = new Label(i18n.enumLabel(o.type()));
        type.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(2, name, type);
    }

    /**
     * The option's verdict first, read across the desk: sluitend or niet sluitend with its light, what binds and the
     * amount short; then DSCR, onrendabele top and NPV.
     */
    private GridPane figures(int i) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setHgrow(Priority.ALWAYS);
        caption.setMinWidth(60);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().addAll(caption, value);
        Label verdict = new Label();
        verdict.setId("consult-" + i + "-verdict");
        verdict.getStyleClass().add("pp-consult-verdict");
        verdict.setWrapText(true);
        Circle light = new Circle(9);
        light.getStyleClass().add("pp-light");
        verdict.setGraphic(light);
        Label binding = new Label();
        binding.setId("consult-" + i + "-binding");
        binding.setWrapText(true);
        Label shortCaption = new Label(i18n.t("consult.gap"));
        shortCaption.setWrapText(true);
        Label shortfall = new Label();
        shortfall.setId("consult-" + i + "-gap");
        shortfall.getStyleClass().add("pp-consult-figure");
        shortfall.setMinWidth(Region.USE_PREF_SIZE);
        updates.add(() -> {
            FinancingVerdict plan = vm.result().options().get(i).verdict();
            Verdicts.Verdict v = Verdicts.plan(plan, i18n);
            verdict.setText(plan.status().label(i18n.dutch()));
            light.getStyleClass().removeIf(s -> s.startsWith("pp-light-"));
            light.getStyleClass().add("pp-light-" + v.light().name().toLowerCase());
            // An empty line while the plan closes keeps the options' figures level with each other.
            binding.setText(plan.closes() ? "" : i18n.t("consult.binding", plan.binding().stream()
                    .map(b -> b.label(i18n.dutch())).collect(java.util.stream.Collectors.joining(", "))));
            shortfall.setText(n.money(plan.shortfall()));
            verdict.setAccessibleText(v.explanation());
        });
        g.add(verdict, 0, 0, 2, 1);
        g.add(binding, 0, 1, 2, 1);
        g.add(shortCaption, 0, 2);
        g.add(shortfall, 1, 2);
        int row = 3;
        for (Figure f : Figure.values()) {
            Label c = new Label(i18n.t(f.key));
            c.setWrapText(true);
            Label v = new Label();
            v.setId("consult-" + i + "-" + f.name().toLowerCase());
            v.getStyleClass().add("pp-consult-figure");
            v.setMinWidth(Region.USE_PREF_SIZE); // a number is never cut
            Circle dot = new Circle(7);
            dot.getStyleClass().add("pp-light");
            if (f.verdict != null) {
                v.setGraphic(dot);
            }
            updates.add(() -> {
                BusinessCaseResult r = vm.result();
                OptionResult o = r.options().get(i);
                v.setText(value(f, o));
                if (f.verdict != null) {
                    Verdicts.of(r, o, i18n).stream().filter(x -> x.id().equals(f.verdict)).findFirst().ifPresent(x -> {
                        dot.getStyleClass().removeIf(s -> s.startsWith("pp-light-"));
                        dot.getStyleClass().add("pp-light-" + x.light().name().toLowerCase());
                        v.setAccessibleText(c.getText() + " " + v.getText() + ". " + x.explanation());
                    });
                }
            });
            g.add(c, 0, row);
            g.add(v, 1, row++);
        }
        return g;
    }

    private String value(Figure f, OptionResult o) {
        return switch (f) {
            case DSCR -> o.dscrYear1() == null ? "–" : n.format(o.dscrYear1(), 2);
            case TOP -> o.onrendabeleTop() == null ? "–"
                    : o.onrendabeleTop() < -0.5 ? i18n.t("consult.top.surplus", n.money(-o.onrendabeleTop())) : n.money(Math.max(0, o.onrendabeleTop()));
            case NPV -> n.money(o.rentVsBuy().npvCost());
        };
    }

    /** The sliders that apply to an option's type: price and build cost when owned, rent when rented, contribution. */
    private GridPane optionSliders(int i, HousingOption o) {
        GridPane g = sliderGrid();
        String at = "options[" + i + "].";
        int row = 0;
        OptionType t = o.type();
        if (t.owned()) {
            // By type, and by value: a new build bought turnkey has a price and no construction cost.
            if (t == OptionType.BUY_EXISTING || o.purchasePrice() > 0) {
                row = money(g, row, i, "price", "consult.price", at + "purchasePrice", o.purchasePrice());
            }
            if (o.constructionCost() > 0 || t == OptionType.NEW_BUILD && o.purchasePrice() <= 0) {
                row = money(g, row, i, "build", "consult.cost", at + "constructionCost", o.constructionCost());
            }
            if (o.renovationCost() > 0 || t == OptionType.RENOVATE) {
                row = money(g, row, i, "renovation", "consult.renovation", at + "renovationCost", o.renovationCost());
            }
        }
        if (t == OptionType.RENT) {
            double rent = o.rentPerM2();
            double max = rent > 0 ? rent * 1.5 : 400;
            row = addSlider(g, row, new StepSlider("consult-" + i + "-rent", rent * 0.5, max, rent, SliderStep.nice(max)),
                    "consult.rent", v -> vm.edit(at + "rentPerM2", v), v -> n.money(v) + "/m²");
        }
        if (t != OptionType.STAY) {
            double insurer = o.contributions().insurer();
            double max = Math.max(Math.max(2 * insurer, 0.2 * vm.result().options().get(i).investmentTotal()), 50_000);
            addSlider(g, row, new StepSlider("consult-" + i + "-insurer", 0, max, insurer, SliderStep.nice(max)),
                    "consult.insurer", v -> vm.edit(at + "contributions.insurer", v), n::money);
        }
        return g;
    }

    /** An amount from half to one and a half times its value (or up to € 100,000 when it is zero). */
    private int money(GridPane g, int row, int i, String what, String key, String path, double now) {
        double min = now > 0 ? now * 0.5 : 0;
        double max = now > 0 ? now * 1.5 : 100_000;
        return addSlider(g, row, new StepSlider("consult-" + i + "-" + what, min, max, now, SliderStep.nice(now > 0 ? now : max)),
                key, v -> vm.edit(path, v), n::money);
    }

    private static GridPane sliderGrid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(2);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().addAll(caption, value);
        return g;
    }

    /** Caption and value on one line, the slider under them; every move edits the case (provisionally). */
    private int addSlider(GridPane g, int row, StepSlider s, String key, DoubleFunction<?> edit, DoubleFunction<String> text) {
        Label caption = new Label(i18n.t(key));
        caption.setWrapText(true);
        caption.setLabelFor(s);
        Label value = new Label(text.apply(s.stepped()));
        value.setId(s.getId() + "-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add(Styles.TEXT_BOLD);
        s.setAccessibleText(i18n.t(key));
        s.valueProperty().addListener((o, a, b) -> {
            double v = s.stepped();
            value.setText(text.apply(v));
            edit.apply(v);
        });
        g.add(caption, 0, row);
        g.add(value, 1, row);
        g.add(s, 0, row + 1, 2, 1);
        GridPane.setMargin(s, new Insets(0, 0, 8, 0));
        sliders.put(s.getId(), s);
        return row + 2;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private void update() {
        updates.forEach(Runnable::run);
    }

    // ---- leaving -------------------------------------------------------------------------------

    /**
     * Leaves the mode. Changes made here are asked about: keep them (one step in the history) or put the case back;
     * "back to the consultation" stays.
     */
    public void leave() {
        if (vm.hasProvisionalChanges()) {
            ButtonType keep = new ButtonType(i18n.t("consult.keep"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(i18n.t("consult.discard"), ButtonBar.ButtonData.NO);
            ButtonType back = new ButtonType(i18n.t("consult.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("consult.keep.text"), keep, discard, back);
            a.initOwner(stage);
            a.setTitle(i18n.t("consult.title"));
            a.setHeaderText(i18n.t("consult.keep.header"));
            a.getDialogPane().setId("consultKeepDialog");
            Optional<ButtonType> answer = a.showAndWait();
            if (answer.isEmpty() || answer.get() == back) {
                return;
            }
            if (answer.get() == keep) {
                vm.keepProvisional();
            } else {
                vm.discardProvisional();
            }
        } else {
            vm.keepProvisional(); // nothing changed: no step
        }
        stage.close();
    }

    /** Shows the mode full screen. */
    public void show(boolean fullScreen) {
        stage.setFullScreen(fullScreen);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The sliders by id: consult-rate, consult-growth, consult-{option}-price|build|renovation|rent|insurer. */
    public Map<String, StepSlider> sliders() {
        return sliders;
    }
}
