package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.praktijkplan.domain.input.Relocation;

/**
 * The liquiditeitsbegroting of one option (DOMAIN rule 9): the practice's cash, month by month from the decision
 * to the end of the plan horizon, shown monthly for the first {@value #MONTHLY_MONTHS} months and per twelve
 * months after that. Built from the engine's results; it adds only the timing within the year.
 *
 * <p>Month 1 is the first month after the decision; the construction runs in months 1..C
 * ({@code constructionMonths}) and the practice moves at the start of month C + 1, the first month of plan year 1
 * (plan year t covers months C + 12(t − 1) + 1 .. C + 12t). Each line is timed as follows:
 * <ul>
 *   <li><b>Opening cash</b> at the start of month 1, including the own money that goes into the project.</li>
 *   <li><b>Construction deposit (bouwdepot)</b>: in month 1 the equity used moves from the cash into the deposit and
 *       the whole loan is paid into it. Purchase price, transfer tax, land, buyer's costs and the BMKB fee are paid in
 *       month 1; the works (construction, medical extras, renovation, fit-out and their non-recoverable VAT) in equal
 *       draws over the C construction months (in month 1 without construction). Payments come out of the deposit while
 *       it holds money (own money first, then the loan), the rest out of the cash: a financing gap, or a grant that
 *       arrives after the works are paid, shows as a dip in the cash.</li>
 *   <li><b>Interest during construction</b>: in each construction month, the loan's monthly rate on the part of the
 *       loan paid out of the deposit after that month's draws; it is paid like a draw. The money still in the deposit
 *       is taken to earn what the loan costs, so only the paid-out part costs interest. The budget's "financing costs
 *       during construction" are the deposit's reserve for it, not a separate payment. What is left in the deposit at
 *       the move is paid out to the practice in the month of the move.</li>
 *   <li><b>Operating cash flow</b>: before the move the practice runs as now (the stay baseline's year-1 CFADS / 12 a
 *       month); from the move on the option's plan-year CFADS / 12 a month, so the new premises' revenue, costs and
 *       patient ramp-up start at the move. CFADS is before debt service, after tax and drawings, so the twelve months of
 *       plan year t add up to the engine's CFADS of year t.</li>
 *   <li><b>Old housing costs</b>: the stay baseline's year-1 housing costs / 12 in each of the {@code overlapMonths}
 *       months from the move on, beside the new premises' costs that are already in the CFADS.</li>
 *   <li><b>Moving costs</b> in the month of the move.</li>
 *   <li><b>Grants and the insurer's contribution</b> in month {@code contributionsMonth} (month 1 when it is 0, the
 *       last month when it lies beyond the horizon).</li>
 *   <li><b>Debt service</b> from the move on: the plan year's debt service / 12 a month.</li>
 * </ul>
 * Construction interest, old housing costs and moving costs lie outside the yearly exploitatie: their tax effect is
 * left out (prudent). The lowest month-end balance is checked against a buffer norm.
 */
public final class LiquidityForecast {

    /** Months shown one by one; after them the forecast is shown per twelve months. */
    public static final int MONTHLY_MONTHS = 24;

    /**
     * What the forecast takes from the engine's results for one option.
     *
     * @param paidAtStart     purchase price, transfer tax, land, buyer's costs, BMKB fee and the existing loans the new
     *                        financing pays off (month 1)
     * @param works           works and their non-recoverable VAT, drawn over the construction months
     * @param interestReserve the budget line for financing costs during construction, put in the deposit
     * @param loan            all new lending: the main loan and the loan parts
     * @param monthlyRate     the monthly interest rate of that lending, for interest during construction
     * @param cfads           CFADS of plan years 1..H (index 0 = year 1)
     * @param debtService     debt service of plan years 1..H
     * @param cfadsBeforeMove yearly CFADS in the current premises, for the months before the move
     * @param debtServiceBeforeMove yearly debt service of the existing loans that run on, for the months before the move
     * @param oldHousing      yearly housing costs of the current premises, for the overlap months
     * @param bufferNorm      the lowest balance the practice should keep
     */
    record Plan(double openingCash, Relocation relocation, double paidAtStart, double works, double interestReserve,
                double loan, double equityUsed, double contributions, double monthlyRate, double[] cfads,
                double[] debtService, double cfadsBeforeMove, double debtServiceBeforeMove, double oldHousing,
                double bufferNorm) {
    }

    private final List<LiquidityPeriod> months;
    private final List<LiquidityPeriod> periods;
    private final int moveMonth;
    private final double bufferNorm;
    private final LiquidityPeriod lowest;

    LiquidityForecast(Plan p) {
        this.months = Collections.unmodifiableList(months(p));
        this.moveMonth = Math.max(0, p.relocation().constructionMonths()) + 1;
        this.bufferNorm = p.bufferNorm();
        List<LiquidityPeriod> rows = new ArrayList<>(months.subList(0, Math.min(MONTHLY_MONTHS, months.size())));
        for (int from = MONTHLY_MONTHS; from < months.size(); from += 12) {
            rows.add(LiquidityPeriod.sum(months.subList(from, Math.min(from + 12, months.size()))));
        }
        this.periods = Collections.unmodifiableList(rows);
        LiquidityPeriod low = months.get(0);
        for (LiquidityPeriod m : months) {
            if (m.closingBalance() < low.closingBalance()) {
                low = m;
            }
        }
        this.lowest = low;
    }

