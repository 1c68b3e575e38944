package nl.praktijkplan.domain.input;

/**
 * A contracted segment-3 arrangement with the insurer (M&amp;I, a start-up allowance, a temporary compensation):
 * revenue of {@code amountPerYear} in each of {@code years} calendar years from {@code startYear}.
 */
public record Segment3Arrangement(String name, double amountPerYear, int startYear, int years) {

    public boolean activeIn(int calendarYear) {
        return calendarYear >= startYear && calendarYear < startYear + years;
    }
}
