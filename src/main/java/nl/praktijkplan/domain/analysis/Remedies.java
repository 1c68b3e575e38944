package nl.praktijkplan.domain.analysis;

import java.util.function.DoubleFunction;
import java.util.function.IntPredicate;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * What would make a plan that does not close, close (DOMAIN rule 7): each remedy is found by bisection on the engine's
 * own verdict, so it agrees with every other number. Each is the least change on its own, the others unchanged.
 *
 * @param equityNeeded         own money at which the plan closes; null when no amount does
 * @param insurerContribution  insurer contribution (maatwerk) at which the plan closes; null when no amount does
 * @param highestPrice         highest purchase price at which the plan closes (owned options with a price); null otherwise
 * @param termYearsNeeded      shortest loan term, in whole years up to {@value #MAX_TERM}, at which the plan closes;
 *                             null when no term does
 */
public record Remedies(Double equityNeeded, Double insurerContribution, Double highestPrice, Integer termYearsNeeded) {

    private static final int MAX_TERM = 40;
    private static final double TOLERANCE = 1;
    private static final int MAX_DOUBLINGS = 40;

    /** The remedies for option {@code optionIndex}; for a plan that already closes every remedy is its current value. */
    public static Remedies of(BusinessCaseEngine engine, BusinessCase c, int optionIndex) {
        BusinessCase single = CaseVariations.onlyOption(c, optionIndex);
        DoubleFunction<Boolean> closesWithEquity = e -> closes(engine, CaseVariations.withEquityAvailable(single, e));
        DoubleFunction<Boolean> closesWithInsurer = k -> closes(engine, CaseVariations.withInsurerContribution(single, 0, k));
        Double equity = smallest(closesWithEquity, single.financing().equityAvailable());
        Double insurer = smallest(closesWithInsurer, single.options().get(0).contributions().insurer());
        Double price = null;
        if (single.options().get(0).type().owned() && single.options().get(0).purchasePrice() > 0) {
            price = largest(p -> closes(engine, CaseVariations.withPurchasePrice(single, 0, p)));
        }
        return new Remedies(equity, insurer, price, shortestTerm(engine, single));
    }

    /** A longer term lowers the yearly debt service: bisect the whole years 1..MAX_TERM for the shortest that closes. */
    private static Integer shortestTerm(BusinessCaseEngine engine, BusinessCase single) {
        IntPredicate closesAt = years -> closes(engine,
                CaseVariations.withAssumption(single, AssumptionKeys.LOAN_TERM, years));
        if (!closesAt.test(MAX_TERM)) {
            return null;
        }
        int lo = 0;
        int hi = MAX_TERM;
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (closesAt.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean closes(BusinessCaseEngine engine, BusinessCase c) {
        OptionResult r = engine.compute(c).options().get(0);
        return r.verdict().closes();
    }

    /** The smallest amount ≥ 0 at which the plan closes, if more of it never hurts; the current value when it closes. */
    private static Double smallest(DoubleFunction<Boolean> closesAt, double current) {
        if (closesAt.apply(current)) {
            return current;
        }
        return boundary(closesAt, current, Math.max(current * 2, 10_000), true);
    }

    /** The largest amount ≥ 0 at which the plan closes, if less of it never hurts; null when not even 0 does. */
    private static Double largest(DoubleFunction<Boolean> closesAt) {
        return closesAt.apply(0) ? boundary(closesAt, 0, 100_000, false) : null;
    }

    /**
     * From {@code start}, where closing is {@code !closesAbove}, doubles {@code hi} until the answer flips, then bisects
     * to {@link #TOLERANCE}; returns the closing side of the boundary, or null when no amount flips it.
     */
    private static Double boundary(DoubleFunction<Boolean> closesAt, double start, double firstHi, boolean closesAbove) {
        double lo = start;
        double hi = firstHi;
        for (int i = 0; closesAt.apply(hi) != closesAbove; i++) {
            if (i >= MAX_DOUBLINGS) {
                return null;
            }
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > TOLERANCE) {
            double mid = lo + (hi - lo) / 2;
            if (closesAt.apply(mid) == closesAbove) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return closesAbove ? hi : lo;
    }
}
