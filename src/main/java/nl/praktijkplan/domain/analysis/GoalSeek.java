package nl.praktijkplan.domain.analysis;

import java.util.function.DoubleFunction;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;

/**
 * "How far can we go?": the highest purchase price, build cost per m² or rent per m² the bank's DSCR norm
 * still allows, and the equity that closes the financing gap. Each target is solved by bisection on the
 * engine itself, so the answer is exactly consistent with every other number of the product.
 *
 * <h2>The DSCR target, precisely</h2>
 * The engine never draws more than the max loan, which is at most the cash-flow limit
 * CFADS₁ / DSCR_min / (year-1 debt service per euro); so the DSCR of the loan it draws never falls below the
 * norm, and "the price at which DSCR equals the norm" must be defined on the loan the option <em>needs</em>:
 * <pre>
 *   need        = max(0, investment − contributions − equity available)          (the loan asked for)
 *   DSCR_need,1 = CFADS₁(need) / (need × year-1 debt service per euro)           (that loan financed in full)
 *   headroom    = cash-flow limit − need                                         (≥ 0 ⇔ DSCR_need,1 ≥ DSCR_min)
 * </pre>
 * Headroom ≥ 0 is the same as "cash-flow limit ≥ need". The price, build cost and rent targets are the
 * largest value with headroom ≥ 0: there the need equals the cash-flow limit and, when the collateral
 * (LTV) limit does not bind, the engine draws exactly the need and reports DSCR year 1 = the norm.
 * When the collateral limit binds ({@link Result#collateralLimitBinds()}), the bank lends less than the need:
 * DSCR is above the norm and a financing gap remains; {@link #equityNeeded} answers that question.
 * Without any need (equity and contributions cover the investment) the condition is CFADS₁ ≥ 0.
 * <p>
 * The search brackets the answer between 0 and a doubling upper bound and bisects until the bracket is
 * narrower than the tolerance ({@link #AMOUNT_TOLERANCE} euro for amounts, {@link #PER_M2_TOLERANCE} euro per m²).
 * The value returned lies on the feasible side: fed back into the case it meets the norm, and the value plus
 * the tolerance does not.
 */
public final class GoalSeek {

    /** Bracket width at which amounts (price, equity) are solved, in euros. */
    public static final double AMOUNT_TOLERANCE = 0.01;
    /** Bracket width at which per-m² values are solved, in euros per m². */
    public static final double PER_M2_TOLERANCE = 0.0001;
    private static final int MAX_DOUBLINGS = 60;

    /** What is sought. */
    public enum Target {
        /** Highest purchase price (koopsom, excl. transfer tax) of an owned option that meets the DSCR norm. */
        MAX_PURCHASE_PRICE,
        /** Highest build cost per m² (works / m², see {@link CaseVariations#withBuildCostPerM2}) of an owned option that meets the norm. */
        MAX_BUILD_COST_PER_M2,
        /** Highest rent per m² per year of a rent option at which CFADS year 1 still covers DSCR_min × the debt service of its need. */
        MAX_RENT_PER_M2,
        /** Smallest equity at which the option's financing gap is 0. */
        EQUITY_NEEDED
    }

    public enum Status {
        /** {@link Result#value()} is the answer. */
        SOLVED,
        /** The norm is met however high the value (e.g. equity covers any price): there is no maximum. */
        NO_LIMIT,
        /** The norm is not met even at 0 (e.g. CFADS is negative); {@link Result#value()} is NaN. */
        NOT_ATTAINABLE
    }

    /**
     * The answer.
     *
     * @param value                     the solved value (euros, or euros per m²); NaN unless {@link Status#SOLVED}
     * @param currentValue              the case's own value, for "you may pay up to € x more"
     * @param solvedCase                the case with the solved value filled in (the input case otherwise)
     * @param solvedOption              the engine's result for the option in {@code solvedCase}
     * @param dscrNorm                  the bank norm the case uses
     * @param dscrYear1OfNeed           CFADS₁ / debt service of the need financed in full, in the solved case; null without need
     * @param collateralLimitBinds      the collateral (LTV) limit is below the need in the solved case
     * @param evaluations               engine runs used
     */
    public record Result(Target target, int optionIndex, Status status, double value, double currentValue,
                         BusinessCase solvedCase, OptionResult solvedOption, double dscrNorm, Double dscrYear1OfNeed,
                         boolean collateralLimitBinds, int evaluations) {
    }

    private final BusinessCaseEngine engine;

    public GoalSeek(BusinessCaseEngine engine) {
        this.engine = engine;
    }

    /** The highest purchase price of owned option {@code optionIndex} at which financing its need meets the DSCR norm. */
    public Result maxPurchasePrice(BusinessCase c, int optionIndex) {
        requireType(c, optionIndex, true, Target.MAX_PURCHASE_PRICE);
        HousingOption o = c.options().get(optionIndex);
        return maximise(c, optionIndex, Target.MAX_PURCHASE_PRICE, o.purchasePrice(), AMOUNT_TOLERANCE,
                x -> CaseVariations.withPurchasePrice(c, optionIndex, x));
    }

    /** The highest build cost per m² of owned option {@code optionIndex} at which financing its need meets the DSCR norm. */
    public Result maxBuildCostPerM2(BusinessCase c, int optionIndex) {
        requireType(c, optionIndex, true, Target.MAX_BUILD_COST_PER_M2);
        HousingOption o = c.options().get(optionIndex);
        return maximise(c, optionIndex, Target.MAX_BUILD_COST_PER_M2, CaseVariations.buildCostPerM2(o), PER_M2_TOLERANCE,
                x -> CaseVariations.withBuildCostPerM2(c, optionIndex, x));
    }

