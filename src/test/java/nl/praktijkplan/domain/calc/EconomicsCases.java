package nl.praktijkplan.domain.calc;

import java.util.List;
import java.util.Map;

import nl.praktijkplan.domain.input.*;

/**
 * A small practice whose economics can be followed by hand: 2,000 patients all under 65 in 2026 (the last published
 * tariff year, so year 1 is not indexed), no module fees, 4 GP consults per patient, one holder (eenmanszaak,
 * 1.0 FTE), € 200,000 of staff and other costs, € 60,000 drawings, and one rented option of 400 m² without rent
 * (room for 400 × 2,439 / 190 = 5,134.7 patients, so the list can grow).
 */
final class EconomicsCases {

    private EconomicsCases() {
    }

    static BusinessCase plain() {
        Practice practice = new Practice("Praktijk", "Stad", 2026, 10, 2_000, new AgeMix(100, 0, 0, 0), 0, SpaceMethod.NORM,
                false, 0, 0, LegalForm.EENMANSZAAK, List.of(new Holder("H", 100, 1.0, 0)), true);
        Staffing staffing = new Staffing(0, 0.5, 0, 0, 0, 1.5);
        Income income = new Income(IncomeMethod.TARIFFS, 0, 0, 0, 2026, 0, false, false, 4.0, List.of());
        return new BusinessCase("Casus", practice, staffing, new CurrentPremises(150, 0, 0),
                new Growth(0, 0, 0, 0, 0, false, 0, 0), income, new OperatingCosts(200_000), new PrivateFinances(60_000),
                new Financing(RepaymentType.ANNUITY, 0, 0, false, false, "", List.of(), 0), List.of(rent(400, 0, 0)), 0,
                RegionContext.EMPTY, Map.of(), "");
    }

    static HousingOption rent(double area, double tenantFitOut, double rentPerM2) {
        return new HousingOption("Huur", OptionType.RENT, area, rentPerM2, 0, tenantFitOut, 0, PurchaseTax.NONE, 0, 0, 0, 0, 0,
                true, 0, 0, Valuation.byYield(ValuationMethod.BAR, 0, 0), 0, 0, Contributions.NONE, TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
    }

    /** Buy an existing building for {@code price}: no transfer tax, no fees, no works; valued by BAR on a market rent. */
    static HousingOption buy(double price, double wozValue, Contributions grants) {
        return new HousingOption("Koop", OptionType.BUY_EXISTING, 400, 0, 0, 0, price, PurchaseTax.NONE, 0, 0, 0, 0, 0, true,
                0, 0, Valuation.byYield(ValuationMethod.BAR, 150, 6), 0, 0, grants,
                new TaxBasis(null, wozValue, null, null, null), 0, Relocation.NONE, "", List.of());
    }

    static BusinessCase withGrowth(BusinessCase c, double inflowPerYear) {
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(),
                new Growth(0, 0, 0, 0, 0, false, inflowPerYear, 50), c.income(), c.costs(), c.privateFinances(), c.financing(),
                c.options(), 0, c.region(), c.assumptionOverrides(), c.notes());
    }

    static BusinessCase withOption(BusinessCase c, HousingOption o) {
        return TestCases.withOptions(c, List.of(o));
    }
}
