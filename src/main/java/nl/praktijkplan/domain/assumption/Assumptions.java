package nl.praktijkplan.domain.assumption;

import java.util.Map;

/**
 * The catalogue as one case sees it: its defaults with the case's overrides applied.
 * Percent values are returned as fractions by {@link #rate(String)}.
 */
public final class Assumptions {

    private final AssumptionCatalogue catalogue;
    private final Map<String, Double> overrides;

    public Assumptions(AssumptionCatalogue catalogue, Map<String, Double> overrides) {
        this.catalogue = catalogue;
        this.overrides = Map.copyOf(overrides);
        for (String key : overrides.keySet()) {
            catalogue.get(key); // fail fast on a key the catalogue does not know
        }
    }

    /** The value in its own unit (a percentage as percent). */
    public double value(String key) {
        Double o = overrides.get(key);
        return o != null ? o : catalogue.get(key).value();
    }

    /** A percentage assumption as a fraction (5.0% → 0.05). */
    public double rate(String key) {
        Assumption a = catalogue.get(key);
        if (!a.unit().isPercent()) {
            throw new IllegalArgumentException(key + " is not a percentage");
        }
        return value(key) / 100.0;
    }

    public int whole(String key) {
        return (int) Math.round(value(key));
    }

    public boolean isOverridden(String key) {
        return overrides.containsKey(key);
    }

    public AssumptionCatalogue catalogue() {
        return catalogue;
    }
}
