package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.DSCR_MIN;

import java.util.List;

/**
 * Chapter "Exploitatie- en kasstroomprognose": the preferred option's operating years (revenue, extra GPs, other costs,
 * housing, EBITDA, depreciation, interest, tax by legal form, net result, drawings, CFADS, debt service, DSCR) and its
 * DSCR chart (null without a loan).
 */
public record OperationsView(Lang l, String preferred, List<Row> years, List<Row> cashFlow, String dscrMin, String legalForm,
                             List<Row> revenue, Chart chart) {

    public static OperationsView of(DossierData d) {
        var f = d.f;
        var pref = d.pref;
        List<Row> years = pref.years().stream().map(y -> Row.of(Integer.toString(y.calendarYear()), f.amount(y.revenue()),
                f.amount(y.gpLabourCost()), f.amount(y.staffAndOtherCosts()), f.amount(y.housingCosts()), f.amount(y.ebitda()),
                f.amount(y.depreciation()), f.amount(y.interest()), f.amount(y.tax()), f.amount(y.netResult()))).toList();
        List<Row> cashFlow = pref.years().stream().map(y -> Row.of(Integer.toString(y.calendarYear()), f.amount(y.ebitda()),
                f.amount(y.tax()), f.amount(y.drawings()), f.amount(y.cfads()), f.amount(y.debtService()), f.ratio(y.dscr()))).toList();
        Chart chart = pref.dscrYear1() == null ? null
                : d.chart("chart-dscr", d.chartFactory.dscrPerYear(pref, d.a.value(DSCR_MIN)), 80);
        var b = pref.revenueYear1();
        List<Row> revenue = List.of(
                Row.of(d.t("Inschrijftarief (naar leeftijdsklasse)", "Capitation (by age class)"), f.amount(b.capitation())),
                Row.of(d.t("Opslag achterstandswijk", "Deprived-area supplement"), f.amount(b.opslagwijk())),
                Row.of(d.t("Module POH-GGZ", "POH-GGZ module"), f.amount(b.pohGgz())),
                Row.of(d.t("Module MTVP", "MTVP module"), f.amount(b.mtvp())),
                Row.of(d.t("Huisartsconsulten", "GP consults"), f.amount(b.consults())),
                Row.of(d.t("Overige opbrengsten", "Other revenue"), f.amount(b.other())),
                Row.of(d.t("Herberekening huisvestingscomponent (CBb)", "Recalculated housing component (CBb)"),
                        f.amount(b.tariffRecalculation())),
                Row.of(d.t("Segment 3-afspraken", "Segment-3 arrangements"), f.amount(b.segment3())),
                Row.of(d.t("Totaal jaar 1", "Total year 1"), f.amount(b.total())));
        return new OperationsView(d.l, pref.option().name(), years, cashFlow, f.ratio(d.a.value(DSCR_MIN)),
                d.legalFormName(), revenue, chart);
    }
}
