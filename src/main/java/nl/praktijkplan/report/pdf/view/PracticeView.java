package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.PERSONS_PER_DWELLING;

import java.util.List;

import nl.praktijkplan.domain.input.Staffing;

/** Chapter "Praktijk en patiëntenpopulatie": the team (the holders stand in "Aanvragers en rechtsvorm"), the list and its projection. */
public record PracticeView(Lang l, String gpFte, String pohSomaticFte, String pohMentalFte, String paFte,
                           String aios, String assistantFte, String training,
                           String patients, String share65Plus, String shareOpslagwijk, String municipalGrowth,
                           String newDwellings, int dwellingYears, String personsPerDwelling, String captureShare, String leavers,
                           String capAtCapacity, Chart chart, List<Row> projection) {

    public static PracticeView of(DossierData d) {
        var f = d.f;
        var c = d.c;
        Staffing s = c.staffing();
        List<Row> rows = d.r.projection().stream().map(y -> Row.of(
                y.year() == 0 ? d.t("nu", "now") : Integer.toString(y.calendarYear()), f.count(y.patients()),
                f.decimal1(y.gpFteNeeded()), f.count(y.m2Needed()))).toList();
        var mix = c.practice().ageMix();
        String ages = f.percent(mix.under65Pct()) + " / " + f.percent(mix.age65to74Pct()) + " / " + f.percent(mix.age75to84Pct())
                + " / " + f.percent(mix.age85plusPct());
        return new PracticeView(d.l, f.plain(c.gpFteNow()) + d.t(" (waarvan in loondienst ",
                " (employed ") + f.plain(s.employedGpFte()) + ")", f.plain(s.pohSomaticFte()),
                f.plain(s.pohMentalFte()), f.plain(s.physicianAssistantFte()), f.count(s.aiosCount()), f.plain(s.assistantFte()),
                f.yesNo(c.practice().trainingPractice()),
                f.count(c.practice().patients()), ages, f.percent(c.practice().shareOpslagwijkPct()),
                f.percent(c.growth().municipalGrowthPct()), f.count(c.growth().newDwellingsPerYear()), c.growth().dwellingYears(),
                f.plain(d.a.value(PERSONS_PER_DWELLING)), f.percent(c.growth().captureSharePct()), f.count(c.growth().leaversPerYear()),
                f.yesNo(c.growth().capAtCapacity()), d.chart("chart-patients", d.chartFactory.patientProjection(d.r), 85), rows);
    }
}
