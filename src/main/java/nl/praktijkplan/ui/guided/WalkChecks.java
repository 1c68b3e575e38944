package nl.praktijkplan.ui.guided;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The walk's warnings in plain words, over the domain's result: a list per GP FTE far above the normpraktijk, and a
 * location whose m² are too small at the start or run out within a few years. Pure logic, tested without a screen.
 */
final class WalkChecks {

    /**
     * A list this far above the normpraktijk per FTE is called out. Lists differ with the population around the
     * norm (an average); a quarter above it means the plan's GP costs and rooms rest on doctors who are not there.
     */
    static final double FAR_ABOVE_NORM = 1.25;
    /** A location that is too small within this many plan years is no solution to a space problem. */
    static final int YEARS_AHEAD = 5;

    private WalkChecks() {
    }

    /** The warning about patients per GP FTE, or null when the list is near the norm. */
    static String listPerFte(BusinessCaseResult r, I18n i18n) {
        BusinessCase c = r.input();
        NumberFormats n = i18n.numbers();
        int patients = c.practice().patients();
        double norm = r.assumptions().value(AssumptionKeys.PATIENTS_PER_FTE);
        String needed = n.format(r.projection().get(0).gpFteNeeded(), 2);
        Double perFte = c.patientsPerGpFteNow();
        if (perFte == null) {
            return i18n.t("guided.check.noFte", n.format(patients, 0), n.format(norm, 0), needed);
        }
        if (perFte <= norm * FAR_ABOVE_NORM) {
            return null;
        }
        return i18n.t("guided.check.listPerFte", n.format(patients, 0), n.format(c.gpFteNow(), 2), n.format(perFte, 0),
                n.format(norm, 0), needed);
    }

    /** The warning when a location's m² are below the need in year 1 or run out within {@link #YEARS_AHEAD} years; null otherwise. */
    static String space(BusinessCaseResult r, OptionResult o, I18n i18n) {
        Integer out = o.spaceRunsOutYear();
        int start = r.input().practice().startYear();
        if (out == null || out >= start + YEARS_AHEAD) {
            return null;
        }
        NumberFormats n = i18n.numbers();
        double need = r.projection().stream().filter(y -> y.calendarYear() == out).mapToDouble(ProjectionYear::m2Needed)
                .findFirst().orElse(r.projection().get(1).m2Needed());
        String name = o.option().name();
        String area = n.format(o.areaM2(), 0);
        return out <= start
                ? i18n.t("guided.check.spaceTooSmall", name, area, String.valueOf(start), n.format(need, 0))
                : i18n.t("guided.check.spaceRunsOut", name, area, String.valueOf(out), n.format(need, 0),
                        n.format(o.capacityPatients(), 0));
    }
}