    /**
     * The forecast of an option from the engine's results.
     *
     * @param beforeMove   year 1 in the current premises (the stay baseline): operating cash flow before the move and
     *                     the old housing costs during the overlap
     * @param existingDebtServiceYear1 year-1 debt service of the existing loans this option does not refinance
     * @param bufferMonths the buffer norm in months of year-1 costs and debt service
     */
    static LiquidityForecast of(double openingCash, Relocation relocation, InvestmentBudget budget, LoanCapacity financing,
                                double monthlyRate, List<OperatingYear> years, OperatingYear beforeMove,
                                double existingDebtServiceYear1, double bufferMonths) {
        int h = years.size();
        double[] cfads = new double[h];
        double[] ds = new double[h];
        for (int t = 0; t < h; t++) {
            cfads[t] = years.get(t).cfads();
            ds[t] = years.get(t).debtService();
        }
        OperatingYear y1 = years.get(0);
        double monthlyOutgoings = (y1.gpLabourCost() + y1.staffAndOtherCosts() + y1.housingCosts() + y1.debtService()) / 12;
        return new LiquidityForecast(new Plan(openingCash, relocation,
                budget.purchasePrice() + budget.transferTax() + budget.landCost() + budget.buyerCosts() + financing.bmkbFee()
                        + financing.refinancedDebts(),
                budget.works() + budget.nonRecoverableVat(), budget.constructionFinancingCosts(),
                financing.newLending(),
                financing.equityUsed(), financing.contributions(), monthlyRate, cfads, ds, beforeMove.cfads(),
                existingDebtServiceYear1, beforeMove.housingCosts(), bufferMonths * monthlyOutgoings));
    }

    private static List<LiquidityPeriod> months(Plan p) {
        Relocation r = p.relocation();
        int c = Math.max(0, r.constructionMonths());
        int move = c + 1;
        int n = c + 12 * p.cfads().length;
        int contributionsMonth = Math.min(n, Math.max(1, r.contributionsMonth()));
        double deposit = 0;
        double paidFromDeposit = 0;
        double cash = p.openingCash();
        List<LiquidityPeriod> list = new ArrayList<>(n);
        for (int m = 1; m <= n; m++) {
            double opening = cash;
            double equityIn = m == 1 ? p.equityUsed() : 0;
            if (m == 1) {
                deposit += p.equityUsed() + p.loan();
            }
            double draws = (m == 1 ? p.paidAtStart() : 0) + (m <= Math.max(1, c) ? p.works() / Math.max(1, c) : 0);
            double fromDeposit = Math.min(deposit, draws);
            deposit -= fromDeposit;
            paidFromDeposit += fromDeposit;
            double fromCash = draws - fromDeposit;
            double interest = 0;
            if (m <= c) {
                double loanPaidOut = Math.min(p.loan(), Math.max(0, paidFromDeposit - p.equityUsed()));
                interest = loanPaidOut * p.monthlyRate();
                double interestFromDeposit = Math.min(deposit, interest);
                deposit -= interestFromDeposit;
                paidFromDeposit += interestFromDeposit;
                fromCash += interest - interestFromDeposit;
            }
            double released = 0;
            if (m == move) {
                released = deposit;
                deposit = 0;
            }
            boolean moved = m >= move;
            int planYear = moved ? (m - move) / 12 : -1;
            double operating = (moved ? p.cfads()[planYear] : p.cfadsBeforeMove()) / 12;
            double oldHousing = moved && m < move + Math.max(0, r.overlapMonths()) ? p.oldHousing() / 12 : 0;
            double moving = m == move ? r.movingCosts() : 0;
            double contributions = m == contributionsMonth ? p.contributions() : 0;
            double debtService = (moved ? p.debtService()[planYear] : p.debtServiceBeforeMove()) / 12;
            cash = opening + operating - equityIn - fromCash + released - oldHousing - moving + contributions - debtService;
            list.add(new LiquidityPeriod(m, m, opening, operating, equityIn, fromCash, released, oldHousing, moving,
                    contributions, debtService, interest, cash, deposit));
        }
        return list;
    }

    /** Every month from the decision to the end of the horizon. */
    public List<LiquidityPeriod> months() {
        return months;
    }

    /** The rows to show: months 1..{@value #MONTHLY_MONTHS}, then blocks of twelve months. */
    public List<LiquidityPeriod> periods() {
        return periods;
    }

    /** The month in which the practice moves (construction months + 1). */
    public int moveMonth() {
        return moveMonth;
    }

    /** The lowest month-end balance. */
    public double lowestCash() {
        return lowest.closingBalance();
    }

    /** The (first) month with the lowest month-end balance. */
    public int lowestCashMonth() {
        return lowest.lastMonth();
    }

    /** The buffer the practice should keep: the catalogue's months × year-1 costs and debt service / 12. */
    public double bufferNorm() {
        return bufferNorm;
    }

    public boolean meetsBuffer() {
        return lowestCash() >= bufferNorm;
    }
}
