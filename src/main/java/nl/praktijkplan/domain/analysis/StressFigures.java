package nl.praktijkplan.domain.analysis;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * What a stress shows for one option (DOMAIN rule 8): the loan it was computed with, the lowest DSCR in the fixed-rate
 * period and after it, the cash shortfall, the financing gap and the plan's verdict.
 *
 * @param dscrMinFixedPeriod lowest DSCR in the fixed-rate period; null without debt service
 * @param dscrMinAfterFixed  lowest DSCR in the years with debt service after the fixed-rate period (where a refinancing
 *                           stress shows); null when there are none
 * @param cashShortfall      see {@link OptionResult#cashShortfall()}
 */
public record StressFigures(double loan, Double dscrMinFixedPeriod, Double dscrMinAfterFixed, double cashShortfall,
                            double gap, FinancingVerdict verdict) {

    /** @param fixedRateYears the fixed-rate period in years (assumption {@code loan.fixedRateYears}) */
    public static StressFigures of(OptionResult r, int fixedRateYears) {
        Double after = null;
        for (OperatingYear y : r.years().subList(Math.min(fixedRateYears, r.years().size()), r.years().size())) {
            if (y.dscr() != null) {
                after = after == null ? y.dscr() : Math.min(after, y.dscr());
            }
        }
        return new StressFigures(r.financing().loan(), r.verdict().lowestDscrFixedPeriod(), after, r.cashShortfall(),
                r.financing().financingGap(), r.verdict());
    }

    /** The figures of a case's option, the fixed-rate period as the case sees it. */
    static StressFigures of(OptionResult r, BusinessCase c) {
        return of(r, (int) Math.round(CaseVariations.assumption(c, AssumptionKeys.FIXED_RATE_YEARS)));
    }
}
