package nl.praktijkplan.domain.assumption;

/**
 * A named default with its provenance: the product never uses a number it cannot trace.
 *
 * @param year     the year the figure applies to or was published
 * @param min      lowest value a case may set (an override outside [min, max] is refused)
 * @param max      highest value a case may set
 */
public record Assumption(
        String key,
        double value,
        Unit unit,
        int year,
        Confidence confidence,
        double min,
        double max,
        String labelNl,
        String labelEn,
        String source) {

    public boolean allows(double candidate) {
        return Double.isFinite(candidate) && candidate >= min && candidate <= max;
    }

    public String label(boolean dutch) {
        return dutch ? labelNl : labelEn;
    }
}
