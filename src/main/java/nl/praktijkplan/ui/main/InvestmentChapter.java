package nl.praktijkplan.ui.main;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.AppraisalBasis;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.YieldBasis;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/** Chapter 4, investment and valuation of the selected option: purchase, works and valuation beside the investment and its coverage. */
final class InvestmentChapter extends ChapterParts {

    InvestmentChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        // An owned option: purchase, works and valuation. A rental invests only in the tenant's fit-out; staying in nothing.
        f.onlyWhen(() -> type() == OptionType.RENT);
        f.section("section.tenantFitOut");
        f.number(opt("tenantFitOut"), "field.tenantFitOut", Kind.MONEY);
        f.number(opt("leaseYears"), "field.leaseYears", Kind.INTEGER);
        f.onlyWhen(() -> type() == OptionType.STAY);
        f.note("note.investmentStay");
        f.onlyWhen(() -> type().owned());
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
        f.onlyWhen(() -> type() != OptionType.STAY);
        f.check(opt("worksIncludeVat"), "field.worksIncludeVat");
        f.onlyWhen(() -> type().owned());
        f.number(opt("constructionFinancingCosts"), "field.constructionFinancingCosts", Kind.MONEY);
        f.section("section.valuation");
        f.choice(opt("valuation.method"), "field.valuationMethod", ValuationMethod.class);
        f.number(opt("valuation.marketRentPerM2"), "field.marketRent", Kind.MONEY_PER_M2);
        f.number(opt("valuation.yieldPct"), "field.yield", Kind.PERCENT);
        f.choice(opt("valuation.yieldBasis"), "field.yieldBasis", YieldBasis.class);
        f.number(opt("valuation.appraisedValue"), "field.appraisedValue", Kind.MONEY);
        f.text(opt("valuation.appraisalDate"), "field.appraisalDate");
        f.text(opt("valuation.appraiser"), "field.appraiser");
        f.choice(opt("valuation.appraisalBasis"), "field.appraisalBasis", AppraisalBasis.class);
        f.assumption(AssumptionKeys.BAR);
        f.assumption(AssumptionKeys.VALUATION_BUYER_COSTS);
        f.assumption(AssumptionKeys.TRANSFER_TAX);
        f.section("section.depreciation");
        f.number(opt("taxBasis.landSharePct"), "field.landSharePct", Kind.PERCENT);
        f.number(opt("taxBasis.wozValue"), "field.wozValue", Kind.MONEY);
        f.assumption(AssumptionKeys.LAND_SHARE);
        f.assumption(AssumptionKeys.SHELL_SHARE);
        f.assumption(AssumptionKeys.INSTALLATIONS_SHARE);
        f.assumption(AssumptionKeys.FIT_OUT_SHARE);
        f.assumption(AssumptionKeys.SHELL_YEARS);
        f.assumption(AssumptionKeys.INSTALLATIONS_YEARS);
        f.assumption(AssumptionKeys.FIT_OUT_YEARS);
        f.assumption(AssumptionKeys.BODEMWAARDE);
        f.always();

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.investment");
        fig.add("res-inv-purchase", "result.inv.purchase", r -> n.money(selected(r).investment().acquisition()));
        fig.add("res-inv-tax", "result.inv.tax", r -> n.money(selected(r).investment().transferTax()));
        fig.add("res-inv-works", "result.inv.works", r -> n.money(selected(r).investment().works()));
        fig.add("res-inv-vat", "result.inv.vat", r -> n.money(selected(r).investment().nonRecoverableVat()));
        fig.add("res-inv-fees", "result.inv.fees", r -> n.money(selected(r).investment().fees()));
        fig.add("res-inv-total", "result.inv.total", r -> n.money(selected(r).investmentTotal()));
        fig.add("res-market-value", "result.marketValue", r -> n.money(selected(r).marketValue()));
        fig.add("res-top", "result.top", r -> {
            Double top = selected(r).onrendabeleTop();
            // A value above the investment is no top: it is said, not shown as a negative amount.
            return top == null ? "–" : top < -0.5 ? i18n.t("result.top.surplus", n.money(-top)) : n.money(Math.max(0, top));
        });
        fig.title("result.title.coverage");
        fig.add("res-cov-contrib", "result.cov.contributions", r -> selected(r).topCoverage() == null ? "–"
                : n.money(selected(r).topCoverage().contributions()));
        fig.add("res-cov-equity", "result.cov.equity", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().equity()));
        fig.add("res-cov-loan", "result.cov.loan", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().loanAboveValue()));
        fig.add("res-dep-land", "result.dep.land", r -> n.money(selected(r).depreciation().land()));
        fig.add("res-dep-base", "result.dep.base", r -> n.money(selected(r).depreciation().base()));
        fig.add("res-dep-bodem", "result.dep.bodemwaarde", r -> n.money(selected(r).depreciation().bodemwaarde()));
        fig.add("res-dep-year1", "result.dep.year1", r -> n.money(selected(r).years().get(0).depreciation()));
        fig.add("res-cov-uncovered", "result.cov.uncovered", r -> selected(r).topCoverage() == null ? "–" : n.money(selected(r).topCoverage().uncovered()));
        ChartBox chart = new ChartBox(vm, charts, r -> charts.financingStack(selected(r)), "chart-investment");
        return new Chapter.Body(column(intro("intro.investment"), optionPicker(), f.node()), column(fig.node(), chart.node()));
    }
}
