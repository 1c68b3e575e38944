package nl.praktijkplan.report.pdf.view;

import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.RegionContext;
import nl.praktijkplan.report.pdf.DossierFormat;

/** Chapter "Onderbouwing maatwerkverzoek zorgverzekeraar": bottleneck, solution, impact, contribution, monitoring. */
public record MaatwerkView(Lang l, String gpDensity, String gpOutflow, String insuredWithoutGp, String populationGrowth,
                           String share65Plus, String shareLowSes, String problem, Integer spaceRunsOutYear, String currentArea,
                           String preferred, String preferredType, String preferredArea, String capacity, String investment,
                           int lastYear, String servedStay, String servedPreferred, String extraPatients,
                           String top, String insurer, String municipality, String other, String gap, String perExtraPatient,
                           String monitoring) {

    public static MaatwerkView of(DossierData d) {
        var f = d.f;
        var pref = d.pref;
        RegionContext reg = d.c.region();
        Contributions k = pref.option().contributions();
        double servedPref = pref.years().get(pref.years().size() - 1).patientsServed();
        double servedStay = d.r.stay().years().get(d.r.stay().years().size() - 1).patientsServed();
        Double perExtraPatient = pref.insurerContributionPerExtraPatient();
        return new MaatwerkView(d.l, f.plain(reg.gpPer10000Inhabitants()), f.percent(reg.expectedGpOutflowPct()),
                f.count(reg.insuredWithoutGp()), f.percent(reg.populationGrowthPct()), f.percent(reg.share65PlusPct()),
                f.percent(reg.shareLowSesPct()), reg.problem(), d.r.spaceRunsOutYear(), f.m2(d.r.currentAreaM2()),
                pref.option().name(), d.typeName(pref), f.m2(pref.areaM2()), f.count(pref.capacityPatients()), f.money(pref.investmentTotal()),
                d.lastYear(), f.count(servedStay), f.count(servedPref), f.count(pref.extraPatientsVsStay()),
                f.money(pref.onrendabeleTop()), f.money(k.insurer()), f.money(k.municipality()), f.money(k.other()),
                f.money(pref.financing().financingGap()), perExtraPatient == null ? DossierFormat.NONE : f.money(perExtraPatient),
                reg.monitoring());
    }
}
