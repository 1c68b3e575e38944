package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.DSCR_MIN;

import java.util.List;

/**
 * Chapter "Exploitatie- en kasstroomprognose": the preferred option's operating years (revenue, extra GPs, other costs,
 * housing, EBITDA, depreciation, interest, tax by legal form, net result, drawings, CFADS, debt service, DSCR) and its
 * DSCR chart (null without a loan).
 */
public record OperationsView(Lang l, String preferred, List<Row> years, String dscrMin, String legalForm, Chart chart) {

    public static OperationsView of(DossierData d) {
        var f = d.f;
        var pref = d.pref;
        List<Row> years = pref.years().stream().map(y -> Row.of(Integer.toString(y.calendarYear()), f.amount(y.revenue()),
                f.amount(y.gpLabourCost()), f.amount(y.staffAndOtherCosts()), f.amount(y.housingCosts()), f.amount(y.ebitda()),
                f.amount(y.depreciation()), f.amount(y.interest()), f.amount(y.tax()), f.amount(y.netResult()),
                f.amount(y.drawings()), f.amount(y.cfads()), f.amount(y.debtService()), f.ratio(y.dscr()))).toList();
        Chart chart = pref.dscrYear1() == null ? null
                : d.chart("chart-dscr", d.chartFactory.dscrPerYear(pref, d.a.value(DSCR_MIN)), 80);
        return new OperationsView(d.l, pref.option().name(), years, f.ratio(d.a.value(DSCR_MIN)),
                d.legalFormName(), chart);
    }
}
