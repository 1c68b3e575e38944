package nl.praktijkplan.domain.calc;

/**
 * One year of the exploitatie and cash-flow projection of one housing option.
 * EBITDA = revenue − GP labour − staff and other costs − housing costs;
 * profit before tax = EBITDA − depreciation − interest (− the directors' salaries in a BV);
 * CFADS = EBITDA − tax − drawings (a BV's directors' salaries are its holders' drawings).
 *
 * @param patientsServed average list of the year, on which revenue is paid
 * @param tax            income tax of the holders (box 1) or corporate tax of the BV
 * @param dscr           CFADS / debt service; null in a year without debt service
 * @param ltv            balance at the start of the year / market value at the start of the year; null without a value
 */
public record OperatingYear(
        int year,
        int calendarYear,
        double patientsServed,
        double revenue,
        double gpLabourCost,
        double staffAndOtherCosts,
        double housingCosts,
        double ebitda,
        double depreciation,
        double interest,
        double profitBeforeTax,
        double tax,
        double drawings,
        double cfads,
        double principalRepaid,
        double debtService,
        double balanceEnd,
        Double dscr,
        double marketValueStart,
        Double ltv) {

    /** Net result after tax: for the holders of an eenmanszaak or maatschap, their income after income tax. */
    public double netResult() {
        return profitBeforeTax - tax;
    }
}
