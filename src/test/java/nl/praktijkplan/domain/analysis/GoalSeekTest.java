package nl.praktijkplan.domain.analysis;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.PrivateFinances;

class GoalSeekTest {

    private static final double NORM = 1.25;
    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private final GoalSeek goalSeek = new GoalSeek(engine);
    private final BusinessCase lhv = SampleCases.load("lhv-bouwadvies.json");
    /** The LHV sample with an LTV limit so high that the collateral never binds: the cash-flow limit decides. */
    private final BusinessCase lhvCashFlowBound = CaseVariations.withAssumption(lhv, AssumptionKeys.LTV_MAX, 200);

    private OptionResult option(BusinessCase c, int i) {
        return engine.compute(c).options().get(i);
    }

    @Test
    void maxPurchasePriceFedBackGivesDscrAtTheNorm() {
        GoalSeek.Result r = goalSeek.maxPurchasePrice(lhvCashFlowBound, 0);
        assertEquals(GoalSeek.Status.SOLVED, r.status());
        assertFalse(r.collateralLimitBinds());
        OptionResult solved = option(CaseVariations.withPurchasePrice(lhvCashFlowBound, 0, r.value()), 0);
        // the engine draws the whole need and reports DSCR year 1 at the norm (a €1 price step moves it ~1e-6)
        assertEquals(NORM, solved.dscrYear1(), 1e-5);
        assertTrue(solved.dscrYear1() >= NORM - 1e-9);
        assertEquals(0, solved.financing().financingGap(), 1.0);
        // one euro more and financing the need breaks the norm
        BusinessCase dearer = CaseVariations.withPurchasePrice(lhvCashFlowBound, 0, r.value() + 1);
        assertTrue(GoalSeek.dscrYear1OfNeed(dearer, option(dearer, 0)) < NORM);
        assertTrue(r.value() > lhv.options().get(0).purchasePrice());
    }

    @Test
    void whenTheCollateralBindsTheTargetIsTheDscrOfTheNeed() {
        GoalSeek.Result r = goalSeek.maxPurchasePrice(lhv, 1);
        assertEquals(GoalSeek.Status.SOLVED, r.status());
        assertTrue(r.collateralLimitBinds());
        assertEquals(NORM, r.dscrYear1OfNeed(), 1e-5);
        // the bank lends less than the need (70% LTV), so the drawn loan's DSCR is above the norm
        assertTrue(r.solvedOption().dscrYear1() > NORM);
        BusinessCase dearer = CaseVariations.withPurchasePrice(lhv, 1, r.value() + 1);
        assertTrue(GoalSeek.dscrYear1OfNeed(dearer, option(dearer, 1)) < NORM);
    }

    @Test
    void maxBuildCostPerM2FedBackGivesDscrAtTheNorm() {
        GoalSeek.Result r = goalSeek.maxBuildCostPerM2(lhvCashFlowBound, 1);
        assertEquals(GoalSeek.Status.SOLVED, r.status());
        OptionResult solved = option(CaseVariations.withBuildCostPerM2(lhvCashFlowBound, 1, r.value()), 1);
        assertEquals(NORM, solved.dscrYear1(), 1e-5);
        // €1 per m² more (320 m²: €320 of works) breaks the norm
        BusinessCase dearer = CaseVariations.withBuildCostPerM2(lhvCashFlowBound, 1, r.value() + 1);
        assertTrue(GoalSeek.dscrYear1OfNeed(dearer, option(dearer, 1)) < NORM);
    }

    @Test
    void maxRentPerM2FedBackGivesDscrAtTheNorm() {
        BusinessCase duo = SampleCases.load("duo-huurpraktijk.json");
        GoalSeek.Result r = goalSeek.maxRentPerM2(duo, 0);
        assertEquals(GoalSeek.Status.SOLVED, r.status());
        OptionResult solved = option(CaseVariations.withRentPerM2(duo, 0, r.value()), 0);
        // CFADS year 1 covers DSCR_min × the debt service of the fit-out loan the option needs
        assertEquals(NORM, solved.dscrYear1(), 1e-4);
        assertTrue(solved.dscrYear1() >= NORM - 1e-9);
        BusinessCase dearer = CaseVariations.withRentPerM2(duo, 0, r.value() + 1);
        assertTrue(GoalSeek.dscrYear1OfNeed(dearer, option(dearer, 0)) < NORM);
        assertThrows(IllegalArgumentException.class, () -> goalSeek.maxRentPerM2(lhv, 0));
    }

    @Test
    void rentNotAttainableWhenCashFlowIsNegativeEvenRentFree() {
        // The start-up practice with drawings of €200,000: year-1 revenue (≈ €267k) minus other costs (≈ €153k)
        // leaves far less than the drawings, so CFADS is negative even at zero rent.
        BusinessCase base = SampleCases.load("enschede-startpraktijk.json");
        BusinessCase enschede = base.withPrivateFinances(new PrivateFinances(200_000));
        GoalSeek.Result r = goalSeek.maxRentPerM2(enschede, 0);
        assertEquals(GoalSeek.Status.NOT_ATTAINABLE, r.status());
        assertTrue(Double.isNaN(r.value()));
    }

    @Test
    void equityNeededClosesTheGapHandDerived() {
        // Option A without BMKB: max loan = 70% × 1,166,666.67 = 816,666.67 whatever the equity, so the equity
        // that closes the gap is investment 1,187,500 − 816,666.67 = 370,833.33 (220,833.33 more than the 150,000 available).
        GoalSeek.Result r = goalSeek.equityNeeded(lhv, 0);
        assertEquals(370_833.33, r.value(), 0.02);
        assertEquals(150_000, r.currentValue());
        OptionResult solved = option(CaseVariations.withEquityAvailable(lhv, r.value()), 0);
        assertEquals(0.0, solved.financing().financingGap());
        assertTrue(solved.dscrYear1() >= NORM);
        OptionResult short1 = option(CaseVariations.withEquityAvailable(lhv, r.value() - 1), 0);
        assertTrue(short1.financing().financingGap() > 0);
    }

    @Test
    void equityNeededWithBmkbAccountsForTheFee() {
        BusinessCase zijper = SampleCases.load("zijper-polder.json");
        GoalSeek.Result r = goalSeek.equityNeeded(CaseVariations.withBuildCostScaled(zijper, 0, 1.2), 0);
        OptionResult solved = r.solvedOption();
        assertEquals(0.0, solved.financing().financingGap());
        BusinessCase less = CaseVariations.withEquityAvailable(CaseVariations.withBuildCostScaled(zijper, 0, 1.2), r.value() - 1);
        assertTrue(option(less, 0).financing().financingGap() > 0);
    }
}
