package nl.praktijkplan.domain.input;

/**
 * A loan the practice already pays off (goodwill, equipment, an earlier building loan). It counts in total debt
 * service unless it is refinanced into the new loan, in which case its balance is a use of the new financing.
 *
 * @param balance        outstanding principal today, in euros
 * @param ratePct        yearly interest rate, in percent
 * @param remainingYears years until it is paid off
 * @param refinance      pay it off from the new financing
 */
public record ExistingDebt(String lender, double balance, double ratePct, int remainingYears, RepaymentType repayment,
                           boolean refinance) {
}
