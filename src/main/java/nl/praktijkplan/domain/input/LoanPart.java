package nl.praktijkplan.domain.input;

/**
 * A loan part the practice agrees for one option beside the option's main loan, which the bank sizes at "as much as
 * allowed". A bank lends a fit-out or equipment over a shorter term than the building, and a bridge loan until a
 * sale or a grant comes in; each part has its own amount, rate and terms and counts in total debt service.
 *
 * @param amount     euros agreed; drawn only as far as the option still needs money after own funds and contributions
 * @param ratePct    yearly interest rate in the fixed-rate period, in percent
 * @param fixedYears years the rate is fixed; 0 or at least the term: fixed for the whole term. After it the case's
 *                   refinancing rate applies, as for the main loan
 * @param balloonPct part of the amount still outstanding at the end of the term, in percent (100: interest only)
 */
public record LoanPart(LoanPurpose purpose, double amount, double ratePct, int termYears, int fixedYears,
                       RepaymentType repayment, double balloonPct) {
}
