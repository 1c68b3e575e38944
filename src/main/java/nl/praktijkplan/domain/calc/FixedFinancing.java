package nl.praktijkplan.domain.calc;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * The agreed financing plan of one option, taken from its base result (DOMAIN rule 8): a stress on the plan keeps the
 * loan, its term, repayment and balloon, the own money, the contributions and the BMKB guarantee and fee, and lets the
 * varied case show what they can and cannot carry. The rate of the fixed-rate period is the varied case's loan rate (so
 * a rate stress acts on the agreed loan); after the fixed-rate period the rate rises by {@code refinanceRateIncrease}.
 *
 * @param equity                own money of the plan: the equity the base case says is available
 * @param refinanceRateIncrease added to the loan rate after the fixed-rate period, as a fraction (0.02 for 2 pp)
 */
public record FixedFinancing(double loan, int termYears, RepaymentType repayment, double balloonFraction, double equity,
                             double contributions, double bmkbGuaranteed, double bmkbFee, double refinanceRateIncrease) {

    /** The plan the base case agreed for one option: its result's loan drawn and terms, the case's own money. */
    public static FixedFinancing of(BusinessCase base, OptionResult option) {
        LoanCapacity f = option.financing();
        LoanTerms terms = option.schedule().terms();
        return new FixedFinancing(f.loan(), terms.termYears(), terms.repayment(), terms.balloonFraction(),
                base.financing().equityAvailable(), f.contributions(), f.bmkbGuaranteed(), f.bmkbFee(), 0);
    }

    /** The same plan with the rate {@code increase} (a fraction) higher after the fixed-rate period. */
    public FixedFinancing withRefinanceRateIncrease(double increase) {
        return new FixedFinancing(loan, termYears, repayment, balloonFraction, equity, contributions, bmkbGuaranteed, bmkbFee,
                increase);
    }
}
