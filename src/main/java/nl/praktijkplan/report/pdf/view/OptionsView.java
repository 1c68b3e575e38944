package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.DISCOUNT_RATE;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.report.pdf.DossierFormat;

/** Chapter "Huisvestingsopties": staying and every option side by side, then each option's rent-or-buy chart. */
public record OptionsView(Lang l, int horizonYears, String discountRate, List<String> heads,
                          List<String> type, List<String> area, List<String> capacity, List<String> tooSmallFrom,
                          List<String> extraPatients, List<String> investment, List<String> npvCost, List<String> npvRent,
                          List<String> breakEvenYear, List<String> breakEvenRent, List<String> dscrYear1, List<String> gap,
                          String legend, List<Option> options) {

    /** An option's own section: its name, the user's notes and the cumulative rent-or-buy chart. */
    public record Option(String name, String notes, Chart chart) {
    }

    public static OptionsView of(DossierData d) {
        var f = d.f;
        var r = d.r;
        List<OptionResult> all = new ArrayList<>();
        all.add(r.stay());
        all.addAll(r.options());
        List<String> heads = new ArrayList<>();
        heads.add(d.t("Blijven", "Stay"));
        heads.addAll(d.optionHeads());
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < r.options().size(); i++) {
            OptionResult o = r.options().get(i);
            options.add(new Option(o.option().name(), o.option().notes(),
                    d.chart("chart-cum-" + i, d.chartFactory.rentVsBuyCumulative(r, o), 75)));
        }
        return new OptionsView(d.l, d.c.practice().horizonYears(), f.percent(d.a.value(DISCOUNT_RATE)), heads,
                d.perOption(all, d::typeName), d.perOption(all, o -> f.m2(o.areaM2())),
                d.perOption(all, o -> f.count(o.capacityPatients())), d.perOption(all, o -> f.year(o.spaceRunsOutYear())),
                d.perOption(all, o -> f.count(o.extraPatientsVsStay())), d.perOption(all, o -> f.money(o.investmentTotal())),
                d.perOption(all, o -> f.money(o.rentVsBuy().npvCost())), d.perOption(all, o -> f.money(o.rentVsBuy().npvRentReference())),
                d.perOption(all, o -> f.year(o.rentVsBuy().breakEvenYear())),
                d.perOption(all, o -> o.rentVsBuy().breakEvenRentPerM2() == null ? DossierFormat.NONE : f.money(o.rentVsBuy().breakEvenRentPerM2())),
                d.perOption(all, o -> f.ratio(o.dscrYear1())), d.perOption(all, o -> f.money(o.financing().financingGap())),
                d.optionLegend(), options);
    }
}
