package nl.praktijkplan.domain.input;

/**
 * The inputs for the market value of an owned building. An appraisal, when entered, takes precedence
 * ({@link ValuationMethod#APPRAISAL}).
 *
 * @param marketRentPerM2 market rent per m² per year (also the rent of the "rent instead" comparison)
 * @param yieldPct        gross (BAR) or net (NAR) initial yield, in percent; 0 means: use the assumption
 * @param yieldBasis      whether the yield is quoted k.k. or von
 * @param appraisedValue  value from an appraisal report
 * @param appraisalDate   date of the appraisal report (ISO yyyy-mm-dd), empty if none
 * @param appraiser       who appraised (name, firm, register number), empty if none
 * @param appraisalBasis  whether the appraised value is the market value or the forced-sale value
 */
public record Valuation(ValuationMethod method, double marketRentPerM2, double yieldPct, YieldBasis yieldBasis,
                        double appraisedValue, String appraisalDate, String appraiser, AppraisalBasis appraisalBasis) {

    /** A valuation by income capitalisation with the yield quoted k.k. and no appraisal. */
    public static Valuation byYield(ValuationMethod method, double marketRentPerM2, double yieldPct) {
        return new Valuation(method, marketRentPerM2, yieldPct, YieldBasis.KK, 0, "", "", AppraisalBasis.MARKET_VALUE);
    }

    public Valuation withMarketRentPerM2(double rent) {
        return new Valuation(method, rent, yieldPct, yieldBasis, appraisedValue, appraisalDate, appraiser, appraisalBasis);
    }

    public Valuation withYieldPct(double yield) {
        return new Valuation(method, marketRentPerM2, yield, yieldBasis, appraisedValue, appraisalDate, appraiser, appraisalBasis);
    }
}
