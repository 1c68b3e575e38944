package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.PrivateFinances;
import nl.praktijkplan.domain.input.RepaymentType;

/** An option computed on the base case's agreed financing (DOMAIN rule 8), against hand-derived figures. */
class AgreedPlanTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void theRateResetsAfterTheFixedYearsAndTheAnnuityIsRecomputedOverTheMonthsLeft() {
        // €120,000 over 2 years at 0%, fixed for 1 year, then 12%: 5,000 a month, balance 60,000 after year 1. At 1% a
        // month over the 12 months left: 60,000 × 0.01 / (1 − 1.01^−12) = 600 / (1 − 0.88744923) = 600 / 0.11255077
        // = 5,330.927 a month, 63,971.13 in year 2, of which 60,000 principal and 3,971.13 interest.
        LoanTerms terms = new LoanTerms(0, 2, RepaymentType.ANNUITY, 0, 1, 0.12);
        AmortisationSchedule s = new AmortisationSchedule(120_000, terms, 2);
        assertEquals(60_000, s.years().get(0).debtService(), 1e-6);
        assertEquals(63_971.13, s.years().get(1).debtService(), 0.01);
        assertEquals(3_971.13, s.years().get(1).interest(), 0.01);
        assertEquals(0, s.balanceAfterYear(2), 1e-6);
    }

    /**
     * Every sample (Zijper polder and Enschede with BMKB) and a case with existing debts, one running on and one
     * refinanced: on its own plan each option has the base's loan, gap, uses, verdict, rent-versus-buy and years (debt
     * service of the debts that run on included).
     */
    @ParameterizedTest
    @MethodSource("casesOnTheirOwnPlan")
    void theUnchangedCaseOnItsOwnPlanGivesTheBaseResult(BusinessCase c) {
        BusinessCaseResult base = engine.compute(c);
        for (int i = 0; i < base.options().size(); i++) {
            OptionResult b = base.options().get(i);
            OptionResult onPlan = engine.computeOnPlan(c, i, FixedFinancing.of(c, b), RentVsBuyDetail.FULL);
            assertEquals(b.financing().loan(), onPlan.financing().loan());
            assertEquals(b.financing().financingGap(), onPlan.financing().financingGap(), 1e-6);
            assertEquals(b.totalUses(), onPlan.totalUses(), 1e-6);
            // The same verdict; only the cause of a gap differs: on the plan the loan is fixed, so own money must fill it.
            assertEquals(b.verdict().status(), onPlan.verdict().status());
            assertEquals(b.verdict().shortfall(), onPlan.verdict().shortfall(), 1e-6);
            assertEquals(b.verdict().lowestDscrFixedPeriod(), onPlan.verdict().lowestDscrFixedPeriod());
            assertEquals(b.verdict().firstYearBelowNorm(), onPlan.verdict().firstYearBelowNorm());
            assertEquals(b.rentVsBuy(), onPlan.rentVsBuy());
            for (int t = 0; t < b.years().size(); t++) {
                assertEquals(b.years().get(t), onPlan.years().get(t), "year " + (t + 1));
            }
        }
    }

    static Stream<BusinessCase> casesOnTheirOwnPlan() {
        return Stream.concat(SampleCases.names().stream().map(SampleCases::load), Stream.of(withDebtsAndBmkb()));
    }

    /**
     * A tenant's fit-out of €60,000 with BMKB and no own money, a goodwill loan of €10,000 at 0% linear over 5 years that
     * runs on (€2,000 a year in years 1–5) and one of €20,000 that the new loan refinances. Uses before the fee: 60,000 +
     * 20,000 = 80,000, nothing secured. The 10-year fit-out loan is guaranteed min(10, 6) = 6 years = 24 quarters: fee
     * 4.25%. G = 0.5 × (80,000 + 0.0425·G) → G = 40,000 / 0.97875 = 40,868.45; fee = 0.0425 × G = 1,736.91; the loan is
     * 81,736.91 (the cash flow carries it: CFADS ≈ €23,000 against 1.25 × (10,403.36 + 2,000)).
     */
    private static BusinessCase withDebtsAndBmkb() {
        BusinessCase c = EconomicsCases.withOption(EconomicsCases.plain().withPrivateFinances(new PrivateFinances(40_000)),
                EconomicsCases.rent(400, 60_000, 0));
        return TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 0, true, false, "",
                List.of(new ExistingDebt("Goodwill", 10_000, 0, 5, RepaymentType.LINEAR, false),
                        new ExistingDebt("Inventaris", 20_000, 0, 5, RepaymentType.LINEAR, true)), 0));
    }

    @Test
    void onThePlanTheDebtsThatRunOnCountInTheDebtServiceAndTheRefinancedOnesInTheUses() {
        BusinessCase c = withDebtsAndBmkb();
        OptionResult b = engine.compute(c).options().get(0);
        assertEquals(81_736.91, b.financing().loan(), 0.005);
        assertEquals(20_000, b.financing().refinancedDebts(), 1e-9);
        FixedFinancing plan = FixedFinancing.of(c, b);
        assertEquals(6, plan.bmkbYears());
        assertEquals(0.0425, plan.bmkbFeeRate(), 1e-12);
        // Rate +1 pp on the agreed loan: 81,736.91 at 6% (0.5% a month) over 120 months: 81,736.91 × 0.005 /
        // (1 − 1.005^−120) = 408.6845 / 0.4503673 = €907.45 a month, €10,889.37 a year; with the goodwill loan's €2,000
        // the total debt service of years 1–5 is €12,889.37, of year 6 the new loan's alone.
        OptionResult up = engine.computeOnPlan(TestCases.withOverrides(c, Map.of("loan.ratePct", 6.0)), 0, plan,
                RentVsBuyDetail.NONE);
        assertEquals(12_889.37, up.years().get(0).debtService(), 0.005);
        assertEquals(12_889.37, up.years().get(4).debtService(), 0.005);
        assertEquals(10_889.37, up.years().get(5).debtService(), 0.005);
        assertEquals(up.years().get(0).cfads() / 12_889.37, up.dscrYear1(), 1e-6);
        // Fit-out +10% (€6,000 more): uses 66,000 + 20,000 refinanced + 1,736.91 fee = 87,736.91 against the agreed
        // loan of 81,736.91 and no own money: a gap of exactly the €6,000.
        OptionResult over = engine.computeOnPlan(TestCases.withOptions(c, List.of(EconomicsCases.rent(400, 66_000, 0))), 0,
                plan, RentVsBuyDetail.NONE);
        assertEquals(b.financing().loan(), over.financing().loan());
        assertEquals(6_000, over.financing().financingGap(), 0.005);
        assertEquals(87_736.91, over.totalUses(), 0.005);
    }

    @Test
    void aBuildingGuaranteeOnThePlanRunsTwelveYearsAtTheHighestFee() {
        // Zijper polder: a new build with BMKB on a 25-year loan; the guarantee runs min(25, 12) = 12 years = 48
        // quarters, RVO's 25–48 quarter tier: 5.85% of the guaranteed part, paid once and kept by the plan.
        BusinessCase c = SampleCases.load("zijper-polder.json");
        OptionResult b = engine.compute(c).options().get(0);
        FixedFinancing plan = FixedFinancing.of(c, b);
        assertEquals(12, plan.bmkbYears());
        assertEquals(0.0585, plan.bmkbFeeRate(), 1e-12);
        assertEquals(0.0585 * plan.bmkbGuaranteed(), plan.bmkbFee(), 1e-6);
        assertTrue(plan.bmkbGuaranteed() > 0);
        assertEquals(25, plan.terms().termYears());
        assertEquals(10, plan.terms().fixedYears());
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
