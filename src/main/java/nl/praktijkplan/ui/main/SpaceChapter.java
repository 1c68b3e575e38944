package nl.praktijkplan.ui.main;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/** Chapter 2, the space needed: the space method, the current premises and the norms beside the space needed per year. */
final class SpaceChapter extends ChapterParts {

    SpaceChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        f.section("section.spaceMethod");
        f.choice(() -> "practice.spaceMethod", "field.spaceMethod", SpaceMethod.class);
        f.check(() -> "practice.trainingPractice", "field.trainingPractice");
        f.number("practice.lowSesUpliftPct", "field.lowSesUplift", Kind.PERCENT);
        f.number("practice.efficiencyGainPct", "field.efficiencyGain", Kind.PERCENT);
        f.section("section.current");
        f.number("currentPremises.areaM2", "field.currentArea", Kind.M2);
        f.number("currentPremises.rentPerM2", "field.currentRent", Kind.MONEY_PER_M2);
        f.number("currentPremises.serviceCostsPerM2", "field.currentService", Kind.MONEY_PER_M2);
        f.section("section.norms");
        f.assumption(AssumptionKeys.NORM_M2);
        f.assumption(AssumptionKeys.NORM_PATIENTS);
        f.assumption(AssumptionKeys.BVO_FACTOR);

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.space");
        fig.add("res-m2-now", "result.m2Now", r -> m2(r.projection().get(0).m2Needed()));
        fig.add("res-m2-year1", () -> i18n.t("result.m2Year", String.valueOf(vm.result().projection().get(1).calendarYear())),
                r -> m2(r.projection().get(1).m2Needed()));
        fig.add("res-m2-end", () -> i18n.t("result.m2Year", lastYear(vm.result())), r -> m2(last(r).m2Needed()));
        fig.add("res-m2-current", "result.m2Current", r -> m2(r.currentAreaM2()));
        fig.add("res-space-runs-out", "result.spaceRunsOut", r -> year(r.spaceRunsOutYear()));
        fig.add("res-capacity-current", "result.capacityCurrent", r -> n.format(r.stay().capacityPatients(), 0));
        ChartBox chart = new ChartBox(vm, charts::patientsAndSpace, "chart-space");
        return new Chapter.Body(column(intro("intro.space"), f.node()), column(fig.node(), chart.node()));
    }
}
