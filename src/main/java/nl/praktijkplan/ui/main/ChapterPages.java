package nl.praktijkplan.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Alert;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.InvestmentBudget;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.ui.assumptions.AssumptionsView;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;
import nl.praktijkplan.ui.comparison.ComparisonView;

/** Builds the chapters of the main window. Views only: every number shown comes from the engine's result. */
public final class ChapterPages {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final BusinessCaseCharts charts;


    private final boolean expert;

    /** @param expert expert mode: assumption inputs in the chapters (the assumptions chapter is always built) */
    public ChapterPages(CaseViewModel vm, I18n i18n, BusinessCaseCharts charts, boolean expert) {
        this.vm = vm;
        this.expert = expert;
        this.i18n = i18n;
        this.n = i18n.numbers();
        this.charts = charts;
    }

    private nl.praktijkplan.ui.preferences.Preferences prefs;
    private nl.praktijkplan.ui.report.ReportExports exports;

    /** The report chapter's preferences ("prepared by") and exports; without them it only explains the reports. */
    public ChapterPages withReports(nl.praktijkplan.ui.preferences.Preferences prefs,
                                    nl.praktijkplan.ui.report.ReportExports exports) {
        this.prefs = prefs;
        this.exports = exports;
        return this;
    }

    public List<Chapter> all() {
        List<Chapter> list = new ArrayList<>();
        list.add(Chapter.lazy("practice", "chapter.practice", false, false, this::practice));
        list.add(Chapter.lazy("space", "chapter.space", false, false, this::space));
        list.add(Chapter.lazy("options", "chapter.options", false, false, this::options));
        list.add(Chapter.lazy("investment", "chapter.investment", false, false, this::investment));
        list.add(Chapter.lazy("financing", "chapter.financing", false, false, this::financing));
        list.add(Chapter.lazy("operations", "chapter.operations", false, false, this::operations));
        list.add(Chapter.lazy("comparison", "chapter.comparison", false, true, this::comparison));
        list.add(Chapter.lazy("report", "chapter.report", false, exports == null, this::report));
        list.add(Chapter.lazy("assumptions", "chapter.assumptions", true, true, this::assumptions));
        return list;
    }

    private Form form() {
        return new Form(vm, i18n).showAssumptions(expert);
    }

    private Supplier<String> opt(String field) {
        return () -> "options[" + vm.selectedOption() + "]." + field;
    }

    private OptionResult selected(BusinessCaseResult r) {
        return r.options().get(Math.min(vm.selectedOption(), r.options().size() - 1));
    }

    private String m2(double v) {
        return n.format(v, 0) + " m²";
    }

    private String year(Integer y) {
        return y == null ? i18n.t("result.never") : String.valueOf(y);
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.setPadding(new Insets(4, 4, 12, 4));
        return box;
    }

    private Label intro(String key) {
        Label l = new Label(i18n.t(key));
        l.setWrapText(true);
        l.getStyleClass().add("pp-intro");
        l.setPadding(new Insets(8, 12, 0, 12));
        return l;
    }

