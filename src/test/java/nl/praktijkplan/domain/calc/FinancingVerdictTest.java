package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.FinancingVerdict.Constraint;
import nl.praktijkplan.domain.calc.FinancingVerdict.Status;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.RepaymentType;

/** One verdict per plan (DOMAIN rule 7): a green DSCR never hides a gap. */
class FinancingVerdictTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void theLhvListedBuildingDoesNotCloseOnCollateralDespiteAGreenDscr() {
        // Option B: investment 1,246,872; the 70% LTV caps the loan at 0.7 × 935,384.62 = 654,769.23 while the cash
        // flow would carry ≈ 1.13m; with 150,000 equity and 150,000 insurer the gap is 292,102.77. DSCR ≈ 1.9 ≥ 1.25.
        OptionResult b = engine.compute(TestCases.lhv()).options().get(1);
        assertTrue(b.dscrYear1() > 1.25);
        assertEquals(Status.NIET_SLUITEND, b.verdict().status());
        assertEquals(List.of(Constraint.COLLATERAL, Constraint.EQUITY), b.verdict().binding());
        assertEquals(292_102.7692307692, b.verdict().shortfall(), 1e-6);
    }

    @Test
    void thePlanClosesWhenTheRemedysEquityIsAdded() {
        // Equity needed: the gap falls euro for euro with equity while collateral binds: 150,000 + 292,102.77.
        BusinessCase lhv = TestCases.lhv();
        Remedies r = Remedies.of(engine, lhv, 1);
        assertEquals(442_102.77, r.equityNeeded(), 1.0);
        // A grant lowers the depreciable base too, but the cash flow does not bind here: the same amount.
        assertEquals(442_102.77, r.insurerContribution(), 1.0);
        BusinessCase enough = CaseVariations.withEquityAvailable(lhv, r.equityNeeded());
        assertTrue(engine.compute(enough).options().get(1).verdict().closes());
        BusinessCase justShort = CaseVariations.withEquityAvailable(lhv, r.equityNeeded() - 2);
        assertFalse(engine.compute(justShort).options().get(1).verdict().closes());
        // The highest price at which it closes: the gap is 292,102.77 at 768,000; each euro of price costs 1.104
        // (transfer tax) and the value does not depend on the price, so the price must fall by 292,102.77 / 1.104
        // = 264,585.84 → 503,414.16.
        assertEquals(503_414.16, r.highestPrice(), 1.0);
    }

    @Test
    void aLoanAtTheCashFlowLimitMeetsTheNormButAGapRemains() {
        // Without equity and with a 150% LTV norm, option A's need exceeds the cash-flow limit: the bank lends exactly
        // that limit, so DSCR year 1 equals the norm (not below it); the gap makes the plan not close on cash flow and equity.
        BusinessCase c = TestCases.withOverrides(TestCases.lhv(), Map.of("loan.ltvMaxPct", 150.0));
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 0, false, false, "", List.of(), 0));
        OptionResult a = engine.compute(c).options().get(0);
        assertEquals(1.25, a.dscrYear1(), 1e-6);
        assertEquals(null, a.verdict().firstYearBelowNorm());
        assertEquals(List.of(Constraint.CASH_FLOW, Constraint.EQUITY), a.verdict().binding());
    }

    @Test
    void aDscrBelowTheNormLaterInTheFixedRatePeriodDoesNotClose() {
        // The same loan at the cash-flow limit, but costs rising 10% a year against tariffs rising 2.5%: year 2's
        // staff and other costs grow by ≈ 74,000 while revenue grows by ≈ 46,000, so CFADS and DSCR fall below the norm
        // in 2028, inside the 10-year fixed-rate period.
        BusinessCase c = TestCases.withOverrides(TestCases.lhv(), Map.of("loan.ltvMaxPct", 150.0, "costs.indexPct", 10.0));
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 0, false, false, "", List.of(), 0));
        OptionResult a = engine.compute(c).options().get(0);
        assertTrue(a.years().get(1).dscr() < 1.25);
        assertEquals(2028, a.verdict().firstYearBelowNorm());
        assertTrue(a.verdict().binding().contains(Constraint.CASH_FLOW));
        assertEquals(Status.NIET_SLUITEND, a.verdict().status());
    }

    @Test
    void aPlanWithinEveryNormCloses() {
        // Option A with 400,000 equity: need 787,500 ≤ collateral limit 816,666.67 and cash-flow limit ≈ 1.06m.
        BusinessCase c = TestCases.withFinancing(TestCases.lhv(), new Financing(RepaymentType.ANNUITY, 0, 400_000, false, false, "", List.of(), 0));
        OptionResult a = engine.compute(c).options().get(0);
        assertEquals(787_500, a.financing().loan(), 1e-6);
        assertEquals(Status.SLUITEND, a.verdict().status());
        assertTrue(a.verdict().binding().isEmpty());
        assertEquals(0, a.verdict().shortfall());
    }
}
