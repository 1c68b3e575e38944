package nl.praktijkplan.domain.input;

/**
 * How an owned building is split for depreciation. A null share takes the catalogue's default
 * (overridable per case like any assumption).
 *
 * @param landSharePct      land inside a purchase price, in percent (not depreciated); new builds enter land as its own line
 * @param wozValue          WOZ value for the bodemwaarde; 0 means: the market value
 * @param shellPct          building shell (casco) share of the depreciable base, in percent
 * @param installationsPct  installations share, in percent
 * @param fitOutPct         fit-out share, in percent
 */
public record TaxBasis(Double landSharePct, double wozValue, Double shellPct, Double installationsPct, Double fitOutPct) {

    public static final TaxBasis DEFAULTS = new TaxBasis(null, 0, null, null, null);
}