    /** A choice of the option shown in a chapter; shares the selection with the options chapter. */
    private Node optionPicker() {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("optionPicker");
        box.setAccessibleText(i18n.t("options.picker"));
        Runnable fill = () -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < vm.businessCase().options().size(); i++) {
                idx.add(i);
            }
            box.getItems().setAll(idx);
            box.setValue(vm.selectedOption());
        };
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item >= vm.businessCase().options().size() ? null
                        : vm.businessCase().options().get(item).name());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        fill.run();
        vm.on(vm.replacedProperty(), () -> fill.run());
        vm.on(vm.editsProperty(), () -> box.setButtonCell(box.getCellFactory().call(null)));
        vm.on(vm.selectedOptionProperty(), () -> box.setValue(vm.selectedOption()));
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != vm.selectedOption()) {
                vm.selectedOptionProperty().set(v);
            }
        });
        Label l = new Label(i18n.t("options.picker"));
        l.setLabelFor(box);
        HBox h = new HBox(8, l, box);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(8, 12, 0, 12));
        return h;
    }

    // ---- 1. Praktijk & patiënten ---------------------------------------------------------------

    private Chapter practice() {
        Form f = form();
        f.section("section.practice");
        f.text(() -> "caseName", "field.caseName");
        f.text(() -> "practice.name", "field.practiceName");
        f.text(() -> "practice.municipality", "field.municipality");
        f.number("practice.startYear", "field.startYear", Kind.YEAR);
        f.number("practice.horizonYears", "field.horizonYears", Kind.INTEGER);
        f.number("practice.patients", "field.patients", Kind.INTEGER);
        f.number("practice.share65PlusPct", "field.share65Plus", Kind.PERCENT);
        f.number("practice.shareOpslagwijkPct", "field.shareOpslagwijk", Kind.PERCENT);
        f.section("section.staffing");
        f.number("staffing.gpFte", "field.gpFte", Kind.DECIMAL);
        f.number("staffing.pohSomaticFte", "field.pohSomaticFte", Kind.DECIMAL);
        f.number("staffing.pohMentalFte", "field.pohMentalFte", Kind.DECIMAL);
        f.number("staffing.physicianAssistantFte", "field.physicianAssistantFte", Kind.DECIMAL);
        f.number("staffing.aiosCount", "field.aiosCount", Kind.INTEGER);
        f.number("staffing.assistantFte", "field.assistantFte", Kind.DECIMAL);
        f.section("section.growth");
        f.number("growth.municipalGrowthPct", "field.municipalGrowth", Kind.PERCENT);
        f.number("growth.newDwellingsPerYear", "field.newDwellings", Kind.DECIMAL);
        f.number("growth.dwellingYears", "field.dwellingYears", Kind.INTEGER);
        f.number("growth.captureSharePct", "field.captureShare", Kind.PERCENT);
        f.number("growth.leaversPerYear", "field.leavers", Kind.DECIMAL);
        f.check(() -> "growth.capAtCapacity", "field.capAtCapacity");
        f.assumption(AssumptionKeys.PERSONS_PER_DWELLING);
        f.assumption(AssumptionKeys.PATIENTS_PER_FTE);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.patients");
        fig.add("res-patients-now", "result.patientsNow", r -> n.format(r.projection().get(0).patients(), 0));
        fig.add("res-patients-end", () -> i18n.t("result.patientsEnd", lastYear(vm.result())), r -> n.format(last(r).patients(), 0));
        fig.add("res-fte-end", "result.gpFteEnd", r -> n.format(last(r).gpFteNeeded(), 2));
        fig.add("res-extra-patients", "result.extraPatients", r -> n.format(r.preferred().extraPatientsVsStay(), 0));
        ChartBox chart = new ChartBox(vm, charts, charts::patientsAndSpace, "chart-patients");
        return new Chapter("practice", "chapter.practice", column(intro("intro.practice"), f.node()),
                column(fig.node(), chart.node()), false);
    }

    private static ProjectionYear last(BusinessCaseResult r) {
        return r.projection().get(r.projection().size() - 1);
    }

    private static String lastYear(BusinessCaseResult r) {
        return String.valueOf(last(r).calendarYear());
    }

    // ---- 2. Ruimtebehoefte ---------------------------------------------------------------------

    private Chapter space() {
        Form f = form();
        f.section("section.spaceMethod");
        f.choice(() -> "practice.spaceMethod", "field.spaceMethod", SpaceMethod.class);
        f.check(() -> "practice.trainingPractice", "field.trainingPractice");
        f.number("practice.lowSesUpliftPct", "field.lowSesUplift", Kind.PERCENT);
        f.number("practice.efficiencyGainPct", "field.efficiencyGain", Kind.PERCENT);
        f.section("section.current");
        f.number("currentPremises.areaM2", "field.currentArea", Kind.M2);
        f.number("currentPremises.rentPerM2", "field.currentRent", Kind.MONEY_PER_M2);
        f.number("currentPremises.serviceCostsPerM2", "field.currentService", Kind.MONEY_PER_M2);
        f.section("section.norms");
        f.assumption(AssumptionKeys.NORM_M2);
        f.assumption(AssumptionKeys.NORM_PATIENTS);
        f.assumption(AssumptionKeys.BVO_FACTOR);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.space");
        fig.add("res-m2-now", "result.m2Now", r -> m2(r.projection().get(0).m2Needed()));
        fig.add("res-m2-year1", () -> i18n.t("result.m2Year", String.valueOf(vm.result().projection().get(1).calendarYear())),
                r -> m2(r.projection().get(1).m2Needed()));
        fig.add("res-m2-end", () -> i18n.t("result.m2Year", lastYear(vm.result())), r -> m2(last(r).m2Needed()));
        fig.add("res-m2-current", "result.m2Current", r -> m2(r.currentAreaM2()));
        fig.add("res-space-runs-out", "result.spaceRunsOut", r -> year(r.spaceRunsOutYear()));
        fig.add("res-capacity-current", "result.capacityCurrent", r -> n.format(r.stay().capacityPatients(), 0));
        ChartBox chart = new ChartBox(vm, charts, charts::patientsAndSpace, "chart-space");
        return new Chapter("space", "chapter.space", column(intro("intro.space"), f.node()),
                column(fig.node(), chart.node()), false);
    }

    // ---- 3. Huisvestingsopties -----------------------------------------------------------------

    private Chapter options() {
        ListView<Integer> list = new ListView<>();
        list.setId("optionList");
        list.setPrefHeight(130);
        list.setAccessibleText(i18n.t("options.list"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item >= vm.businessCase().options().size()) {
                    setText(null);
                    return;
                }
                HousingOption o = vm.businessCase().options().get(item);
                String star = item == vm.businessCase().preferredOption() ? " ★" : "";
                setText(o.name() + " — " + i18n.enumLabel(o.type()) + star);
            }
        });
        Runnable fill = () -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < vm.businessCase().options().size(); i++) {
                idx.add(i);
            }
            list.getItems().setAll(idx);
            list.getSelectionModel().select(vm.selectedOption());
        };
        fill.run();
        vm.on(vm.replacedProperty(), () -> fill.run());
        vm.on(vm.editsProperty(), () -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null && v != vm.selectedOption()) {
                vm.selectedOptionProperty().set(v);
            }
        });
        vm.on(vm.selectedOptionProperty(), () -> list.getSelectionModel().select(vm.selectedOption()));

        MenuButton add = new MenuButton(i18n.t("options.add"));
        add.setId("addOption");
        for (OptionType t : OptionType.values()) {
            MenuItem mi = new MenuItem(i18n.enumLabel(t));
            mi.setOnAction(e -> report(vm.addOption(t, i18n.t("options.newName", i18n.enumLabel(t)))));
            add.getItems().add(mi);
        }
        Button remove = new Button(i18n.t("options.remove"));
        remove.setId("removeOption");
        remove.setOnAction(e -> report(vm.removeOption(vm.selectedOption())));
        Button prefer = new Button(i18n.t("options.prefer"));
        prefer.setId("preferOption");
        prefer.setOnAction(e -> report(vm.edit("preferredOption", vm.selectedOption())));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, remove, prefer);
        VBox listBox = new VBox(6, list, buttons);
        listBox.setPadding(new Insets(8, 12, 0, 12));
        Label listLabel = new Label(i18n.t("options.list"));
        listLabel.setLabelFor(list);
        listLabel.setMnemonicParsing(true);
        listLabel.setPadding(new Insets(8, 12, 0, 12));

        Form f = form();
        f.section("section.option");
        f.text(opt("name"), "field.optionName");
        f.choice(opt("type"), "field.optionType", OptionType.class);
        f.number(opt("areaM2"), "field.optionArea", Kind.M2);
        f.section("section.optionRent");
        f.number(opt("rentPerM2"), "field.rentPerM2", Kind.MONEY_PER_M2);
        f.number(opt("serviceCostsPerM2"), "field.serviceCostsPerM2", Kind.MONEY_PER_M2);
        f.number(opt("tenantFitOut"), "field.tenantFitOut", Kind.MONEY);
        f.section("section.optionOwner");
        f.number(opt("maintenancePct"), "field.maintenancePct", Kind.PERCENT);
        f.number(opt("propertyTaxInsurancePerM2"), "field.propertyTaxInsurance", Kind.MONEY_PER_M2);
        f.text(opt("notes"), "field.optionNotes");

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.option");
        fig.add("res-opt-area", "result.optionArea", r -> m2(selected(r).areaM2()));
        fig.add("res-opt-capacity", "result.optionCapacity", r -> n.format(selected(r).capacityPatients(), 0));
        fig.add("res-opt-runs-out", "result.optionRunsOut", r -> year(selected(r).spaceRunsOutYear()));
        fig.add("res-opt-extra", "result.extraPatientsOption", r -> n.format(selected(r).extraPatientsVsStay(), 0));
        fig.add("res-opt-npv", "result.npvCost", r -> n.money(selected(r).rentVsBuy().npvCost()));
        fig.add("res-opt-breakeven", "result.breakEvenYear", r -> year(selected(r).rentVsBuy().breakEvenYear()));
        fig.add("res-opt-breakeven-rent", "result.breakEvenRent", r -> selected(r).rentVsBuy().breakEvenRentPerM2() == null ? "–"
                : n.money(selected(r).rentVsBuy().breakEvenRentPerM2()) + "/m²");
        ChartBox chart = new ChartBox(vm, charts, r -> charts.rentVsBuyCumulative(r, selected(r)), "chart-rentvsbuy");
        return new Chapter("options", "chapter.options", column(intro("intro.options"), listLabel, listBox, f.node()),
                column(fig.node(), chart.node()), false);
    }

    private void report(List<Problem> problems) {
        if (!problems.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.WARNING);
            a.setHeaderText(i18n.t("options.problem"));
            a.setContentText(problems.stream().map(p -> p.describe(i18n.dutch())).reduce((x, y) -> x + "\n" + y).orElse(""));
            a.show();
        }
    }

    // ---- 4. Investering & waardering -----------------------------------------------------------

    private Chapter investment() {
        Form f = form();
        f.section("section.purchase");
        f.number(opt("purchasePrice"), "field.purchasePrice", Kind.MONEY);
        f.choice(opt("purchaseTax"), "field.purchaseTax", PurchaseTax.class);
        f.number(opt("landCost"), "field.landCost", Kind.MONEY);
        f.number(opt("buyerCosts"), "field.buyerCosts", Kind.MONEY);
        f.section("section.works");
        f.number(opt("constructionCost"), "field.constructionCost", Kind.MONEY);
        f.number(opt("medicalExtras"), "field.medicalExtras", Kind.MONEY);
        f.number(opt("renovationCost"), "field.renovationCost", Kind.MONEY);
        f.number(opt("fitOutCost"), "field.fitOutCost", Kind.MONEY);
        f.check(opt("worksIncludeVat"), "field.worksIncludeVat");
        f.number(opt("constructionFinancingCosts"), "field.constructionFinancingCosts", Kind.MONEY);
        f.section("section.valuation");
        f.choice(opt("valuation.method"), "field.valuationMethod", ValuationMethod.class);
        f.number(opt("valuation.marketRentPerM2"), "field.marketRent", Kind.MONEY_PER_M2);
        f.number(opt("valuation.yieldPct"), "field.yield", Kind.PERCENT);
        f.number(opt("valuation.appraisedValue"), "field.appraisedValue", Kind.MONEY);
        f.assumption(AssumptionKeys.BAR);
        f.assumption(AssumptionKeys.TRANSFER_TAX);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.investment");
        fig.add("res-inv-purchase", "result.inv.purchase", r -> n.money(selected(r).investment().acquisition()));
        fig.add("res-inv-tax", "result.inv.tax", r -> n.money(selected(r).investment().transferTax()));
        fig.add("res-inv-works", "result.inv.works", r -> n.money(selected(r).investment().works()));
        fig.add("res-inv-vat", "result.inv.vat", r -> n.money(selected(r).investment().nonRecoverableVat()));
        fig.add("res-inv-fees", "result.inv.fees", r -> n.money(selected(r).investment().fees()));
        fig.add("res-inv-total", "result.inv.total", r -> n.money(selected(r).investmentTotal()));
        fig.add("res-market-value", "result.marketValue", r -> n.money(selected(r).marketValue()));
        fig.add("res-top", "result.top", r -> selected(r).onrendabeleTop() == null ? "–" : n.money(selected(r).onrendabeleTop()));
        fig.title("result.title.coverage");
        fig.add("res-cov-contrib", "result.cov.contributions", r -> selected(r).topCoverage() == null ? "–"
                : n.money(selected(r).topCoverage().insurer() + selected(r).topCoverage().municipality() + selected(r).topCoverage().other()));
        fig.add("res-cov-equity", "result.cov.equity", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().equity()));
        fig.add("res-cov-loan", "result.cov.loan", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().loanAboveValue()));
        fig.add("res-cov-uncovered", "result.cov.uncovered", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().uncovered()));
        ChartBox chart = new ChartBox(vm, charts, r -> charts.financingStack(selected(r)), "chart-investment");
        return new Chapter("investment", "chapter.investment",
                column(intro("intro.investment"), optionPicker(), f.node()), column(fig.node(), chart.node()), false);
    }

    // ---- 5. Financiering -----------------------------------------------------------------------

    private Chapter financing() {
        Form f = form();
        f.section("section.financing");
        f.number("financing.equityAvailable", "field.equity", Kind.MONEY);
        f.choice(() -> "financing.repayment", "field.repayment", RepaymentType.class);
        f.number("financing.balloonPct", "field.balloon", Kind.PERCENT);
        f.check(() -> "financing.useBmkb", "field.useBmkb");
        f.check(() -> "financing.starter", "field.starter");
        f.section("section.private");
        f.number("privateFinances.practiceHolders", "field.holders", Kind.INTEGER);
        f.number("privateFinances.drawingsPerHolder", "field.drawings", Kind.MONEY);
        f.section("section.contributions");
        f.number(opt("contributions.insurer"), "field.contribInsurer", Kind.MONEY);
        f.number(opt("contributions.municipality"), "field.contribMunicipality", Kind.MONEY);
        f.number(opt("contributions.other"), "field.contribOther", Kind.MONEY);
        f.section("section.region");
        f.note("note.region");
        f.number("region.gpPer10000Inhabitants", "field.region.gpDensity", Kind.DECIMAL);
        f.number("region.expectedGpOutflowPct", "field.region.outflow", Kind.PERCENT);
        f.number("region.insuredWithoutGp", "field.region.withoutGp", Kind.INTEGER);
        f.number("region.populationGrowthPct", "field.region.growth", Kind.PERCENT);
        f.number("region.share65PlusPct", "field.region.share65", Kind.PERCENT);
        f.number("region.shareLowSesPct", "field.region.lowSes", Kind.PERCENT);
        f.text(() -> "region.problem", "field.region.problem");
        f.text(() -> "region.monitoring", "field.region.monitoring");
        f.section("section.bank");
        f.assumption(AssumptionKeys.LOAN_RATE);
        f.assumption(AssumptionKeys.LOAN_TERM);
        f.assumption(AssumptionKeys.DSCR_MIN);
        f.assumption(AssumptionKeys.LTV_MAX);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.financing");
        fig.add("res-cfads", "result.cfads", r -> n.money(selected(r).financing().cfadsYear1()));
        fig.add("res-max-ds", "result.maxDebtService", r -> n.money(selected(r).financing().maxDebtService()));
        fig.add("res-max-cash", "result.maxByCashFlow", r -> n.money(selected(r).financing().maxByCashFlow()));
        fig.add("res-max-coll", "result.maxByCollateral", r -> selected(r).financing().maxByCollateral() == null ? "–"
                : n.money(selected(r).financing().maxByCollateral()));
        fig.add("res-max-loan", "result.maxLoan", r -> n.money(selected(r).financing().maxLoan()));
        fig.add("res-loan", "result.loan", r -> n.money(selected(r).financing().loan()));
        fig.add("res-equity-used", "result.equityUsed", r -> n.money(selected(r).financing().equityUsed()));
        fig.add("res-bmkb-fee", "result.bmkbFee", r -> n.money(selected(r).financing().bmkbFee()));
        fig.add("res-gap", "result.gap", r -> n.money(selected(r).financing().financingGap()));
        fig.add("res-dscr1", "result.dscr1", r -> selected(r).dscrYear1() == null ? "–" : n.format(selected(r).dscrYear1(), 2));
        fig.add("res-dscr-worst", "result.dscrWorst", r -> selected(r).dscrWorst() == null ? "–" : n.format(selected(r).dscrWorst(), 2));
        fig.add("res-ltv1", "result.ltv1", r -> selected(r).ltvYear1() == null ? "–" : n.percent(selected(r).ltvYear1() * 100, 1));
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ChartBox dscr = new ChartBox(vm, charts,
                r -> charts.dscrPerYear(selected(r), r.assumptions().value(AssumptionKeys.DSCR_MIN)), "chart-dscr");
        ChartBox stack = new ChartBox(vm, charts, r -> charts.financingStack(selected(r)), "chart-financing");
        ChartBox amort = new ChartBox(vm, charts, r -> charts.amortisation(selected(r)), "chart-amortisation");
        tabs.getTabs().addAll(new Tab(i18n.t("chart.dscr"), dscr.node()), new Tab(i18n.t("chart.financing"), stack.node()),
                new Tab(i18n.t("chart.amortisation"), amort.node()));
        tabs.setMinHeight(340);
        // The skin shows the selected tab's content after this listener: redraw a stale chart just after.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            dscr.flush();
            stack.flush();
            amort.flush();
        }));
        return new Chapter("financing", "chapter.financing", column(intro("intro.financing"), optionPicker(), f.node()),
                column(fig.node(), tabs), false);
    }

    // ---- 6. Exploitatie ------------------------------------------------------------------------

    private Chapter operations() {
        Form f = form();
        f.section("section.income");
        f.choice(() -> "income.method", "field.incomeMethod", IncomeMethod.class);
        f.number("income.accountsRevenue", "field.accountsRevenue", Kind.MONEY);
        f.number("income.otherRevenuePerPatient", "field.otherRevenue", Kind.MONEY);
        f.number("income.tariffHousingChangePct", "field.tariffChange", Kind.PERCENT);
        f.number("income.tariffChangeFromYear", "field.tariffChangeYear", Kind.YEAR);
        f.section("section.costs");
        f.number("costs.otherCostsYear1", "field.otherCosts", Kind.MONEY);
        f.assumption(AssumptionKeys.COST_INDEX);
        f.assumption(AssumptionKeys.RENT_INDEX);
        f.assumption(AssumptionKeys.INCOME_TAX);
        f.assumption(AssumptionKeys.DISCOUNT_RATE);

        TableView<OperatingYear> table = new TableView<>();
        table.setId("operationsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("table.year", y -> String.valueOf(y.calendarYear())));
        table.getColumns().add(col("table.patients", y -> n.format(y.patientsServed(), 0)));
        table.getColumns().add(col("table.revenue", y -> n.money(y.revenue())));
        table.getColumns().add(col("table.housing", y -> n.money(y.housingCosts())));
        table.getColumns().add(col("table.otherCosts", y -> n.money(y.otherCosts())));
        table.getColumns().add(col("table.ebitda", y -> n.money(y.ebitda())));
        table.getColumns().add(col("table.cfads", y -> n.money(y.cfads())));
        table.getColumns().add(col("table.debtService", y -> n.money(y.debtService())));
        table.getColumns().add(col("table.dscr", y -> y.dscr() == null ? "–" : n.format(y.dscr(), 2)));
        Runnable fill = () -> table.getItems().setAll(selected(vm.result()).years());
        fill.run();
        nl.praktijkplan.ui.common.LazyUpdate lazy = new nl.praktijkplan.ui.common.LazyUpdate(table, fill);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        table.setPrefHeight(420);
        Label title = new Label(i18n.t("result.title.operations"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setPadding(new Insets(8, 12, 0, 12));
        return new Chapter("operations", "chapter.operations", column(intro("intro.operations"), optionPicker(), f.node()),
                column(title, table), false);
    }

    private <T> TableColumn<T, String> col(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setSortable(false);
        return c;
    }

    // ---- 7. Vergelijking -----------------------------------------------------------------------

    private Chapter comparison() {
        ComparisonView view = new ComparisonView(vm, i18n);
        nl.praktijkplan.ui.comparison.SensitivityView sensitivity = new nl.praktijkplan.ui.comparison.SensitivityView(vm, i18n, charts);
        nl.praktijkplan.ui.comparison.MonteCarloView monteCarlo = new nl.praktijkplan.ui.comparison.MonteCarloView(vm, i18n);
        nl.praktijkplan.ui.comparison.GoalSeekView goalSeek = new nl.praktijkplan.ui.comparison.GoalSeekView(vm, i18n);
        TabPane tabs = new TabPane();
        tabs.setId("comparisonTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sens = new Tab(i18n.t("tab.sensitivity"), sensitivity.node());
        sens.setId("tab-sensitivity");
        Tab mc = new Tab(i18n.t("tab.monteCarlo"), new javafx.scene.control.ScrollPane(monteCarlo.node()));
        mc.setId("tab-montecarlo");
        Tab gs = new Tab(i18n.t("tab.goalSeek"), goalSeek.node());
        gs.setId("tab-goalseek");
        Tab table = new Tab(i18n.t("tab.comparison"), view.node());
        table.setId("tab-comparison");
        tabs.getTabs().addAll(table, sens, mc, gs);
        // The skin shows the selected tab's content after this listener: refresh a stale view just after.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            sensitivity.flush();
            goalSeek.flush();
        }));
        return new Chapter("comparison", "chapter.comparison", column(intro("intro.comparison"), optionPicker()), tabs,
                false, true);
    }

    // ---- 8. Rapport ----------------------------------------------------------------------------

    private Chapter report() {
        if (exports != null) {
            nl.praktijkplan.ui.report.ReportView view = new nl.praktijkplan.ui.report.ReportView(vm, i18n, prefs, exports);
            return new Chapter("report", "chapter.report", column(intro("intro.report"), view.inputs()), view.preview(), false);
        }
        Label text = new Label(i18n.t("report.text"));
        text.setWrapText(true);
        text.setPadding(new Insets(12));
        return new Chapter("report", "chapter.report", column(intro("intro.report")), column(text), false, true);
    }

    // ---- Aannames (expert) ---------------------------------------------------------------------

    private Chapter assumptions() {
        AssumptionsView view = new AssumptionsView(vm, i18n);
        return new Chapter("assumptions", "chapter.assumptions", column(intro("intro.assumptions")), view.node(), true, true);
    }
}
