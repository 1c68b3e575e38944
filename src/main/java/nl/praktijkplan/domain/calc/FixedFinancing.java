package nl.praktijkplan.domain.calc;

import java.util.List;

import nl.praktijkplan.domain.input.BusinessCase;

/**
 * The agreed financing plan of one option, taken from its base result (DOMAIN rule 8): a stress on the plan keeps the
 * loan, its terms (term, repayment, balloon, fixed-rate years, refinancing rate), the loan parts as drawn with their own
 * terms, the own money, the contributions, the
 * existing debts it refinances and the BMKB guarantee with its term and fee, and lets the varied case show what they
 * can and cannot carry. The rate of the fixed-rate period is the varied case's loan rate (so a rate stress acts on the
 * agreed loan); after the fixed-rate period the plan's refinancing rate applies, raised by {@code refinanceRateIncrease}.
 *
 * @param terms                 the base loan's terms; its rate in the fixed-rate period is replaced by the varied case's
 * @param equity                own money of the plan: the equity the base case says is available
 * @param refinancedDebts       balance of the existing debts the plan pays off (a use of funds)
 * @param refinanceRateIncrease added to the refinancing rate after the fixed-rate period, as a fraction (0.02 for 2 pp)
 */
public record FixedFinancing(double loan, LoanTerms terms, List<LoanParts.Drawn> loanParts, double equity,
                             double contributions, double refinancedDebts,
                             double bmkbGuaranteed, int bmkbYears, double bmkbFeeRate, double bmkbFee,
                             double refinanceRateIncrease) {

    /** The plan the base case agreed for one option: its result's loan drawn and terms, the case's own money. */
    public static FixedFinancing of(BusinessCase base, OptionResult option) {
        LoanCapacity f = option.financing();
        return new FixedFinancing(f.loan(), option.schedule().terms(), option.loanParts().drawn(),
                base.financing().equityAvailable(),
                f.contributions(), f.refinancedDebts(), f.bmkbGuaranteed(), f.bmkbYears(), f.bmkbFeeRate(), f.bmkbFee(), 0);
    }

    /** The same plan with the rate {@code increase} (a fraction) higher after the fixed-rate period. */
    public FixedFinancing withRefinanceRateIncrease(double increase) {
        return new FixedFinancing(loan, terms, loanParts, equity, contributions, refinancedDebts, bmkbGuaranteed, bmkbYears,
                bmkbFeeRate, bmkbFee, increase);
    }

    /** The plan's terms with {@code rate} in the fixed-rate period and the raised refinancing rate after it. */
    LoanTerms termsAt(double rate) {
        return new LoanTerms(rate, terms.termYears(), terms.repayment(), terms.balloonFraction(), terms.fixedYears(),
                terms.refinanceRate() + refinanceRateIncrease);
    }
}
