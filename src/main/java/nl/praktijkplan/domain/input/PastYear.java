package nl.praktijkplan.domain.input;

/**
 * One past financial year from the practice's annual accounts, as a bank asks for them (usually the last three).
 *
 * @param year    the calendar year of the accounts
 * @param revenue the year's revenue (omzet)
 * @param costs   the year's costs, everything but the holders' own profit (incl. depreciation and interest)
 * @param balance the balance sheet at the end of the year; null when not given
 */
public record PastYear(int year, double revenue, double costs, BalanceSheet balance) {

    /** The result of the year: revenue − costs (for an eenmanszaak or maatschap: the holders' profit before tax). */
    public double result() {
        return revenue - costs;
    }
}
