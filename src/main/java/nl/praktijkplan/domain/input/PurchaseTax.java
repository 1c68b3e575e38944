package nl.praktijkplan.domain.input;

/** How the tax on acquiring a building is treated. */
public enum PurchaseTax {
    /** Overdrachtsbelasting on the purchase price (existing non-residential property). */
    TRANSFER_TAX,
    /** A new building within two years of first use: 21% VAT, already included in the price. */
    VAT_INCLUDED,
    /** No tax on acquisition (e.g. the practice already owns the building). */
    NONE
}
