package nl.praktijkplan.domain.input;

/**
 * The inputs for the market value of an owned building.
 *
 * @param marketRentPerM2 market rent per m² per year (also the rent of the "rent instead" comparison)
 * @param yieldPct        gross (BAR) or net (NAR) initial yield, in percent; 0 means: use the assumption
 * @param appraisedValue  value from an appraisal report (used with {@link ValuationMethod#APPRAISAL})
 */
public record Valuation(ValuationMethod method, double marketRentPerM2, double yieldPct, double appraisedValue) {
}
