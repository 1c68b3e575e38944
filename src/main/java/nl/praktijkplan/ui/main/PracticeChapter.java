package nl.praktijkplan.ui.main;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.input.DossierLanguage;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.FirstFrame;
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
        f.number("practice.ageMix.under65Pct", "field.ageUnder65", Kind.PERCENT);
        f.number("practice.ageMix.age65to74Pct", "field.age65to74", Kind.PERCENT);
        f.number("practice.ageMix.age75to84Pct", "field.age75to84", Kind.PERCENT);
        f.number("practice.ageMix.age85plusPct", "field.age85plus", Kind.PERCENT);
        f.number("practice.shareOpslagwijkPct", "field.shareOpslagwijk", Kind.PERCENT);
        f.choice(() -> "dossierLanguage", "field.dossierLanguage", DossierLanguage.class);
        javafx.scene.layout.VBox inputs = column(intro("intro.practice"), f.node());
        // The sections below the first screen follow the start-up window's first frame (they are half its controls).
        FirstFrame.after(inputs, () -> inputs.getChildren().add(lowerSections().node()));

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.patients");
        fig.add("res-patients-now", "result.patientsNow", r -> n.format(r.projection().get(0).patients(), 0));
        fig.add("res-patients-end", () -> i18n.t("result.patientsEnd", lastYear(vm.result())), r -> n.format(last(r).patients(), 0));
        fig.add("res-fte-end", "result.gpFteEnd", r -> n.format(last(r).gpFteNeeded(), 2));
        fig.add("res-places-added", "result.placesAdded", r -> n.format(InsurerImpact.of(r, r.preferred()).placesAdded(), 0));
        fig.add("res-extra-patients", "result.extraPatients", r -> n.format(r.preferred().extraPatientsVsStay(), 0));
        ChartBox chart = new ChartBox(vm, charts::patientsAndSpace, "chart-patients");
        return new Chapter.Body(inputs, column(fig.node(), chart.node()));
    }

    /** Holders and legal form, past years, staffing and growth. */
    private Form lowerSections() {
        Form f = form();
        f.section("section.holders");
        f.choice(() -> "practice.legalForm", "field.legalForm", LegalForm.class);
        f.check(() -> "practice.selfEmployedDeduction", "field.selfEmployedDeduction");
        f.add(new ListEditor(vm, i18n, "practice.holders", "list.holder", "list.holder.add", "list.holder.remove", 1,
                PracticeChapter::newHolder, (h, item) -> {
                    h.text(() -> item + ".name", "field.holder.name");
                    h.number(item + ".profitSharePct", "field.holder.share", Kind.PERCENT);
                    h.number(item + ".gpFte", "field.holder.fte", Kind.DECIMAL);
                    h.number(item + ".directorSalary", "field.holder.salary", Kind.MONEY);
                }).node());
        f.section("section.pastYears");
        f.add(new PastYearsSection(vm, i18n).node());
        f.section("section.staffing");
        f.number("staffing.employedGpFte", "field.employedGpFte", Kind.DECIMAL);
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
        f.number("growth.inflowPerYear", "field.inflow", Kind.DECIMAL);
        f.number("growth.inflowYears", "field.inflowYears", Kind.INTEGER);
        f.check(() -> "growth.capAtCapacity", "field.capAtCapacity");
        f.assumption(AssumptionKeys.PERSONS_PER_DWELLING);
        f.assumption(AssumptionKeys.PATIENTS_PER_FTE);
        return f;
    }

    private static ObjectNode newHolder() {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("name", "");
        h.put("profitSharePct", 0);
        h.put("gpFte", 1.0);
        h.put("directorSalary", 0);
        return h;
    }
}
