package nl.praktijkplan.domain.calc;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.assumption.Assumptions;

/**
 * The bank's norms a result is judged by, as the case's assumptions set them: the minimum DSCR and the maximum
 * loan-to-value (percent). The one place that decides whether a ratio meets a norm (status bar and dossier alike).
 */
public record BankNorms(double dscrMin, double ltvMaxPct) {

    /** LTV is a ratio of two amounts; a loan exactly at the limit must not fail on rounding. */
    private static final double LTV_TOLERANCE_PCT = 1e-9;

    public static BankNorms of(Assumptions a) {
        return new BankNorms(a.value(AssumptionKeys.DSCR_MIN), a.value(AssumptionKeys.LTV_MAX));
    }

    /** Whether a DSCR meets the minimum; null when there is no DSCR (no debt service). */
    public Boolean dscrMet(Double dscr) {
        return dscr == null ? null : dscr >= dscrMin;
    }

    /** Whether an LTV (a fraction: 0.7 = 70%) stays within the maximum; null when nothing is borrowed on property. */
    public Boolean ltvMet(Double ltv) {
        return ltv == null ? null : ltv * 100 <= ltvMaxPct + LTV_TOLERANCE_PCT;
    }
}
