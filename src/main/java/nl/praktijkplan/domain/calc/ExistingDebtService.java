package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.input.ExistingDebt;

/**
 * The practice's loans from before the plan, year by year: what they cost in interest and debt service beside the new
 * loan (DOMAIN rule 5: a bank counts total debt service). Debts marked for refinancing are paid off from the new
 * financing instead: their balance is a use of funds and they cost nothing more.
 */
public final class ExistingDebtService {

    private final List<AmortisationSchedule> kept = new ArrayList<>();
    private final double refinancedBalance;

    /** @param refinancing whether this option's new financing pays off the debts marked for refinancing */
    ExistingDebtService(List<ExistingDebt> debts, boolean refinancing, int horizonYears) {
        double refinanced = 0;
        for (ExistingDebt d : debts) {
            if (refinancing && d.refinance()) {
                refinanced += d.balance();
            } else {
                kept.add(new AmortisationSchedule(d.balance(),
                        LoanTerms.fixedForTerm(d.ratePct() / 100, d.remainingYears(), d.repayment(), 0), horizonYears));
            }
        }
        this.refinancedBalance = refinanced;
    }

    /** Balance of the debts the new financing pays off (a use of funds at t = 0). */
    public double refinancedBalance() {
        return refinancedBalance;
    }

    /** Interest on the debts that run on, in plan year t (1-based). */
    public double interest(int t) {
        return kept.stream().mapToDouble(s -> s.years().get(t - 1).interest()).sum();
    }

    /** Interest and principal on the debts that run on, in plan year t (1-based). */
    public double debtService(int t) {
        return kept.stream().mapToDouble(s -> s.years().get(t - 1).debtService()).sum();
    }

    /** Principal repaid on the debts that run on, in plan year t (1-based). */
    public double principal(int t) {
        return kept.stream().mapToDouble(s -> s.years().get(t - 1).principal()).sum();
    }

    /** What the debts that run on still owe at the end of plan year t; today's balance at t = 0. */
    public double balanceEnd(int t) {
        return kept.stream().mapToDouble(s -> s.balanceAfterYear(t)).sum();
    }
}
