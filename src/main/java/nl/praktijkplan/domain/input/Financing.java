package nl.praktijkplan.domain.input;

/**
 * The practice's side of the financing. Rate, term and bank norms are assumptions
 * (with sources) that the case may override.
 *
 * @param balloonPct   part of the loan still outstanding at the end of the term (slottermijn), in percent
 * @param useBmkb      apply for the BMKB state guarantee on part of the loan
 * @param starter      the practice is a starter (higher BMKB share, lower maximum)
 */
public record Financing(
        RepaymentType repayment,
        double balloonPct,
        double equityAvailable,
        boolean useBmkb,
        boolean starter) {
}
