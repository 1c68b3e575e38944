package nl.praktijkplan.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.TaxBasis;

/** On the agreed plan a worse case never looks better (DOMAIN rule 8), checked over generated stresses. */
class StressPropertiesTest {

    private static final BusinessCase LHV = SampleCases.load("lhv-bouwadvies.json");
    private static final BusinessCase DUO = SampleCases.load("duo-huurpraktijk.json");
    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Property(tries = 60)
    void lowerRevenueNeverImprovesTheLowestDscr(@ForAll @DoubleRange(min = 0.5, max = 30) double tariffCutPp,
                                                @ForAll @IntRange(min = 0, max = 1) int lhvOption,
                                                @ForAll boolean rented) {
        BusinessCase c = rented ? DUO : LHV;
        int option = rented ? 0 : lhvOption;
        OptionResult base = engine.computeOption(c, option, RentVsBuyDetail.NONE);
        BusinessCase worse = CaseVariations.withTariffHousingChangePct(c, c.income().tariffHousingChangePct() - tariffCutPp);
        OptionResult stressed = engine.computeOnPlan(worse, option, FixedFinancing.of(c, base), RentVsBuyDetail.NONE);
        assertEquals(base.financing().loan(), stressed.financing().loan());
        assertTrue(stressed.verdict().lowestDscrFixedPeriod() <= base.verdict().lowestDscrFixedPeriod());
    }

    /**
     * The WOZ value is entered, as the municipality sets it apart from the bank's valuation: the valuation's market
     * rent then moves only the value and the LTV, not the tax book value's floor (bodemwaarde).
     */
    @Property(tries = 60)
    void lowerMarketRentNeverImprovesTheLowestDscrNorLowersTheLtv(@ForAll @DoubleRange(min = 0.5, max = 0.99) double factor,
                                                                   @ForAll @IntRange(min = 0, max = 1) int option) {
        BusinessCase c = withWozEntered(LHV, option, 900_000);
        OptionResult base = engine.computeOption(c, option, RentVsBuyDetail.NONE);
        OptionResult stressed = engine.computeOnPlan(CaseVariations.withMarketRentScaled(c, factor), option,
                FixedFinancing.of(c, base), RentVsBuyDetail.NONE);
        assertEquals(base.financing().loan(), stressed.financing().loan());
        assertTrue(stressed.verdict().lowestDscrFixedPeriod() <= base.verdict().lowestDscrFixedPeriod());
        assertTrue(stressed.ltvYear1() >= base.ltvYear1());
        // Sized again, the bank's smaller loan raises the DSCR: the answer to another question.
        OptionResult resized = engine.computeOption(CaseVariations.withMarketRentScaled(c, factor), option, RentVsBuyDetail.NONE);
        assertTrue(resized.financing().loan() < base.financing().loan());
    }

    @Property(tries = 60)
    void aHigherPriceKeepsTheLoanAndNeverNarrowsTheGap(@ForAll @DoubleRange(min = 1.01, max = 1.5) double factor,
                                                      @ForAll @IntRange(min = 0, max = 1) int option) {
        OptionResult base = engine.computeOption(LHV, option, RentVsBuyDetail.NONE);
        OptionResult stressed = engine.computeOnPlan(CaseVariations.withBuildCostScaled(LHV, option, factor), option,
                FixedFinancing.of(LHV, base), RentVsBuyDetail.NONE);
        assertEquals(base.financing().loan(), stressed.financing().loan());
        assertTrue(stressed.financing().financingGap() > base.financing().financingGap());
    }

    @Property(tries = 10)
    void everyStressRowKeepsTheBaseLoan(@ForAll @IntRange(min = 0, max = 1) int option,
                                        @ForAll @DoubleRange(min = 0, max = 300_000) double equity) {
        BusinessCase c = CaseVariations.withEquityAvailable(LHV, equity);
        BusinessCaseResult base = engine.compute(c);
        List<StressTest.Row> rows = new StressTest(engine).run(base, option);
        assertEquals(7, rows.size());
        for (StressTest.Row row : rows) {
            assertEquals(base.options().get(option).financing().loan(), row.figures().loan(), row.key());
        }
    }

    private static BusinessCase withWozEntered(BusinessCase c, int option, double woz) {
        HousingOption o = c.options().get(option);
        TaxBasis t = o.taxBasis();
        return CaseVariations.withOption(c, option, new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(),
                o.serviceCostsPerM2(), o.tenantFitOut(), o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(),
                o.medicalExtras(), o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(),
                o.constructionFinancingCosts(), o.valuation(), o.maintenancePct(), o.propertyTaxInsurancePerM2(),
                o.contributions(), new TaxBasis(t.landSharePct(), woz, t.shellPct(), t.installationsPct(), t.fitOutPct()),
                o.leaseYears(), o.relocation(), o.notes(), o.loanParts()));
    }
}
