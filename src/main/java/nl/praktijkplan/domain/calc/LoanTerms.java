package nl.praktijkplan.domain.calc;

import nl.praktijkplan.domain.input.RepaymentType;

/**
 * A bank loan as Dutch banks quote it: monthly payments at the nominal yearly rate / 12. The rate is fixed for
 * {@code fixedYears}; after that the loan runs on at the refinancing rate (an annuity's payment is then set anew on
 * the balance and the months left).
 *
 * @param annualRate      nominal yearly rate during the fixed-rate period, as a fraction (0.05 for 5%)
 * @param balloonFraction part of the principal still outstanding at the end of the term (slottermijn)
 * @param fixedYears      years the rate is fixed
 * @param refinanceRate   nominal yearly rate after the fixed-rate period, as a fraction
 */
public record LoanTerms(double annualRate, int termYears, RepaymentType repayment, double balloonFraction,
                        int fixedYears, double refinanceRate) {

    /** A loan whose rate is fixed for its whole term. */
    public static LoanTerms fixedForTerm(double annualRate, int termYears, RepaymentType repayment, double balloonFraction) {
        return new LoanTerms(annualRate, termYears, repayment, balloonFraction, termYears, annualRate);
    }

    /** The same loan with another yearly rate after the fixed-rate period. */
    public LoanTerms withRefinanceRate(double rate) {
        return new LoanTerms(annualRate, termYears, repayment, balloonFraction, fixedYears, rate);
    }

    /** Months at the fixed rate; from the month after, the refinancing rate applies. */
    public int fixedMonths() {
        return fixedYears * 12;
    }

    public double monthlyRate() {
        return annualRate / 12.0;
    }

    public int termMonths() {
        return termYears * 12;
    }

    /**
     * The fixed monthly payment of an annuity per euro of principal:
     * (1 − b·(1+m)^−N) · m / (1 − (1+m)^−N), which leaves the balloon b outstanding after N months.
     */
    public double annuityPaymentPerEuro() {
        return annuityPayment(1, balloonFraction, monthlyRate(), termMonths());
    }

    /** The fixed monthly payment that brings {@code balance} down to {@code balloon} in {@code months} at rate m. */
    static double annuityPayment(double balance, double balloon, double m, int months) {
        if (m == 0) {
            return (balance - balloon) / months;
        }
        double discount = Math.pow(1 + m, -months);
        return (balance - balloon * discount) * m / (1 - discount);
    }

    /**
     * Debt service of the first year (12 payments) per euro of principal. Debt service is linear in the
     * principal for both repayment types, so the largest loan a budget allows is budget / this.
     */
    public double yearOneDebtServicePerEuro() {
        if (repayment == RepaymentType.ANNUITY) {
            return 12 * annuityPaymentPerEuro();
        }
        // Linear: principal (1−b)/N a month; interest m × balance, the balance falling by (1−b)/N each month:
        // Σ_{k=1..12} m·(1 − (k−1)(1−b)/N) = m·(12 − 66·(1−b)/N).
        double step = (1 - balloonFraction) / termMonths();
        return 12 * step + monthlyRate() * (12 - 66 * step);
    }
}
