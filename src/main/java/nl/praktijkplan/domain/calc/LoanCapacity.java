package nl.praktijkplan.domain.calc;

/**
 * What a bank will lend for one option, and how the investment is financed.
 *
 * @param cfadsYear1        CFADS of year 1 with the interest of the loan drawn deducted for tax
 * @param maxDebtService    CFADS year 1 / DSCR_min
 * @param maxByCashFlow     the largest loan whose year-1 debt service the year-1 CFADS (with that loan's interest
 *                          deducted) covers DSCR_min times
 * @param maxByCollateral   LTV_max × market value (raised by a BMKB guarantee); null when nothing is owned
 * @param need              the main loan the option asks for: investment + debts refinanced − contributions − equity
 *                          available − loan parts, at least 0
 * @param loan              the main loan actually drawn: investment + BMKB fee − equity − contributions − loan parts,
 *                          at most the max loan
 * @param equityUsed        own money put in
 * @param loanParts         the loan parts drawn beside the main loan (see {@link LoanParts})
 * @param refinancedDebts   balance of existing debts paid off from the new financing (a use of funds)
 * @param bmkbGuaranteed    the part of the loan guaranteed by the state (0 without BMKB)
 * @param bmkbYears         years the guarantee runs: the loan's term, at most 12 for a building, 6 otherwise (RVO)
 * @param bmkbFeeRate       the one-off fee as a fraction of the guaranteed part, by the guarantee's term in quarters
 * @param bmkbFee           one-off BMKB fee, paid at t = 0
 * @param financingGap      investment + fee − equity − max loan − contributions, at least 0
 * @param dscrYear1OfNeed   DSCR of year 1 if the need were lent in full, on total debt service (interest deducted);
 *                          null without debt service
 */
public record LoanCapacity(
        double cfadsYear1,
        double maxDebtService,
        double maxByCashFlow,
        Double maxByCollateral,
        double need,
        double maxLoan,
        double loan,
        double equityUsed,
        double contributions,
        double loanParts,
        double refinancedDebts,
        double bmkbGuaranteed,
        int bmkbYears,
        double bmkbFeeRate,
        double bmkbFee,
        double financingGap,
        Double dscrYear1OfNeed) {

    /** All new lending: the main loan and the loan parts beside it. */
    public double newLending() {
        return loan + loanParts;
    }
}
