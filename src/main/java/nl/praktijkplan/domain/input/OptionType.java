package nl.praktijkplan.domain.input;

/** The kinds of housing a practice can choose between. */
public enum OptionType {
    /** Stay in the current premises on the current rent. */
    STAY,
    /** Rent other premises. */
    RENT,
    /** Buy an existing building. */
    BUY_EXISTING,
    /** Build new premises (land plus construction). */
    NEW_BUILD,
    /** Renovate premises the practice owns or buys. */
    RENOVATE;

    /** Whether the practice owns the building in this option (and so finances and values it). */
    public boolean owned() {
        return this == BUY_EXISTING || this == NEW_BUILD || this == RENOVATE;
    }
}
