package nl.praktijkplan.domain.calc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.*;

/** Builders for small cases whose results can be derived by hand. */
final class TestCases {
    private TestCases() {
    }

    static BusinessCase lhv() {
        return SampleCases.load("lhv-bouwadvies.json");
    }

    static BusinessCase withOverrides(BusinessCase c, Map<String, Double> overrides) {
        Map<String, Double> all = new HashMap<>(c.assumptionOverrides());
        all.putAll(overrides);
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(), all, c.notes());
    }

    static BusinessCase withOptions(BusinessCase c, List<HousingOption> options) {
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), options, 0, c.region(), c.assumptionOverrides(), c.notes());
    }

    static BusinessCase withFinancing(BusinessCase c, Financing f) {
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), f, c.options(), c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
    }

    static BusinessCase withHorizon(BusinessCase c, int years) {
        return c.withPractice(c.practice().withHorizonYears(years));
    }

    /** An owned option with only a price, buyer's costs and a BAR valuation: no taxes, no owner costs. */
    static HousingOption simpleBuy(double area, double price, double buyerCosts, double marketRentPerM2, double barPct) {
        return new HousingOption("Koop", OptionType.BUY_EXISTING, area, 0, 0, 0, price, PurchaseTax.NONE, 0, 0, 0, 0, 0,
                true, buyerCosts, 0, Valuation.byYield(ValuationMethod.BAR, marketRentPerM2, barPct), 0, 0,
                Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
    }

    /**
     * An option for the generated financing mixes: 300 m² (180 €/m² rent if rented), a price and a renovation (a
     * quarter of it as the tenant's fit-out), transfer tax, 15,000 buyer's costs, a BAR valuation at 6.5%.
     */
    static HousingOption mixOption(OptionType type, double price, double renovation, double marketRentPerM2,
                                   Contributions contributions, List<LoanPart> parts) {
        return new HousingOption("x", type, 300, 180, 10, renovation / 4, price, PurchaseTax.TRANSFER_TAX, 0,
                0, 0, renovation, 0, true, 15_000, 0, Valuation.byYield(ValuationMethod.BAR, marketRentPerM2, 6.5), 1, 6,
                contributions, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", type == OptionType.STAY ? List.of() : parts);
    }

    /** The LHV sample with one option and the mix's financing: an existing 8-year annuity at 5%, paid off or kept. */
    static BusinessCase mixCase(HousingOption option, double equity, boolean bmkb, boolean starter, double debt, boolean refinance) {
        return withFinancing(withOptions(lhv(), List.of(option)), new Financing(RepaymentType.ANNUITY, 0, equity, bmkb,
                starter, "", List.of(new ExistingDebt("goodwill", debt, 5, 8, RepaymentType.ANNUITY, refinance)), 0));
    }
}
