package nl.praktijkplan.ui.main;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/** Chapter 1, the practice and its patients: practice, staffing and growth inputs beside the patient projection. */
final class PracticeChapter extends ChapterParts {

    PracticeChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        f.section("section.practice");
        f.text(() -> "caseName", "field.caseName");
        f.text(() -> "practice.name", "field.practiceName");
        f.text(() -> "practice.municipality", "field.municipality");
        f.number("practice.startYear", "field.startYear", Kind.YEAR);
        f.number("practice.horizonYears", "field.horizonYears", Kind.INTEGER);
        f.number("practice.patients", "field.patients", Kind.INTEGER);
        f.number("practice.share65PlusPct", "field.share65Plus", Kind.PERCENT);
        f.number("practice.shareOpslagwijkPct", "field.shareOpslagwijk", Kind.PERCENT);
        f.section("section.staffing");
        f.number("staffing.gpFte", "field.gpFte", Kind.DECIMAL);
        f.number("staffing.pohSomaticFte", "field.pohSomaticFte", Kind.DECIMAL);
        f.number("staffing.pohMentalFte", "field.pohMentalFte", Kind.DECIMAL);
        f.number("staffing.physicianAssistantFte", "field.physicianAssistantFte", Kind.DECIMAL);
        f.number("staffing.aiosCount", "field.aiosCount", Kind.INTEGER);
        f.number("staffing.assistantFte", "field.assistantFte", Kind.DECIMAL);
        f.section("section.growth");
        f.number("growth.municipalGrowthPct", "field.municipalGrowth", Kind.PERCENT);
        f.number("growth.newDwellingsPerYear", "field.newDwellings", Kind.DECIMAL);
        f.number("growth.dwellingYears", "field.dwellingYears", Kind.INTEGER);
        f.number("growth.captureSharePct", "field.captureShare", Kind.PERCENT);
        f.number("growth.leaversPerYear", "field.leavers", Kind.DECIMAL);
        f.check(() -> "growth.capAtCapacity", "field.capAtCapacity");
        f.assumption(AssumptionKeys.PERSONS_PER_DWELLING);
        f.assumption(AssumptionKeys.PATIENTS_PER_FTE);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.patients");
        fig.add("res-patients-now", "result.patientsNow", r -> n.format(r.projection().get(0).patients(), 0));
        fig.add("res-patients-end", () -> i18n.t("result.patientsEnd", lastYear(vm.result())), r -> n.format(last(r).patients(), 0));
        fig.add("res-fte-end", "result.gpFteEnd", r -> n.format(last(r).gpFteNeeded(), 2));
        fig.add("res-extra-patients", "result.extraPatients", r -> n.format(r.preferred().extraPatientsVsStay(), 0));
        ChartBox chart = new ChartBox(vm, charts, charts::patientsAndSpace, "chart-patients");
        return new Chapter.Body(column(intro("intro.practice"), f.node()), column(fig.node(), chart.node()));
    }
}
