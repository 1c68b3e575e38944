package nl.praktijkplan.ui.main;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LoanPurpose;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/** Chapter 5, financing of the selected option: equity, contributions, region and bank terms beside the loan figures and charts. */
final class FinancingChapter extends ChapterParts {

    FinancingChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        f.section("section.financing");
        f.number("financing.equityAvailable", "field.equity", Kind.MONEY);
        f.choice(() -> "financing.repayment", "field.repayment", RepaymentType.class);
        f.number("financing.balloonPct", "field.balloon", Kind.PERCENT);
        f.check(() -> "financing.useBmkb", "field.useBmkb");
        f.check(() -> "financing.starter", "field.starter");
        f.add(new BankProfileChooser(vm, i18n).node());
        f.section("section.existingDebts");
        f.add(new ListEditor(vm, i18n, "financing.existingDebts", "list.debt", "list.debt.add", "list.debt.remove", 0,
                FinancingChapter::newDebt, (d, item) -> {
                    d.text(() -> item + ".lender", "field.debt.lender");
                    d.number(item + ".balance", "field.debt.balance", Kind.MONEY);
                    d.number(item + ".ratePct", "field.debt.rate", Kind.PERCENT);
                    d.number(item + ".remainingYears", "field.debt.years", Kind.INTEGER);
                    d.choice(() -> item + ".repayment", "field.repayment", RepaymentType.class);
                    d.check(() -> item + ".refinance", "field.debt.refinance");
                }).node());
        f.section("section.loanParts");
        f.note("note.loanParts");
        f.add(new ListEditor(vm, i18n, opt("loanParts"), "list.loanPart", "list.loanPart.add", "list.loanPart.remove", 0,
                this::newLoanPart, (d, item) -> {
                    d.choice(() -> item + ".purpose", "field.loanPart.purpose", LoanPurpose.class);
                    d.number(item + ".amount", "field.loanPart.amount", Kind.MONEY);
                    d.number(item + ".ratePct", "field.loanPart.rate", Kind.PERCENT);
                    d.number(item + ".termYears", "field.loanPart.term", Kind.INTEGER);
                    d.number(item + ".fixedYears", "field.loanPart.fixedYears", Kind.INTEGER);
                    d.choice(() -> item + ".repayment", "field.repayment", RepaymentType.class);
                    d.number(item + ".balloonPct", "field.balloon", Kind.PERCENT);
                }).node());
        f.section("section.private");
        f.number("privateFinances.drawingsPerHolder", "field.drawings", Kind.MONEY);
        f.section("section.contributions");
        f.number(opt("contributions.insurer"), "field.contribInsurer", Kind.MONEY);
        f.number(opt("contributions.municipality"), "field.contribMunicipality", Kind.MONEY);
        f.number(opt("contributions.other"), "field.contribOther", Kind.MONEY);
        f.check(opt("contributions.taxable"), "field.contribTaxable");
        f.section("section.region");
        f.note("note.region");
        f.optionalNumber("region.gpPer10000Inhabitants", "field.region.gpDensity", Kind.DECIMAL);
        f.optionalNumber("region.expectedGpOutflowPct", "field.region.outflow", Kind.PERCENT);
        f.optionalNumber("region.insuredWithoutGp", "field.region.withoutGp", Kind.INTEGER);
        f.optionalNumber("region.populationGrowthPct", "field.region.growth", Kind.PERCENT);
        f.optionalNumber("region.share65PlusPct", "field.region.share65", Kind.PERCENT);
        f.optionalNumber("region.shareLowSesPct", "field.region.lowSes", Kind.PERCENT);
        f.paragraph(() -> "region.problem", "field.region.problem");
        f.paragraph(() -> "region.monitoring", "field.region.monitoring");
        f.section("section.bank");
        f.assumption(AssumptionKeys.LOAN_RATE);
        f.assumption(AssumptionKeys.LOAN_TERM);
        f.assumption(AssumptionKeys.DSCR_MIN);
        f.assumption(AssumptionKeys.LTV_MAX);
        f.assumption(AssumptionKeys.FIXED_RATE_YEARS);
        f.assumption(AssumptionKeys.REFINANCE_RATE);
        f.assumption(AssumptionKeys.FIT_OUT_LOAN_TERM);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.financing");
        fig.add("res-cfads", "result.cfads", r -> n.money(selected(r).financing().cfadsYear1()));
        fig.add("res-max-ds", "result.maxDebtService", r -> n.money(selected(r).financing().maxDebtService()));
        fig.add("res-max-cash", "result.maxByCashFlow", r -> n.money(selected(r).financing().maxByCashFlow()));
        fig.add("res-max-coll", "result.maxByCollateral", r -> selected(r).financing().maxByCollateral() == null ? "–"
                : n.money(selected(r).financing().maxByCollateral()));
        fig.add("res-max-loan", "result.maxLoan", r -> n.money(selected(r).financing().maxLoan()));
        fig.add("res-loan", "result.loan", r -> n.money(selected(r).financing().loan()));
        fig.add("res-loan-parts", "result.loanParts", r -> n.money(selected(r).financing().loanParts()));
        fig.add("res-equity-used", "result.equityUsed", r -> n.money(selected(r).financing().equityUsed()));
        fig.add("res-bmkb-fee", "result.bmkbFee", r -> n.money(selected(r).financing().bmkbFee()));
        fig.add("res-bmkb-term", "result.bmkbTerm", r -> selected(r).financing().bmkbYears() == 0 ? "–"
                : i18n.t("result.bmkbTerm.value", selected(r).financing().bmkbYears(),
                        n.percent(selected(r).financing().bmkbFeeRate() * 100, 2)));
        fig.add("res-refinanced", "result.refinancedDebts", r -> n.money(selected(r).financing().refinancedDebts()));
        fig.add("res-gap", "result.gap", r -> n.money(selected(r).financing().financingGap()));
        fig.add("res-dscr1", "result.dscr1", r -> selected(r).dscrYear1() == null ? "–" : n.format(selected(r).dscrYear1(), 2));
        fig.add("res-dscr-worst", "result.dscrWorst", r -> selected(r).dscrWorst() == null ? "–" : n.format(selected(r).dscrWorst(), 2));
        fig.add("res-ltv1", "result.ltv1", r -> selected(r).ltvYear1() == null ? "–" : n.percent(selected(r).ltvYear1() * 100, 1));
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ChartBox dscr = new ChartBox(vm,
                r -> charts.dscrPerYear(selected(r), r.assumptions().value(AssumptionKeys.DSCR_MIN)), "chart-dscr");
        ChartBox stack = new ChartBox(vm, r -> charts.financingStack(selected(r)), "chart-financing");
        ChartBox amort = new ChartBox(vm, r -> charts.amortisation(selected(r)), "chart-amortisation");
        tabs.getTabs().addAll(new Tab(i18n.t("chart.dscr"), dscr.node()), new Tab(i18n.t("chart.financing"), stack.node()),
                new Tab(i18n.t("chart.amortisation"), amort.node()));
        tabs.setMinHeight(340);
        // The skin shows the selected tab's content after this listener: redraw a stale chart just after.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            dscr.flush();
            stack.flush();
            amort.flush();
        }));
        return new Chapter.Body(column(intro("intro.financing"), optionPicker(), f.node()), column(fig.node(), tabs));
    }

    /**
     * A new part starts as the usual fit-out loan: the selected option's fit-out (a tenant's, or the fit-out of a
     * building it buys), at today's rate, over the fit-out term, linear and fixed for its term.
     */
    private ObjectNode newLoanPart() {
        HousingOption o = vm.businessCase().options().get(vm.selectedOption());
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("purpose", LoanPurpose.FIT_OUT.name());
        d.put("amount", o.type().owned() ? o.fitOutCost() : o.tenantFitOut());
        d.put("ratePct", vm.assumptionValue(AssumptionKeys.LOAN_RATE));
        d.put("termYears", (int) vm.assumptionValue(AssumptionKeys.FIT_OUT_LOAN_TERM));
        d.put("fixedYears", 0);
        d.put("repayment", RepaymentType.LINEAR.name());
        d.put("balloonPct", 0);
        return d;
    }

    private static ObjectNode newDebt() {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("lender", "");
        d.put("balance", 0);
        d.put("ratePct", 0);
        d.put("remainingYears", 5);
        d.put("repayment", "ANNUITY");
        d.put("refinance", false);
        return d;
    }
}
