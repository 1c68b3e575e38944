package nl.praktijkplan.domain.calc;

/**
 * One year of the exploitatie and cash-flow projection of one housing option.
 * CFADS = result before interest and depreciation − income tax − private drawings.
 *
 * @param dscr CFADS / debt service; null in a year without debt service
 * @param ltv  balance at the start of the year / market value at the start of the year; null without a value
 */
public record OperatingYear(
        int year,
        int calendarYear,
        double patientsServed,
        double revenue,
        double housingCosts,
        double otherCosts,
        double ebitda,
        double depreciation,
        double incomeTax,
        double drawings,
        double cfads,
        double interest,
        double principalRepaid,
        double debtService,
        double balanceEnd,
        Double dscr,
        double marketValueStart,
        Double ltv) {
}
