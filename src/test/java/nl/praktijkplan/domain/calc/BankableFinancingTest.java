package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.calc.FinancingVerdict.Constraint;
import nl.praktijkplan.domain.input.AppraisalBasis;
import nl.praktijkplan.domain.input.BankProfile;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.PrivateFinances;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.domain.input.YieldBasis;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.Assumptions;

/** DOMAIN rules 5 and 6: loans, refinancing, existing debts, BMKB terms and fees, the value k.k. */
class BankableFinancingTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    /** The plain practice with €40,000 of drawings: a year-1 CFADS of about €23,000 carries a loan of ≈ €150,000. */
    private static BusinessCase roomy() {
        return EconomicsCases.plain().withPrivateFinances(new PrivateFinances(40_000));
    }

    private static Financing financing(double equity, boolean bmkb, double balloonPct, List<ExistingDebt> debts) {
        return new Financing(RepaymentType.ANNUITY, balloonPct, equity, bmkb, false, "", debts, 0);
    }

    @Test
    void afterTheFixedPeriodTheAnnuityIsSetAnewAtTheRefinancingRate() {
        // 100,000 at 5% for 20 years, fixed 10, then 7%. Payment P = 100,000·m/(1 − (1+m)^−240), m = 0.05/12:
        // 659.955739. Balance after 120 months B = P·(1 − (1+m)^−120)/m = 62,221.518250. New payment at m' = 0.07/12
        // over the 120 months left: B·m'/(1 − (1+m')^−120) = 722.444586. Year 11's interest, month by month on the
        // falling balance: 4,214.377468 (computed independently in Python, same recurrence).
        AmortisationSchedule s = new AmortisationSchedule(100_000,
                new LoanTerms(0.05, 20, RepaymentType.ANNUITY, 0, 10, 0.07), 20);
        assertEquals(659.9557392167, s.months().get(119).payment(), 1e-6);
        assertEquals(62_221.5182502142, s.balanceAfterYear(10), 1e-6);
        assertEquals(722.4445858706, s.months().get(120).payment(), 1e-6);
        assertEquals(4_214.3774683126, s.years().get(10).interest(), 1e-6);
        assertEquals(0, s.balanceAfterYear(20), 1e-6);
    }

    @Test
    void aTenantsFitOutLoanRunsAtMostTenYearsAndNotBeyondTheLease() {
        HousingOption rent = EconomicsCases.rent(400, 100_000, 150);
        BusinessCase open = EconomicsCases.withOption(EconomicsCases.plain(), rent);
        assertEquals(10, engine.compute(open).options().get(0).schedule().terms().termYears(), "fit-out term 10 < loan term 20");
        BusinessCase lease = EconomicsCases.withOption(EconomicsCases.plain(), rent.withLeaseYears(7));
        assertEquals(7, engine.compute(lease).options().get(0).schedule().terms().termYears(), "a 7-year lease");
    }

    @Test
    void existingDebtsCountInTotalDebtServiceUnlessRefinanced() {
        // A goodwill loan of 60,000 at 0%, linear over 5 years: 12,000 a year in years 1–5, nothing after. The rent
        // option has no fit-out, so no new loan: its debt service is the goodwill loan's, and so is staying's.
        ExistingDebt goodwill = new ExistingDebt("Goodwill", 60_000, 0, 5, RepaymentType.LINEAR, false);
        BusinessCase c = TestCases.withFinancing(EconomicsCases.withOption(roomy(), EconomicsCases.rent(400, 0, 0)),
                financing(0, false, 0, List.of(goodwill)));
        BusinessCaseResult r = engine.compute(c);
        OptionResult rent = r.options().get(0);
        for (OptionResult o : List.of(rent, r.stay())) {
            assertEquals(12_000, o.years().get(0).debtService(), 1e-6);
            assertEquals(12_000, o.years().get(4).debtService(), 1e-6);
            assertEquals(0, o.years().get(5).debtService(), 1e-6);
            assertEquals(o.years().get(0).cfads() / 12_000, o.years().get(0).dscr(), 1e-12);
        }
        // Refinanced: the option's new financing pays the 60,000 off (no equity, so the loan is 60,000 if the cash flow
        // carries it) and the goodwill loan's own debt service is gone; staying keeps it.
        ExistingDebt refinanced = new ExistingDebt("Goodwill", 60_000, 0, 5, RepaymentType.LINEAR, true);
        BusinessCaseResult s = engine.compute(TestCases.withFinancing(c, financing(0, false, 0, List.of(refinanced))));
        OptionResult option = s.options().get(0);
        assertEquals(60_000, option.financing().refinancedDebts(), 1e-9);
        assertEquals(60_000, option.financing().need(), 1e-9);
        assertEquals(60_000, option.financing().loan(), 1e-6);
        assertEquals(60_000, option.totalUses(), 1e-6);
        assertEquals(option.schedule().years().get(0).debtService(), option.years().get(0).debtService(), 1e-9);
        assertEquals(12_000, s.stay().years().get(0).debtService(), 1e-6);
    }

    @Test
    void aFitOutGuaranteeRunsSixYearsAtTheMiddleFee() {
        // A tenant's fit-out of 100,000, no equity, BMKB: nothing is secured, so the guarantee is the 50% share of the
        // loan with its fee. The 10-year fit-out loan is guaranteed for min(10, 6) = 6 years = 24 quarters: 4.25%.
        // G = 0.5·(100,000 + 0.0425·G) → G = 50,000 / (1 − 0.02125) = 51,085.5683; fee = 0.0425·G = 2,171.1367.
        BusinessCase c = TestCases.withFinancing(EconomicsCases.withOption(roomy(), EconomicsCases.rent(400, 100_000, 0)),
                financing(0, true, 0, List.of()));
        LoanCapacity f = engine.compute(c).options().get(0).financing();
        assertEquals(6, f.bmkbYears());
        assertEquals(0.0425, f.bmkbFeeRate(), 1e-12);
        assertEquals(51_085.5683269476, f.bmkbGuaranteed(), 1e-6);
        assertEquals(2_171.1366538953, f.bmkbFee(), 1e-6);
        assertEquals(102_171.1366538953, f.loan(), 1e-6);
    }

    @Test
    void whenTheGuaranteeEndsTheWholeBalanceMustMeetTheLtvNorm() {
        // LHV option B with BMKB and an 80% balloon: the loan is 965,021.77 as without the balloon (see
        // BusinessCaseEngineTest), its secured part exactly 70% of the value at the start. After the 12 guaranteed
        // years the balance is still 872,629.69 (annuity towards an 80% balloon: payment 4,485.54 a month), while
        // 70% of the value at the start of year 13 is 0.7 × 935,384.62 × 1.015^12 = 782,853.99: collateral binds.
        BusinessCase c = TestCases.withFinancing(TestCases.lhv(), financing(150_000, true, 80, List.of()));
        OptionResult b = engine.compute(c).options().get(1);
        assertEquals(965_021.7737652682, b.financing().loan(), 1e-6);
        assertEquals(872_629.6910416633, b.schedule().balanceAfterYear(12), 1e-6);
        assertFalse(b.verdict().closes());
        assertTrue(b.verdict().binding().contains(Constraint.COLLATERAL), b.verdict().toString());
        assertEquals(0, b.verdict().shortfall(), 1e-9, "no gap at the start: the loan fits until the guarantee ends");
    }

    @Test
    void aYieldQuotedVonGivesTheValueKostenKoper() {
        // Option B: 320 m² × €190 = 60,800 market rent / 6.5% = 935,384.62 k.k.; quoted von it is a von value, so
        // k.k. = 935,384.62 / 1.124 (10.4% transfer tax + 2% other buyer's costs) = 832,192.72.
        BusinessCase lhv = TestCases.lhv();
        List<HousingOption> options = new ArrayList<>(lhv.options());
        HousingOption b = options.get(1);
        Valuation v = b.valuation();
        options.set(1, b.withValuation(new Valuation(v.method(), v.marketRentPerM2(), v.yieldPct(), YieldBasis.VON,
                0, "", "", AppraisalBasis.MARKET_VALUE)));
        OptionResult von = engine.compute(TestCases.withOptions(lhv, options)).options().get(1);
        assertEquals(832_192.7183137147, von.marketValue(), 1e-6);
        assertEquals(von.investmentTotal() - 832_192.7183137147, von.onrendabeleTop(), 1e-6);
    }

    @Test
    void anAppraisalTakesThePlaceOfTheCapitalisedRent() {
        BusinessCase lhv = TestCases.lhv();
        List<HousingOption> options = new ArrayList<>(lhv.options());
        Valuation v = options.get(1).valuation();
        options.set(1, options.get(1).withValuation(new Valuation(ValuationMethod.APPRAISAL, v.marketRentPerM2(), v.yieldPct(),
                v.yieldBasis(), 1_000_000, "2026-10-01", "Taxateur BV (NRVT RT123)", AppraisalBasis.MARKET_VALUE)));
        assertEquals(1_000_000, engine.compute(TestCases.withOptions(lhv, options)).options().get(1).marketValue(), 1e-9);
    }

    @Test
    void aBankProfileCopiesItsNormsAndIsNamedAdjustedOnceChanged() {
        // The second shipped profile: 90% LTV, linear over 20 years, 32.5% balloon.
        BankProfile zorgbank = BankProfile.builtIn().get(1);
        BusinessCase c = zorgbank.applyTo(TestCases.lhv());
        Assumptions a = new Assumptions(AssumptionCatalogue.standard(), c.assumptionOverrides());
        assertEquals(RepaymentType.LINEAR, c.financing().repayment());
        assertEquals(32.5, c.financing().balloonPct());
        assertEquals(0.90, a.rate("loan.ltvMaxPct"), 1e-12);
        assertEquals(zorgbank.name(), BankProfile.describe(c, a, true));
        BusinessCase changed = TestCases.withOverrides(c, java.util.Map.of("loan.ltvMaxPct", 80.0));
        Assumptions a2 = new Assumptions(AssumptionCatalogue.standard(), changed.assumptionOverrides());
        assertEquals(zorgbank.name() + " (aangepast)", BankProfile.describe(changed, a2, true));
        // Option B at 90% LTV: the collateral limit 0.9 × 935,384.62 = 841,846.15 is above... the need of 946,872 is
        // not: still short, but by 946,872 − 841,846.15 = 105,025.85 instead of 292,102.77.
        OptionResult b = engine.compute(c).options().get(1);
        assertEquals(841_846.1538461538, b.financing().maxByCollateral(), 1e-6);
        assertEquals(105_025.8461538462, b.verdict().shortfall(), 1e-6);
    }
}
