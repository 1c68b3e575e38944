package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.calc.InvestmentBudget;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.SourcesAndUses;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * Chapter "Investeringsbegroting en waardering": the cost lines per option (a line that is zero for every option is
 * null and left out), the market values, the financieringsbegroting (sources = uses) and how the unprofitable gap is
 * covered from those sources.
 */
public record InvestmentView(Lang l, List<String> heads, String legend,
                             List<String> purchasePrice, List<String> transferTax, List<String> land, List<String> construction,
                             List<String> medicalExtras, List<String> renovation, List<String> fitOut, List<String> nonRecoverableVat,
                             List<String> buyerCosts, List<String> constructionFinancing, List<String> tenantFitOut,
                             List<String> total, String preferredTotal, List<Valuation> valuations,
                             List<Row> sourcesAndUses, List<Row> topCover, String preferredTop,
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
                sourcesAndUses(d, owned), topCover(d, owned), preferredTop(d),
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

    /**
     * The financieringsbegroting per option: the uses and their total, the sources with the gap as the balancing line
     * and their total (equal to the uses). A line that is zero for every option is left out; the gap never is.
     */
    private static List<Row> sourcesAndUses(DossierData d, List<OptionResult> opts) {
        List<SourcesAndUses> all = opts.stream().map(OptionResult::sourcesAndUses).toList();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < SourcesAndUses.Use.values().length; k++) {
            int line = k;
            addLine(d, rows, all, s -> s.uses().get(line), false);
        }
        rows.add(row(d.t("Totaal bestedingen", "Total uses"), money(d, all, SourcesAndUses::totalUses), true));
        for (int k = 0; k < SourcesAndUses.Source.values().length; k++) {
            int line = k;
            addLine(d, rows, all, s -> s.sources().get(line), SourcesAndUses.Source.values()[k] == SourcesAndUses.Source.GAP);
        }
        rows.add(row(d.t("Totaal bronnen", "Total sources"), money(d, all, SourcesAndUses::totalSources), true));
        return rows;
    }

    /**
     * The top of each owned option and who covers it, from the same sources: the gap's share is what is not covered;
     * the rest of the gap lies outside the top. A value above the investment is said as such, not as a negative top.
     */
    private static List<Row> topCover(DossierData d, List<OptionResult> opts) {
        List<SourcesAndUses.TopCover> all = opts.stream().map(o -> o.sourcesAndUses().top()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row(d.t("Totale investering", "Total investment"), topMoney(d, all, SourcesAndUses.TopCover::investment), false));
        rows.add(row(d.t("Marktwaarde", "Market value"), topMoney(d, all, SourcesAndUses.TopCover::marketValue), false));
        rows.add(row(d.t("Onrendabele top", "Unprofitable gap"), all.stream().map(t -> t == null ? DossierFormat.NONE
                : t.surplus() >= 0.5 ? d.t("geen; waarde " + d.f.money(t.surplus()) + " hoger", "none; value " + d.f.money(t.surplus()) + " higher")
                : d.f.money(Math.max(0, t.amount()))).toList(), true));
        for (SourcesAndUses.TopPart part : SourcesAndUses.TopPart.values()) {
            List<Double> amounts = all.stream().map(t -> t == null ? 0 : t.part(part)).toList();
            if (part == SourcesAndUses.TopPart.GAP || amounts.stream().anyMatch(a -> a >= 0.5)) {
                rows.add(row(part.label(d.l.nl()), topMoney(d, all, t -> t.part(part)),
                        part == SourcesAndUses.TopPart.GAP));
            }
        }
        if (all.stream().anyMatch(t -> t != null && t.gapOutsideTop() >= 0.5)) {
            rows.add(row(d.t("Rest van het tekort, buiten de top (waarde die de lening niet dekt)",
                    "Rest of the shortfall, outside the unprofitable gap (value the loan does not reach)"), topMoney(d, all, SourcesAndUses.TopCover::gapOutsideTop), false));
        }
        return rows;
    }

    /** The preferred option's top in one sentence that ties it to the gap; null when it owns nothing. */
    private static String preferredTop(DossierData d) {
        SourcesAndUses s = d.pref.sourcesAndUses();
        SourcesAndUses.TopCover t = s.top();
        if (t == null) {
            return null;
        }
        if (t.amount() < 0.5) {
            return t.surplus() >= 0.5 ? d.t("De voorkeursoptie heeft geen onrendabele top; de waarde ligt " + d.f.money(t.surplus())
                    + " boven de investering.", "The preferred option has no unprofitable gap; the value lies " + d.f.money(t.surplus())
                    + " above the investment.") : d.t("De voorkeursoptie heeft geen onrendabele top.", "The preferred option has no unprofitable gap.");
        }
        String top = d.f.money(t.amount());
        String open = d.f.money(t.notCovered());
        String gap = d.f.money(s.gap());
        String rest = t.gapOutsideTop() >= 0.5 ? d.t(" De rest van het tekort, " + d.f.money(t.gapOutsideTop()) + ", is waarde die de lening niet dekt.",
                " The rest of the shortfall, " + d.f.money(t.gapOutsideTop()) + ", is value the loan does not reach.") : "";
        return d.t("De onrendabele top van de voorkeursoptie is " + top + ", waarvan " + open + " niet gedekt: dat deel van het tekort van "
                        + gap + " ligt in de top.", "The unprofitable gap of the preferred option is " + top + ", of which " + open
                        + " is not covered: that part of the financing shortfall of " + gap + " lies within the unprofitable gap.") + rest;
    }

    private static <K extends SourcesAndUses.Item> void addLine(DossierData d, List<Row> rows, List<SourcesAndUses> all,
                                                                 Function<SourcesAndUses, SourcesAndUses.Line<K>> line, boolean always) {
        boolean any = all.stream().anyMatch(s -> Math.abs(line.apply(s).amount()) >= 0.5);
        if (always || any) {
            rows.add(row(line.apply(all.get(0)).item().label(d.l.nl()), money(d, all, s -> line.apply(s).amount()), false));
        }
    }

    private static List<String> money(DossierData d, List<SourcesAndUses> all, ToDoubleFunction<SourcesAndUses> amount) {
        return all.stream().map(s -> d.f.money(amount.applyAsDouble(s))).toList();
    }

    private static List<String> topMoney(DossierData d, List<SourcesAndUses.TopCover> all, ToDoubleFunction<SourcesAndUses.TopCover> amount) {
        return all.stream().map(t -> t == null ? DossierFormat.NONE : d.f.money(amount.applyAsDouble(t))).toList();
    }

    /** A label followed by one value per option. */
    private static Row row(String label, List<String> values, boolean total) {
        List<String> cells = new ArrayList<>(values.size() + 1);
        cells.add(label);
        cells.addAll(values);
        return new Row(List.copyOf(cells), total);
    }
}
