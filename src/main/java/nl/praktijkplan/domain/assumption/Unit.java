package nl.praktijkplan.domain.assumption;

/** Units of assumption values. Percentages are stored as percent (5.0 means 5%). */
public enum Unit {
    EUR, EUR_PER_QUARTER, EUR_PER_M2, M2, PATIENTS, PERCENT, YEARS, MONTHS, COUNT, FACTOR, RATIO;

    public boolean isPercent() {
        return this == PERCENT;
    }
}
