package nl.praktijkplan.domain.calc;

/** Demand in one plan year (0 = now): patients who want to register, GP FTE and m² they need. */
public record ProjectionYear(int year, int calendarYear, double patients, double gpFteNeeded, double m2Needed) {
}
