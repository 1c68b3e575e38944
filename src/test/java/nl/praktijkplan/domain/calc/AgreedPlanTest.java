package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.RepaymentType;

/** An option computed on the base case's agreed financing (DOMAIN rule 8), against hand-derived figures. */
class AgreedPlanTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void theRateResetsAfterTheFixedYearsAndTheAnnuityIsRecomputedOverTheMonthsLeft() {
        // €120,000 over 2 years at 0%: 5,000 a month, balance 60,000 after year 1. Reset to 12% (1% a month) over the
        // 12 months left: 60,000 × 0.01 / (1 − 1.01^−12) = 600 / (1 − 0.88744923) = 600 / 0.11255077 = 5,330.927 a month,
        // 63,971.13 in year 2, of which 60,000 principal and 3,971.13 interest.
        LoanTerms terms = new LoanTerms(0, 2, RepaymentType.ANNUITY, 0);
        AmortisationSchedule s = new AmortisationSchedule(120_000, terms, 2, 1, 0.12);
        assertEquals(60_000, s.years().get(0).debtService(), 1e-6);
        assertEquals(63_971.13, s.years().get(1).debtService(), 0.01);
        assertEquals(3_971.13, s.years().get(1).interest(), 0.01);
        assertEquals(0, s.balanceAfterYear(2), 1e-6);
    }

    @Test
    void aResetToTheLoansOwnRateIsTheScheduleWithoutReset() {
        LoanTerms terms = new LoanTerms(0.05, 20, RepaymentType.LINEAR, 0.2);
        AmortisationSchedule plain = new AmortisationSchedule(500_000, terms, 25);
        AmortisationSchedule reset = new AmortisationSchedule(500_000, terms, 25, 10, 0.05);
        assertEquals(plain.months(), reset.months());
    }

    @Test
    void theUnchangedCaseOnItsOwnPlanGivesTheBaseResult() {
        BusinessCase lhv = TestCases.lhv();
        BusinessCaseResult base = engine.compute(lhv);
        for (int i = 0; i < base.options().size(); i++) {
            OptionResult b = base.options().get(i);
            OptionResult onPlan = engine.computeOnPlan(lhv, i, FixedFinancing.of(lhv, b), RentVsBuyDetail.FULL);
            assertEquals(b.financing().loan(), onPlan.financing().loan());
            assertEquals(b.financing().financingGap(), onPlan.financing().financingGap(), 1e-6);
            assertEquals(b.verdict().status(), onPlan.verdict().status());
            assertEquals(b.rentVsBuy(), onPlan.rentVsBuy());
            for (int t = 0; t < b.years().size(); t++) {
                assertEquals(b.years().get(t), onPlan.years().get(t), "year " + (t + 1));
            }
        }
    }

    /**
     * Option B of the LHV sample: value = €190 × 320 m² / 6.5% = €935,384.62; the loan is held by the LTV norm at
     * 70% of it, L = €654,769.23 (the plan has a gap, so all equity is used).
     */
    @Test
    void aCostOverrunOnThePlanWidensTheGapByTheOverrunAndKeepsTheLoan() {
        BusinessCase lhv = TestCases.lhv();
        OptionResult b = engine.compute(lhv).options().get(1);
        assertEquals(654_769.23, b.financing().loan(), 0.005);
        OptionResult over = engine.computeOnPlan(CaseVariations.withBuildCostScaled(lhv, 1, 1.10), 1,
                FixedFinancing.of(lhv, b), RentVsBuyDetail.NONE);
        // +10% of the price €768,000 (€2,400 × 320) with its 10.4% transfer tax and of the renovation €384,000
        // (€1,200 × 320): 76,800 + 7,987.20 + 38,400 = €123,187.20 more to finance, all of it gap.
        assertEquals(b.financing().loan(), over.financing().loan());
        assertEquals(b.financing().financingGap() + 123_187.20, over.financing().financingGap(), 0.005);
        assertEquals(FinancingVerdict.Constraint.EQUITY, over.verdict().binding().get(0));
    }

    @Test
    void aHigherRateActsOnTheAgreedLoan() {
        BusinessCase lhv = TestCases.lhv();
        OptionResult b = engine.compute(lhv).options().get(1);
        OptionResult up = engine.computeOnPlan(CaseVariations.withLoanRatePct(lhv, 6), 1, FixedFinancing.of(lhv, b), RentVsBuyDetail.NONE);
        // Annuity of €654,769.23 at 6% (0.5% a month) over 240 months: 654,769.23 × 0.005 / (1 − 1.005^−240)
        // = 3,273.846 / 0.697904 = €4,690.97 a month, €56,291.64 in year 1.
        assertEquals(56_291.64, up.years().get(0).debtService(), 0.01);
        assertEquals(up.years().get(0).cfads() / 56_291.64, up.dscrYear1(), 1e-6);
    }

    @Test
    void theRefinancingStressRaisesTheRateAfterTheFixedRatePeriod() {
        BusinessCase lhv = TestCases.lhv();
        OptionResult b = engine.compute(lhv).options().get(1);
        OptionResult stressed = engine.computeOnPlan(lhv, 1, FixedFinancing.of(lhv, b).withRefinanceRateIncrease(0.02), RentVsBuyDetail.NONE);
        // 5% annuity, P = 654,769.23 × (0.05/12) / (1 − (1 + 0.05/12)^−240) = €4,321.19 a month (€51,854.25 a year).
        // Balance after the 10 fixed years: L × (1+m)^120 − P × ((1+m)^120 − 1) / m = €407,407.36. At 7% over the
        // 120 months left: 407,407.36 × (0.07/12) / (1 − (1 + 0.07/12)^−120) = €4,730.34 a month, €56,764.14 a year.
        assertEquals(51_854.25, stressed.years().get(9).debtService(), 0.01);
        assertEquals(56_764.14, stressed.years().get(10).debtService(), 0.01);
        assertEquals(b.years().get(9), stressed.years().get(9));
    }

    @Test
    void aLowerValueOnThePlanBreaksTheLtvNormWhereTheBankWouldLendLess() {
        BusinessCase lhv = TestCases.lhv();
        OptionResult b = engine.compute(lhv).options().get(1);
        BusinessCase lower = CaseVariations.withMarketRentScaled(lhv, 0.90);
        OptionResult onPlan = engine.computeOnPlan(lower, 1, FixedFinancing.of(lhv, b), RentVsBuyDetail.NONE);
        // Value −10%: €841,846.15; 70% of it is €589,292.31 < the agreed €654,769.23: the collateral binds.
        assertEquals(b.financing().loan(), onPlan.financing().loan());
        assertTrue(onPlan.verdict().binding().contains(FinancingVerdict.Constraint.COLLATERAL));
        // Sized again, the bank lends only 70% of the lower value (the old behaviour, now a separate question).
        assertEquals(589_292.31, engine.computeOption(lower, 1, RentVsBuyDetail.NONE).financing().loan(), 0.005);
        assertFalse(onPlan.verdict().closes());
    }
}
