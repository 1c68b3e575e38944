package nl.praktijkplan.domain.input;

/**
 * Whether an initial yield is quoted on the price without buyer's costs (kosten koper) or on the price with them
 * (vrij op naam). Banks lend on the market value k.k., so a von yield is converted:
 * value k.k. = market rent / yield / (1 + buyer's costs).
 */
public enum YieldBasis {
    /** Kosten koper: rent ÷ price excluding transfer tax, notary and valuation. */
    KK,
    /** Vrij op naam: rent ÷ price including the buyer's costs. */
    VON
}
