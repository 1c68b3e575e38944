package nl.praktijkplan.ui.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.Holder;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The steps of the walk for the case as it is now: the practice and its team, growth, today's space, rent or buy
 * and the locations, one step per location with only the inputs of its kind, the financing, and the verdict. Built
 * again when the locations or their kinds change.
 */
final class WalkSteps {

    /**
     * One step: its title and explanation (read when shown: a location's name may change), the help under "Meer
     * uitleg", its inputs and results, and what to do when it is shown (the verdict page computes its remedies then).
     */
    record Step(String id, Supplier<String> title, Supplier<String> text, String helpKey, Node body, Runnable onShow) {
    }

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final ExampleValues examples;
    private final Locations locations;

    WalkSteps(CaseViewModel vm, I18n i18n, ExampleValues examples) {
        this.vm = vm;
        this.i18n = i18n;
        this.n = i18n.numbers();
        this.examples = examples;
        this.locations = new Locations(vm, i18n, examples);
    }

    List<Step> build() {
        List<Step> steps = new ArrayList<>();
        steps.add(step("welcome", "guided.welcome.title", "guided.welcome.text", "ui.guided.welcome", null));
        steps.add(step("practice", "guided.practice.title", "guided.practice.text", "ui.guided.practice", practice()));
        steps.add(step("growth", "guided.growth.title", "guided.growth.text", "ui.guided.growth", growth()));
        steps.add(step("space", "guided.space.title", "guided.space.text", "ui.guided.space", space()));
        steps.add(step("locations", "guided.locations.title", "guided.locations.text", "ui.guided.locations",
                new LocationList(vm, i18n, locations).node()));
        for (int i = 0; i < vm.businessCase().options().size(); i++) {
            steps.add(location(i));
        }
        steps.add(step("financing", "guided.financing.title", "guided.financing.text", "ui.guided.financing", financing()));
        VerdictPage verdict = new VerdictPage(vm, i18n);
        steps.add(new Step("verdict", () -> i18n.t("guided.verdict.title"), () -> i18n.t("guided.verdict.text"),
                "ui.guided.verdict", verdict.node(), verdict::refresh));
        return steps;
    }

    private Step step(String id, String titleKey, String textKey, String helpKey, Node body) {
        return new Step(id, () -> i18n.t(titleKey), () -> i18n.t(textKey), helpKey, body, null);
    }

    private Form form() {
        return new Form(vm, i18n).showAssumptions(false);
    }

    /** A number field that carries the "voorbeeldwaarde" marker until the user confirms it. */
    private TextField number(Form f, String path, String labelKey, Kind kind) {
        TextField field = f.number(path, labelKey, kind);
        examples.mark(field, path, vm, i18n);
        return field;
    }

