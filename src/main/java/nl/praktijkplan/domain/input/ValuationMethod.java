package nl.praktijkplan.domain.input;

/** How the market value of an owned building is established. */
public enum ValuationMethod {
    /** Market rent divided by the gross initial yield (BAR). */
    BAR,
    /** Market rent less owner costs, divided by the net initial yield (NAR). */
    NAR,
    /** A value from an appraisal report (taxatie) entered by the user. */
    APPRAISAL
}
