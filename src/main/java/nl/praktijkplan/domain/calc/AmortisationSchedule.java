package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.praktijkplan.domain.input.RepaymentType;

/**
 * The monthly amortisation schedule of one loan over the plan horizon. After the term, a balloon that is
 * still outstanding is assumed to be refinanced interest-only at the same rate until the horizon. A schedule may
 * reset the rate after a number of years (the end of the fixed-rate period): from then on interest runs at the new
 * rate, and an annuity is recomputed over the months left so that it still ends at the balloon.
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
        this(principal, terms, horizonYears, horizonYears, terms.annualRate());
    }

    /**
     * A schedule whose rate becomes {@code rateAfterReset} (nominal yearly, as a fraction) after
     * {@code resetAfterYears} years; with the loan's own rate it is the same schedule as without a reset.
     */
    public AmortisationSchedule(double principal, LoanTerms terms, int horizonYears, int resetAfterYears,
                                double rateAfterReset) {
        this.principal = principal;
        this.terms = terms;
        this.months = Collections.unmodifiableList(buildMonths(principal, terms, horizonYears * 12, resetAfterYears * 12,
                rateAfterReset / 12.0));
        this.years = Collections.unmodifiableList(sumYears(months, horizonYears));
    }

    private static List<Month> buildMonths(double principal, LoanTerms terms, int horizonMonths, int resetMonth,
                                           double monthlyRateAfterReset) {
        List<Month> list = new ArrayList<>(horizonMonths);
        double m = terms.monthlyRate();
        int n = terms.termMonths();
        double annuity = principal * terms.annuityPaymentPerEuro();
        double linearPrincipal = principal * (1 - terms.balloonFraction()) / n;
        double balance = principal;
        for (int k = 1; k <= horizonMonths; k++) {
            if (k == resetMonth + 1 && monthlyRateAfterReset != m) {
                m = monthlyRateAfterReset;
                annuity = annuityOver(balance, principal * terms.balloonFraction(), m, n - resetMonth);
            }
            double interest = balance * m;
            double repaid;
            if (k > n) {
                repaid = 0; // interest-only on the balloon after the term
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

    /** The monthly payment that takes {@code balance} down to {@code balloon} in {@code months} months at monthly rate m. */
    private static double annuityOver(double balance, double balloon, double m, int months) {
        if (months <= 0) {
            return 0; // the term has ended: the balloon runs interest-only
        }
        if (m == 0) {
            return (balance - balloon) / months;
        }
        double discount = Math.pow(1 + m, -months);
        return (balance - balloon * discount) * m / (1 - discount);
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