    /** The highest rent per m² of rent option {@code optionIndex} at which CFADS₁ ≥ DSCR_min × debt service of its need. */
    public Result maxRentPerM2(BusinessCase c, int optionIndex) {
        requireType(c, optionIndex, false, Target.MAX_RENT_PER_M2);
        HousingOption o = c.options().get(optionIndex);
        return maximise(c, optionIndex, Target.MAX_RENT_PER_M2, o.rentPerM2(), PER_M2_TOLERANCE,
                x -> CaseVariations.withRentPerM2(c, optionIndex, x));
    }

    /**
     * The smallest equity at which option {@code optionIndex} has no financing gap (to within
     * {@link #AMOUNT_TOLERANCE}): investment + BMKB fee − contributions − max loan. The extra equity to find is
     * {@code value − currentValue} when positive. The max loan does not depend on the equity; the BMKB fee does
     * (less loan, less guarantee), which is why this is solved rather than read off the gap.
     */
    public Result equityNeeded(BusinessCase c, int optionIndex) {
        BusinessCase single = CaseVariations.onlyOption(c, optionIndex);
        int[] evaluations = {0};
        DoubleFunction<OptionResult> at = e -> {
            evaluations[0]++;
            return engine.compute(CaseVariations.withEquityAvailable(single, e)).options().get(0);
        };
        double current = c.financing().equityAvailable();
        double lo = 0;
        double value;
        OptionResult atZero = at.apply(lo);
        if (atZero.financing().financingGap() <= 0) {
            value = 0;
        } else {
            // with equity above the investment nothing is borrowed, so there is no fee and no gap
            double hi = Math.max(1, atZero.investmentTotal() + 1);
            int doublings = 0;
            while (at.apply(hi).financing().financingGap() > 0 && doublings++ < MAX_DOUBLINGS) {
                lo = hi;
                hi *= 2;
            }
            while (hi - lo > AMOUNT_TOLERANCE) {
                double mid = lo + (hi - lo) / 2;
                if (at.apply(mid).financing().financingGap() > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            value = hi;
        }
        return result(Target.EQUITY_NEEDED, optionIndex, Status.SOLVED, value, current,
                CaseVariations.withEquityAvailable(c, value), evaluations[0]);
    }

    /**
     * The DSCR headroom of an option's result: how far the cash-flow limit exceeds the need, in euros of loan
     * (see the class comment). The cash-flow limit is the largest loan whose year-1 debt service, with its own
     * interest deducted for tax, CFADS covers DSCR_min times; so headroom ≥ 0 means that financing the need in full
     * meets the norm. Without any need it is the year-1 CFADS (which must not be negative).
     */
    public static double headroom(BusinessCase c, OptionResult r) {
        double need = r.financing().need();
        return need > 0 ? r.financing().maxByCashFlow() - need : r.financing().cfadsYear1();
    }

    /** DSCR of year 1 with the need financed in full (its interest deducted for tax); null without need. */
    public static Double dscrYear1OfNeed(BusinessCase c, OptionResult r) {
        return r.financing().dscrYear1OfNeed();
    }

    private Result maximise(BusinessCase c, int optionIndex, Target target, double current, double tolerance,
                            DoubleFunction<BusinessCase> variation) {
        int[] evaluations = {0};
        DoubleFunction<Boolean> meetsNorm = x -> {
            evaluations[0]++;
            BusinessCase v = CaseVariations.onlyOption(variation.apply(x), optionIndex);
            return headroom(v, engine.compute(v).options().get(0)) >= 0;
        };
        if (!meetsNorm.apply(0)) {
            return result(target, optionIndex, Status.NOT_ATTAINABLE, Double.NaN, current, c, evaluations[0]);
        }
        double lo = 0;
        double hi = Math.max(current, 1000);
        int doublings = 0;
        while (meetsNorm.apply(hi)) {
            if (doublings++ >= MAX_DOUBLINGS) {
                return result(target, optionIndex, Status.NO_LIMIT, Double.NaN, current, c, evaluations[0]);
            }
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > tolerance) {
            double mid = lo + (hi - lo) / 2;
            if (meetsNorm.apply(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return result(target, optionIndex, Status.SOLVED, lo, current, variation.apply(lo), evaluations[0]);
    }

    private Result result(Target target, int optionIndex, Status status, double value,
                          double current, BusinessCase solved, int evaluations) {
        OptionResult r = engine.compute(CaseVariations.onlyOption(solved, optionIndex)).options().get(0);
        Double collateral = r.financing().maxByCollateral();
        boolean binds = collateral != null && collateral < r.financing().need();
        return new Result(target, optionIndex, status, value, current, solved, r, CaseVariations.dscrNorm(solved),
                dscrYear1OfNeed(solved, r), binds, evaluations + 1);
    }

    private static void requireType(BusinessCase c, int optionIndex, boolean owned, Target target) {
        OptionType type = c.options().get(optionIndex).type();
        if (owned ? !type.owned() : type != OptionType.RENT) {
            throw new IllegalArgumentException(target + " applies to " + (owned ? "owned" : "rent") + " options, not to "
                    + type);
        }
    }
}
