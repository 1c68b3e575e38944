package nl.praktijkplan.domain.input;

/**
 * Practice costs other than housing, for year 1 at today's patient count.
 * Part of them is fixed; the rest grows with the number of patients served.
 */
public record OperatingCosts(double otherCostsYear1) {
}
