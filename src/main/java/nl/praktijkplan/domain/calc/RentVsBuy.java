package nl.praktijkplan.domain.calc;

import java.util.List;

/**
 * Cost of an option over the horizon at the discount rate, and for an owned option the comparison with
 * renting the same m² at its market rent. Costs are after tax (the tax the deductible housing items save is
 * subtracted), with the pre-tax figures beside them. Cumulative costs are discounted to t = 0; for buying, the
 * cumulative cost at year t counts the equity that a sale at the end of year t would free
 * (value × (1 − selling costs) − loan outstanding), so that the curves show when buying becomes cheaper.
 *
 * @param npvCost                 after tax
 * @param npvCostPreTax           the same before tax
 * @param cumulativeCost          after tax, index t = 0..H
 * @param cumulativeRentReference after tax, index t = 0..H; empty for rent and stay options
 * @param breakEvenYear           first calendar year in which buying is not dearer than renting; null if none
 * @param breakEvenRentPerM2      year-1 rent per m² at which renting costs the same as buying over the horizon, after tax;
 *                                null when buying is cheaper even at no rent, or when not solved (Monte Carlo draws)
 * @param breakEvenRentPerM2PreTax the same before tax (linear in the rent: market rent + (buy − rent) / Σ m² × index / discount)
 */
public record RentVsBuy(
        double npvCost,
        double npvCostPreTax,
        Double npvRentReference,
        Double npvRentReferencePreTax,
        Integer breakEvenYear,
        Double breakEvenRentPerM2,
        Double breakEvenRentPerM2PreTax,
        List<Double> cumulativeCost,
        List<Double> cumulativeRentReference) {
}
