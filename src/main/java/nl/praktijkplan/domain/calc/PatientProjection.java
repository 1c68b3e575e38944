package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.PATIENTS_PER_FTE;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.PERSONS_PER_DWELLING;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.Growth;
import nl.praktijkplan.domain.input.Practice;

/**
 * Patients who want to register with the practice, per plan year:
 * P(t) = P(t−1)·(1+g) + new dwellings(t) × persons per dwelling × capture share + inflow(t) − leavers,
 * capped at the GP capacity (GP FTE × patients per FTE, never below today's list) when the user says so.
 */
public final class PatientProjection {

    private final double[] patients; // index 0 = now, 1..H = end of plan year t

    public PatientProjection(Practice practice, double gpFte, Growth growth, Assumptions a) {
        int h = practice.horizonYears();
        patients = new double[h + 1];
        patients[0] = practice.patients();
        double g = growth.municipalGrowthPct() / 100;
        double fromDwellings = growth.newDwellingsPerYear() * a.value(PERSONS_PER_DWELLING) * growth.captureSharePct() / 100;
        double cap = Math.max(gpFte * a.value(PATIENTS_PER_FTE), practice.patients());
        for (int t = 1; t <= h; t++) {
            double p = patients[t - 1] * (1 + g) + (t <= growth.dwellingYears() ? fromDwellings : 0)
                    + (t <= growth.inflowYears() ? growth.inflowPerYear() : 0) - growth.leaversPerYear();
            p = Math.max(0, p);
            patients[t] = growth.capAtCapacity() ? Math.min(p, cap) : p;
        }
    }

    /** Patients at plan year t (0 = now). */
    public double patients(int t) {
        return patients[t];
    }
}
