package nl.praktijkplan.domain.assumption;

/** How firmly a default is backed by its source. */
public enum Confidence {
    /** Published figure that applies as it is (a tariff, a tax rate). */
    HIGH,
    /** Published range or market practice; the case may well differ. */
    MEDIUM,
    /** Praktijkplan's own illustrative default where no source gives a figure: check it. */
    LOW
}
