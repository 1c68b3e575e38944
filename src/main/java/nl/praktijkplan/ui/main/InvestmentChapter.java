package nl.praktijkplan.ui.main;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.DepreciationPlan;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.SourcesAndUses;
import nl.praktijkplan.domain.input.AppraisalBasis;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.YieldBasis;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/**
 * Chapter 4, investment and valuation of the selected option: purchase, works and valuation beside the financieringsbegroting
 * (sources = uses, and the onrendabele top covered from those sources) and the depreciation by component.
 */
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

        AmountTable sources = new AmountTable(vm, "sources-uses", List.of(), r -> sourcesAndUses(selected(r)));
        AmountTable depreciation = new AmountTable(vm, "depreciation", List.of(i18n.t("dep.col.component"),
                i18n.t("dep.col.base"), i18n.t("dep.col.life"), i18n.t("dep.col.yearly")), r -> depreciation(selected(r)));
        ChartBox chart = new ChartBox(vm, r -> charts.financingStack(selected(r)), "chart-investment");
        return new Chapter.Body(column(intro("intro.investment"), optionPicker(), f.node()),
                column(sources.node(), depreciation.node(), chart.node()));
    }

    /**
     * The financieringsbegroting: uses, sources with the gap as the balancing line, and the onrendabele top covered
     * from those sources. A line that is zero is left out, but the gap is always shown: it is the verdict's amount.
     */
    private List<AmountTable.Row> sourcesAndUses(OptionResult o) {
        SourcesAndUses s = o.sourcesAndUses();
        boolean nl = i18n.dutch();
        List<AmountTable.Row> rows = new ArrayList<>();
        rows.add(AmountTable.Row.section(i18n.t("su.uses")));
        for (SourcesAndUses.Line<SourcesAndUses.Use> l : s.uses()) {
            if (Math.abs(l.amount()) >= 0.5) {
                rows.add(line("use-" + l.item(), l.item().label(nl), l.amount()));
            }
        }
        rows.add(total("uses", i18n.t("su.totalUses"), s.totalUses()));
        rows.add(AmountTable.Row.section(i18n.t("su.sources")));
        for (SourcesAndUses.Line<SourcesAndUses.Source> l : s.sources()) {
            if (Math.abs(l.amount()) >= 0.5 || l.item() == SourcesAndUses.Source.GAP) {
                rows.add(line("source-" + l.item(), l.item().label(nl), l.amount()));
            }
        }
        rows.add(total("sources", i18n.t("su.totalSources"), s.totalSources()));
        SourcesAndUses.TopCover top = s.top();
        if (top == null) {
            return rows;
        }
        rows.add(AmountTable.Row.section(i18n.t("result.top")));
        rows.add(line("investment", i18n.t("result.inv.total"), top.investment()));
        rows.add(line("value", i18n.t("result.marketValue"), top.marketValue()));
        if (top.amount() < 0.5) {
            // A value above the investment is no top: it is said, not shown as a negative amount.
            rows.add(AmountTable.Row.note("top", top.surplus() >= 0.5 ? i18n.t("su.top.surplus", n.money(top.surplus()))
                    : i18n.t("su.top.zero")));
            return rows;
        }
        rows.add(total("top", i18n.t("result.top"), top.amount()));
        for (SourcesAndUses.Line<SourcesAndUses.TopPart> l : top.parts()) {
            if (Math.abs(l.amount()) >= 0.5 || l.item() == SourcesAndUses.TopPart.GAP) {
                rows.add(line("top-" + l.item(), l.item().label(nl), l.amount()));
            }
        }
        if (top.gapOutsideTop() >= 0.5) {
            rows.add(line("gap-outside-top", i18n.t("su.gapOutsideTop"), top.gapOutsideTop()));
        }
        return rows;
    }

    /**
     * Depreciation by component: land (never depreciated) and grants that lower the base, each component's base, life
     * and yearly amount, the bodemwaarde and what it holds back in year 1, and the year-1 total.
     */
    private List<AmountTable.Row> depreciation(OptionResult o) {
        DepreciationPlan d = o.depreciation();
        String none = "–";
        List<AmountTable.Row> rows = new ArrayList<>();
        if (d.land() >= 0.5) {
            rows.add(new AmountTable.Row("land", AmountTable.Kind.LINE, i18n.t("result.dep.land"), List.of(n.money(d.land()), none, none)));
        }
        if (d.grantsDeducted() >= 0.5) {
            rows.add(new AmountTable.Row("grants", AmountTable.Kind.LINE, i18n.t("dep.grants"),
                    List.of(n.money(d.grantsDeducted()), none, none)));
        }
        for (DepreciationPlan.Component c : d.components()) {
            rows.add(new AmountTable.Row(c.key(), AmountTable.Kind.LINE, component(c.key()),
                    List.of(n.money(c.cost()), i18n.t("dep.years", n.format(c.lifeYears(), 1)), n.money(c.scheduled(1)))));
        }
        if (o.option().type().owned()) {
            rows.add(new AmountTable.Row("bodemwaarde", AmountTable.Kind.LINE, i18n.t("result.dep.bodemwaarde"),
                    List.of(n.money(d.bodemwaarde()), "", "")));
        }
        if (d.heldByBodemwaarde(1) >= 0.5) {
            rows.add(new AmountTable.Row("held", AmountTable.Kind.LINE, i18n.t("dep.held"), List.of("", "", n.money(-d.heldByBodemwaarde(1)))));
        }
        rows.add(new AmountTable.Row("year1", AmountTable.Kind.TOTAL, i18n.t("result.dep.year1"), List.of("", "", n.money(d.year(1)))));
        return rows;
    }

    private String component(String key) {
        return switch (key) {
            case DepreciationPlan.SHELL -> i18n.t("dep.component.shell");
            case DepreciationPlan.INSTALLATIONS -> i18n.t("dep.component.installations");
            default -> i18n.t("dep.component.fitOut");
        };
    }

    private AmountTable.Row line(String key, String label, double amount) {
        return new AmountTable.Row(key, AmountTable.Kind.LINE, label, List.of(n.money(amount)));
    }

    private AmountTable.Row total(String key, String label, double amount) {
        return new AmountTable.Row(key, AmountTable.Kind.TOTAL, label, List.of(n.money(amount)));
    }
}
