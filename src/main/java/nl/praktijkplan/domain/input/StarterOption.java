package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * The option a user starts from when adding one (or in a new case): round, typical figures of its kind, so that the
 * option computes at once and shows which fields to fill in. They are starting points to overwrite with the
 * practice's own quotes, not sourced assumptions: rent € 200/m² + € 20/m² service costs; buying € 2,400/m² plus
 * € 800/m² renovation; new build € 250/m² land, € 2,800/m² construction, € 200/m² medical extras, € 350/m² fit-out;
 * market rents € 190–200/m² for the valuation.
 */
public final class StarterOption {

    private StarterOption() {
    }

    /** An option of {@code type} with {@code m2} (ignored for stay, which takes the current premises). */
    public static HousingOption of(OptionType type, String name, double m2) {
        return switch (type) {
            case RENT -> new HousingOption(name, type, m2, 200, 20, 50_000, 0, PurchaseTax.NONE, 0, 0, 0, 0, 0, true, 0, 0,
                    Valuation.byYield(ValuationMethod.BAR, 0, 0), 0, 0, Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
            case STAY -> new HousingOption(name, type, 0, 0, 0, 0, 0, PurchaseTax.NONE, 0, 0, 0, 0, 0, true, 0, 0,
                    Valuation.byYield(ValuationMethod.BAR, 0, 0), 0, 0, Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
            case BUY_EXISTING, RENOVATE -> new HousingOption(name, type, m2, 0, 0, 0, 2_400 * m2, PurchaseTax.TRANSFER_TAX, 0, 0,
                    0, 800 * m2, 0, true, 15_000, 0, Valuation.byYield(ValuationMethod.BAR, 190, 0), 1.5, 6, Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
            case NEW_BUILD -> new HousingOption(name, type, m2, 0, 0, 0, 0, PurchaseTax.NONE, 250 * m2, 2_800 * m2, 200 * m2, 0,
                    350 * m2, true, 15_000, 20_000, Valuation.byYield(ValuationMethod.BAR, 200, 0), 1.0, 6, Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
        };
    }
}