    /** A warning in plain words under a step's inputs, shown only when {@code text} has one. */
    private Label warning(String id, Function<BusinessCaseResult, String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.WARNING, "pp-guided-warning");
        l.managedProperty().bind(l.visibleProperty());
        Runnable update = () -> {
            String t = text.apply(vm.result());
            l.setText(t == null ? "" : t);
            l.setVisible(t != null);
        };
        vm.on(vm.resultProperty(), update);
        update.run();
        return l;
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.setPadding(new Insets(0));
        return box;
    }

    private Node practice() {
        Form f = form();
        number(f, "practice.patients", "field.patients", Kind.INTEGER);
        List<Holder> holders = vm.businessCase().practice().holders();
        for (int i = 0; i < holders.size(); i++) {
            if (holders.size() > 1) {
                Label who = new Label(holders.get(i).name());
                who.getStyleClass().add(Styles.TEXT_BOLD);
                f.add(who);
            }
            number(f, "practice.holders[" + i + "].gpFte", "field.holder.fte", Kind.DECIMAL);
        }
        number(f, "staffing.employedGpFte", "field.employedGpFte", Kind.DECIMAL);
        Figures fig = new Figures(vm, i18n);
        fig.add("guided-fte-norm", "guided.result.fteNorm", r -> n.format(r.projection().get(0).gpFteNeeded(), 2));
        return column(f.node(), warning("guidedFteWarning", r -> WalkChecks.listPerFte(r, i18n)), fig.node());
    }

    private Node growth() {
        Form f = form();
        number(f, "growth.municipalGrowthPct", "field.municipalGrowth", Kind.PERCENT);
        number(f, "growth.newDwellingsPerYear", "field.newDwellings", Kind.DECIMAL);
        Figures fig = new Figures(vm, i18n);
        fig.add("guided-patients-end", () -> i18n.t("guided.result.patientsEnd", lastYear(vm.result())),
                r -> n.format(r.projection().get(r.projection().size() - 1).patients(), 0));
        fig.add("guided-m2-start", () -> i18n.t("guided.result.m2Start", String.valueOf(vm.businessCase().practice().startYear())),
                r -> m2(r.projection().get(1).m2Needed()));
        fig.add("guided-m2-end", () -> i18n.t("guided.result.m2End", lastYear(vm.result())),
                r -> m2(r.projection().get(r.projection().size() - 1).m2Needed()));
        return column(f.node(), fig.node());
    }

    private Node space() {
        Form f = form();
        number(f, "currentPremises.areaM2", "field.currentArea", Kind.M2);
        number(f, "currentPremises.rentPerM2", "field.currentRent", Kind.MONEY_PER_M2);
        Figures fig = new Figures(vm, i18n);
        fig.add("guided-runs-out", "guided.result.runsOut",
                r -> r.spaceRunsOutYear() == null ? i18n.t("result.never") : String.valueOf(r.spaceRunsOutYear()));
        return column(f.node(), fig.node());
    }

    /** One location: only the inputs its kind needs, the m² warning, and what the plan makes of it. */
    private Step location(int index) {
        String p = "options[" + index + "].";
        OptionType kind = vm.businessCase().options().get(index).type();
        Form f = form();
        if (kind != OptionType.STAY) {
            number(f, p + "areaM2", "field.optionArea", Kind.M2);
        }
        switch (kind) {
            case RENT -> {
                number(f, p + "rentPerM2", "field.rentPerM2", Kind.MONEY_PER_M2);
                number(f, p + "serviceCostsPerM2", "field.serviceCostsPerM2", Kind.MONEY_PER_M2);
                number(f, p + "tenantFitOut", "field.tenantFitOut", Kind.MONEY);
            }
            case BUY_EXISTING, RENOVATE -> {
                number(f, p + "purchasePrice", "field.purchasePrice", Kind.MONEY);
                number(f, p + "renovationCost", "field.renovationCost", Kind.MONEY);
                ownedExtras(f, p, index, List.of("landCost", "constructionCost", "medicalExtras", "fitOutCost"));
                number(f, p + "buyerCosts", "field.buyerCosts", Kind.MONEY);
                number(f, p + "valuation.marketRentPerM2", "field.marketRent", Kind.MONEY_PER_M2);
            }
            case NEW_BUILD -> {
                number(f, p + "landCost", "field.landCost", Kind.MONEY);
                number(f, p + "constructionCost", "field.constructionCost", Kind.MONEY);
                number(f, p + "medicalExtras", "field.medicalExtras", Kind.MONEY);
                number(f, p + "fitOutCost", "field.fitOutCost", Kind.MONEY);
                ownedExtras(f, p, index, List.of("purchasePrice", "renovationCost"));
                number(f, p + "buyerCosts", "field.buyerCosts", Kind.MONEY);
                number(f, p + "valuation.marketRentPerM2", "field.marketRent", Kind.MONEY_PER_M2);
            }
            case STAY -> f.note("guided.location.stay");
        }
        Function<BusinessCaseResult, OptionResult> o = r -> r.options().get(Math.min(index, r.options().size() - 1));
        Figures fig = new Figures(vm, i18n);
        fig.add("guided-loc-capacity", "result.optionCapacity", r -> n.format(o.apply(r).capacityPatients(), 0));
        if (kind == OptionType.RENT) {
            fig.add("guided-loc-housing", "guided.result.housingYear1", r -> n.money(o.apply(r).years().get(0).housingCosts()));
        }
        fig.add("guided-loc-investment", "result.inv.total", r -> n.money(o.apply(r).investmentTotal()));
        if (kind.owned()) {
            fig.add("guided-loc-value", "result.marketValue", r -> n.money(o.apply(r).marketValue()));
            fig.add("guided-loc-top", "result.top", r -> {
                Double top = o.apply(r).onrendabeleTop();
                return top == null ? "–" : top < -0.5 ? i18n.t("result.top.surplus", n.money(-top)) : n.money(Math.max(0, top));
            });
        }
        // The loan the plan draws and the verdict, never the theoretical maximum loan: that says nothing for a small fit-out.
        fig.add("guided-loc-loan", "guided.result.loanUsed", r -> n.money(o.apply(r).newLending()));
        fig.add("guided-loc-verdict", "guided.result.verdict", r -> o.apply(r).verdict().status().label(i18n.dutch()));
        Node body = column(f.node(), warning("guidedSpaceWarning", r -> WalkChecks.space(r, o.apply(r), i18n)), fig.node());
        String helpKey = switch (kind) {
            case RENT -> "ui.guided.location.rent";
            case NEW_BUILD -> "ui.guided.location.newBuild";
            case STAY -> "ui.guided.location.stay";
            default -> "ui.guided.location.buy";
        };
        return new Step("location-" + index, () -> {
            HousingOption h = vm.businessCase().options().get(Math.min(index, vm.businessCase().options().size() - 1));
            return i18n.t("guided.location.title", index + 1, h.name(), i18n.enumLabel(h.type()));
        }, () -> i18n.t(kind == OptionType.RENT ? "guided.location.rentText"
                : kind == OptionType.STAY ? "guided.location.stayText" : "guided.location.buyText"), helpKey, body, null);
    }

    /**
     * Costs of an owned location that its kind does not ask for but the case holds (a new-build unit bought from a
     * developer has a price): shown when not zero, since the investment counts them and a hidden amount cannot be checked.
     */
    private void ownedExtras(Form f, String p, int index, List<String> fields) {
        HousingOption o = vm.businessCase().options().get(index);
        for (String field : fields) {
            double value = switch (field) {
                case "purchasePrice" -> o.purchasePrice();
                case "renovationCost" -> o.renovationCost();
                case "landCost" -> o.landCost();
                case "constructionCost" -> o.constructionCost();
                case "medicalExtras" -> o.medicalExtras();
                default -> o.fitOutCost();
            };
            if (value != 0) {
                number(f, p + field, "field." + field, Kind.MONEY);
            }
        }
    }

    private Node financing() {
        Form f = form();
        number(f, "financing.equityAvailable", "field.equity", Kind.MONEY);
        number(f, "privateFinances.drawingsPerHolder", "field.drawings", Kind.MONEY);
        Figures fig = new Figures(vm, i18n);
        for (int i = 0; i < vm.businessCase().options().size(); i++) {
            int index = i;
            Function<BusinessCaseResult, OptionResult> o = r -> r.options().get(Math.min(index, r.options().size() - 1));
            fig.add("guided-fin-" + i, () -> i18n.t("guided.result.locationLoan", vm.businessCase().options()
                    .get(Math.min(index, vm.businessCase().options().size() - 1)).name()),
                    r -> i18n.t("guided.result.loanAndVerdict", n.money(o.apply(r).newLending()),
                            o.apply(r).verdict().status().label(i18n.dutch())));
        }
        return column(f.node(), fig.node());
    }

    private String m2(double v) {
        return n.format(v, 0) + " m²";
    }

    private static String lastYear(BusinessCaseResult r) {
        return String.valueOf(r.projection().get(r.projection().size() - 1).calendarYear());
    }
}
