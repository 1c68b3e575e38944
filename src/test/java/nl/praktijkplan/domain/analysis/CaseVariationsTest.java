package nl.praktijkplan.domain.analysis;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;

class CaseVariationsTest {

    private final BusinessCase lhv = SampleCases.load("lhv-bouwadvies.json");

    @Test
    void assumptionChangesGoThroughOverridesAndLeaveTheOriginalAlone() {
        BusinessCase higher = CaseVariations.withLoanRatePct(lhv, 6.0);
        assertEquals(6.0, higher.assumptionOverrides().get(AssumptionKeys.LOAN_RATE));
        assertEquals(6.0, CaseVariations.assumption(higher, AssumptionKeys.LOAN_RATE));
        assertTrue(lhv.assumptionOverrides().isEmpty());
        assertEquals(5.0, CaseVariations.assumption(lhv, AssumptionKeys.LOAN_RATE)); // catalogue default
        assertThrows(IllegalArgumentException.class, () -> CaseVariations.withAssumption(lhv, "no.such.key", 1));
    }

    @Test
    void zeroShiftReturnsTheSameCase() {
        for (Driver d : Driver.values()) {
            assertSame(lhv, d.apply(lhv, 1, 0.0), d.name());
        }
    }

    @Test
    void buildCostScalesPriceAndWorksOfOneOptionOnly() {
        BusinessCase c = Driver.BUILD_COST.apply(lhv, 1, 10);
        HousingOption b = c.options().get(1);
        // Option B: price 768,000 and renovation 384,000, +10%; buyer's costs stay at 15,000.
        assertEquals(844_800, b.purchasePrice(), 1e-6);
        assertEquals(422_400, b.renovationCost(), 1e-6);
        assertEquals(15_000, b.buyerCosts());
        assertEquals(lhv.options().get(0), c.options().get(0));
    }

    @Test
    void allOptionsAndOptionSpecificSetters() {
        BusinessCase c = CaseVariations.withRentPerM2(lhv, CaseVariations.ALL_OPTIONS, 210);
        assertEquals(210, c.options().get(0).valuation().marketRentPerM2());
        assertEquals(210, c.options().get(1).valuation().marketRentPerM2());
        BusinessCase perM2 = CaseVariations.withBuildCostPerM2(lhv, 1, 1500);
        assertEquals(1500, CaseVariations.buildCostPerM2(perM2.options().get(1)), 1e-9);
        assertEquals(6.5, Driver.BAR_YIELD.baseValue(lhv, 1));
        assertEquals(7.0, Driver.BAR_YIELD.apply(lhv, 1, 0.5).options().get(1).valuation().yieldPct(), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> CaseVariations.withPurchasePrice(lhv, 5, 1));
    }

    @Test
    void shiftForIsTheInverseOfValueAt() {
        for (Driver d : Driver.values()) {
            double v = d.valueAt(lhv, 0, 3);
            assertEquals(3, d.shiftFor(lhv, 0, v), 1e-9, d.name());
        }
    }
}
