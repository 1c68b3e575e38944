package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.calc.InvestmentBudget;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.TopCoverage;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * Chapter "Investeringsbegroting en waardering": the cost lines per option (a line that is zero for every option is
 * null and left out), the market values and how the unprofitable gap is covered.
 */
public record InvestmentView(Lang l, List<String> heads, String legend,
                             List<String> purchasePrice, List<String> transferTax, List<String> land, List<String> construction,
                             List<String> medicalExtras, List<String> renovation, List<String> fitOut, List<String> nonRecoverableVat,
                             List<String> buyerCosts, List<String> constructionFinancing, List<String> tenantFitOut,
                             List<String> total, String preferredTotal, List<Valuation> valuations,
                             List<String> top, List<String> insurer, List<String> municipality, List<String> other,
                             List<String> equity, List<String> loanAboveValue, List<String> uncovered, String preferredTop,
                             List<String> depLand, List<String> depShell, List<String> depInstallations, List<String> depFitOut,
                             List<String> bodemwaarde, List<String> depYear1) {

    /** How an owned option's market value was found. */
    public record Valuation(String letter, String method, boolean bar, boolean nar, String marketRentPerM2, String area,
                            String yield, String ownerCosts, String marketValue) {
    }

    public static InvestmentView of(DossierData d) {
        var f = d.f;
        List<OptionResult> owned = d.r.options();
        List<Valuation> valuations = new ArrayList<>();
        for (int i = 0; i < owned.size(); i++) {
            OptionResult o = owned.get(i);
            if (!o.option().type().owned()) {
                continue;
            }
            var v = o.option().valuation();
            boolean bar = v.method() == ValuationMethod.BAR;
            boolean nar = v.method() == ValuationMethod.NAR;
            valuations.add(new Valuation(d.optionLetter(i), d.valuationMethod(o), bar, nar, f.money(v.marketRentPerM2()), f.m2(o.areaM2()),
                    bar || nar ? f.percent(CaseVariations.initialYieldPct(d.c, o.option())) : null,
                    f.money(o.years().get(0).housingCosts()), f.money(o.marketValue())));
        }
        return new InvestmentView(d.l, d.optionHeads(), d.optionLegend(),
                line(d, owned, InvestmentBudget::purchasePrice), line(d, owned, InvestmentBudget::transferTax),
                line(d, owned, InvestmentBudget::landCost), line(d, owned, InvestmentBudget::constructionCost),
                line(d, owned, InvestmentBudget::medicalExtras), line(d, owned, InvestmentBudget::renovationCost),
                line(d, owned, InvestmentBudget::fitOutCost), line(d, owned, InvestmentBudget::nonRecoverableVat),
                line(d, owned, InvestmentBudget::buyerCosts), line(d, owned, InvestmentBudget::constructionFinancingCosts),
                line(d, owned, InvestmentBudget::tenantFitOut),
                d.perOption(owned, o -> f.money(o.investmentTotal())), f.money(d.pref.investmentTotal()), valuations,
                top(d, owned, TopCoverage::top), top(d, owned, TopCoverage::insurer), top(d, owned, TopCoverage::municipality),
                top(d, owned, TopCoverage::other), top(d, owned, TopCoverage::equity), top(d, owned, TopCoverage::loanAboveValue),
                top(d, owned, TopCoverage::uncovered),
                d.pref.onrendabeleTop() == null ? null : f.money(d.pref.onrendabeleTop()),
                d.perOption(owned, o -> f.money(o.depreciation().land())), component(d, owned, 0), component(d, owned, 1),
                component(d, owned, 2), d.perOption(owned, o -> f.money(o.depreciation().bodemwaarde())),
                d.perOption(owned, o -> f.money(o.years().get(0).depreciation())));
    }

    /** A depreciation component of each option: its cost and life ("€ 480.000 / 40 jr"); a tenant's fit-out only has k = 2. */
    private static List<String> component(DossierData d, List<OptionResult> opts, int k) {
        return d.perOption(opts, o -> {
            var components = o.depreciation().components();
            var c = o.option().type().owned() ? components.get(k) : k == 2 ? components.get(0) : null;
            return c == null || c.cost() == 0 ? DossierFormat.NONE
                    : d.f.money(c.cost()) + " / " + d.f.plain(c.lifeYears()) + d.t(" jr", " yrs");
        });
    }

    /** A cost line per option, or null when it is zero for every option. */
    private static List<String> line(DossierData d, List<OptionResult> opts, ToDoubleFunction<InvestmentBudget> field) {
        boolean any = opts.stream().anyMatch(o -> field.applyAsDouble(o.investment()) != 0);
        return any ? d.perOption(opts, o -> d.f.money(field.applyAsDouble(o.investment()))) : null;
    }

    private static List<String> top(DossierData d, List<OptionResult> opts, ToDoubleFunction<TopCoverage> field) {
        return d.perOption(opts, o -> o.onrendabeleTop() == null ? DossierFormat.NONE : d.f.money(field.applyAsDouble(o.topCoverage())));
    }
}
