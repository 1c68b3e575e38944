package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * The practice's side of the financing. Rate, term and bank norms are assumptions
 * (with sources) that the case may override; a bank profile sets several of them at once.
 *
 * @param balloonPct    part of the loan still outstanding at the end of the term (slottermijn), in percent
 * @param useBmkb       apply for the BMKB state guarantee on part of the loan
 * @param starter       the practice is a starter (higher BMKB share, lower maximum)
 * @param bankProfile   name of the bank profile the norms were taken from; empty: the catalogue's generic norms
 * @param existingDebts loans the practice already has
 * @param openingCash   cash in the practice at the decision, for the liquidity forecast
 */
public record Financing(
        RepaymentType repayment,
        double balloonPct,
        double equityAvailable,
        boolean useBmkb,
        boolean starter,
        String bankProfile,
        List<ExistingDebt> existingDebts,
        double openingCash) {

    public Financing {
        existingDebts = List.copyOf(existingDebts);
    }
}
