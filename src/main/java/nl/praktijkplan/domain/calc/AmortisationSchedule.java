package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.praktijkplan.domain.input.RepaymentType;

/**
 * The monthly amortisation schedule of one loan over the plan horizon. After the fixed-rate period the refinancing
 * rate applies: a linear loan keeps its monthly principal, an annuity gets the payment that repays the balance to the
 * balloon in the months left. After the term, a balloon that is still outstanding is assumed to be refinanced
 * interest-only until the horizon.
 */
public final class AmortisationSchedule {

    /** One monthly instalment; {@code month} counts from 1. */
    public record Month(int month, double payment, double interest, double principal, double balanceAfter) {
    }

    /** The sums of the twelve months of plan year {@code year} (1-based). */
    public record Year(int year, double interest, double principal, double balanceEnd) {
        public double debtService() {
            return interest + principal;
        }
    }

    private final double principal;
    private final LoanTerms terms;
    private final List<Month> months;
    private final List<Year> years;

    public AmortisationSchedule(double principal, LoanTerms terms, int horizonYears) {
        this.principal = principal;
        this.terms = terms;
        this.months = Collections.unmodifiableList(buildMonths(principal, terms, horizonYears * 12));
        this.years = Collections.unmodifiableList(sumYears(months, horizonYears));
    }

    private static List<Month> buildMonths(double principal, LoanTerms terms, int horizonMonths) {
        List<Month> list = new ArrayList<>(horizonMonths);
        double m = terms.monthlyRate();
        int n = terms.termMonths();
        int fixed = terms.fixedMonths();
        double balloon = principal * terms.balloonFraction();
        double annuity = principal * terms.annuityPaymentPerEuro();
        double linearPrincipal = principal * (1 - terms.balloonFraction()) / n;
        double balance = principal;
        for (int k = 1; k <= horizonMonths; k++) {
            if (k == fixed + 1) {
                m = terms.refinanceRate() / 12.0;
                if (k <= n) {
                    annuity = LoanTerms.annuityPayment(balance, balloon, m, n - fixed);
                }
            }
            double interest = balance * m;
            double repaid;
            if (k > n) {
                repaid = 0; // interest-only on the balloon after the term
            } else if (k == n) {
                repaid = balance - balloon; // the last payment leaves exactly the balloon, without rounding noise
            } else if (terms.repayment() == RepaymentType.ANNUITY) {
                repaid = annuity - interest;
            } else {
                repaid = linearPrincipal;
            }
            balance -= repaid;
            list.add(new Month(k, interest + repaid, interest, repaid, balance));
        }
        return list;
    }

    private static List<Year> sumYears(List<Month> months, int horizonYears) {
        List<Year> list = new ArrayList<>(horizonYears);
        for (int y = 1; y <= horizonYears; y++) {
            double interest = 0;
            double repaid = 0;
            for (int k = (y - 1) * 12; k < y * 12; k++) {
                interest += months.get(k).interest();
                repaid += months.get(k).principal();
            }
            list.add(new Year(y, interest, repaid, months.get(y * 12 - 1).balanceAfter()));
        }
        return list;
    }

    public double principal() {
        return principal;
    }

    public LoanTerms terms() {
        return terms;
    }

    public List<Month> months() {
        return months;
    }

    public List<Year> years() {
        return years;
    }

    /** Balance outstanding at the end of plan year {@code year}; the principal at year 0. */
    public double balanceAfterYear(int year) {
        return year == 0 ? principal : years.get(year - 1).balanceEnd();
    }
}
