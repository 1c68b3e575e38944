package nl.praktijkplan.domain.calc;

/**
 * One row of the liquidity forecast: a month, or (after the first 24 months) a block of up to twelve months.
 * Every flow is the amount of the period as a positive sum, except {@code operating}, which is negative when
 * the practice's operating cash flow is; the closing balance is
 * opening + operating − equity into the deposit − investment paid from cash + deposit released − old housing
 * − moving costs + contributions − debt service.
 *
 * @param firstMonth           first month of the period, counted from the decision (1 = the first month after it)
 * @param lastMonth            last month of the period (= firstMonth for a monthly row)
 * @param operating            operating cash flow: CFADS (before debt service) of the plan year / 12 per month
 * @param equityIntoDeposit    own money moved from the practice's cash into the construction deposit
 * @param investmentFromCash   purchase, works and construction interest the deposit could not pay
 * @param depositReleased      what is left in the deposit at the move, paid out to the practice
 * @param oldHousing           the old premises' housing costs during the overlap after the move
 * @param movingCosts          one-off moving costs
 * @param contributions        grants and the insurer's contribution received
 * @param debtService          interest and repayment of the loans from the move on
 * @param constructionInterest interest charged during construction on the part of the loan paid out (from the
 *                             deposit or, when it is empty, from cash: already inside the lines above)
 * @param depositBalance       money left in the construction deposit at the end of the period
 */
public record LiquidityPeriod(
        int firstMonth,
        int lastMonth,
        double openingBalance,
        double operating,
        double equityIntoDeposit,
        double investmentFromCash,
        double depositReleased,
        double oldHousing,
        double movingCosts,
        double contributions,
        double debtService,
        double constructionInterest,
        double closingBalance,
        double depositBalance) {

    /** The same flows over a longer period: the sum of {@code months}, from the first one's opening balance. */
    static LiquidityPeriod sum(java.util.List<LiquidityPeriod> months) {
        LiquidityPeriod first = months.get(0);
        LiquidityPeriod last = months.get(months.size() - 1);
        double operating = 0, equity = 0, fromCash = 0, released = 0, old = 0, moving = 0, contrib = 0, ds = 0, interest = 0;
        for (LiquidityPeriod m : months) {
            operating += m.operating;
            equity += m.equityIntoDeposit;
            fromCash += m.investmentFromCash;
            released += m.depositReleased;
            old += m.oldHousing;
            moving += m.movingCosts;
            contrib += m.contributions;
            ds += m.debtService;
            interest += m.constructionInterest;
        }
        return new LiquidityPeriod(first.firstMonth, last.lastMonth, first.openingBalance, operating, equity, fromCash,
                released, old, moving, contrib, ds, interest, last.closingBalance, last.depositBalance);
    }

    public boolean monthly() {
        return firstMonth == lastMonth;
    }
}
