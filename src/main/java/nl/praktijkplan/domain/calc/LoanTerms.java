package nl.praktijkplan.domain.calc;

import nl.praktijkplan.domain.input.RepaymentType;

/**
 * A bank loan as Dutch banks quote it: monthly payments at the nominal yearly rate / 12.
 *
 * @param annualRate      nominal yearly rate as a fraction (0.05 for 5%)
 * @param balloonFraction part of the principal still outstanding at the end of the term (slottermijn)
 */
public record LoanTerms(double annualRate, int termYears, RepaymentType repayment, double balloonFraction) {

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
        double m = monthlyRate();
        int n = termMonths();
        if (m == 0) {
            return (1 - balloonFraction) / n;
        }
        double discount = Math.pow(1 + m, -n);
        return (1 - balloonFraction * discount) * m / (1 - discount);
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
