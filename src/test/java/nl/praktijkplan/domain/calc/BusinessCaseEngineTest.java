package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.Practice;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;

/** The engine on the LHV sample and on small cases, against numbers derived by hand. */
class BusinessCaseEngineTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private final Assumptions defaults = new Assumptions(AssumptionCatalogue.standard(), Map.of());

    @Test
    void normSpaceForFourThousandPatients() {
        // 190 m² per 2,439 patients: 190 × 4,000 / 2,439 = 311.6031160311603 m².
        BusinessCase c = TestCases.lhv();
        SpaceRequirement space = new SpaceRequirement(c.practice(), c.staffing(), c.gpFteNow(), defaults);
        assertEquals(311.6031160311603, space.m2Needed(4000), 1e-9);
        // Capacity is the inverse: 350 m² hold 350 × 2,439 / 190 = 4,492.894736842105 patients.
        assertEquals(4_492.894736842105, space.capacity(350), 1e-9);
    }

    @Test
    void roomProgrammeOfTheLhvTeam() {
        // GP 1.9 FTE (holder 1.0 + employed 0.9) → 2 consulting rooms; treatment 1.9 × 0.5 → 1; POH 1.0 + 0.6 → 2
        // rooms; assistants 3 / 1.5 → 2; waiting 5 m² per 1,000 × 4 = 20; support 30 + 5 m² × 6.5 staff FTE = 62.5.
        // Rooms 2·16 + 16 + 2·12 + 2·12 + 20 + 62.5 = 178.5 m²; + 10% circulation = 196.35 net; BVO ×1.35 = 265.0725.
        BusinessCase c = TestCases.lhv();
        Practice p = c.practice();
        Practice rooms = new Practice(p.name(), p.municipality(), p.startYear(), p.horizonYears(), p.patients(),
                p.ageMix(), p.shareOpslagwijkPct(), SpaceMethod.ROOM_PROGRAMME, false, 0, 0, p.legalForm(), p.holders(),
                p.selfEmployedDeduction());
        SpaceRequirement space = new SpaceRequirement(rooms, c.staffing(), c.gpFteNow(), defaults);
        SpaceRequirement.RoomProgramme programme = space.roomProgramme(4000);
        assertEquals(2, programme.consultRooms());
        assertEquals(1, programme.treatmentRooms());
        assertEquals(2, programme.pohRooms());
        assertEquals(2, programme.assistantRooms());
        assertEquals(196.35, programme.netM2(), 1e-9);
        assertEquals(265.0725, space.m2Needed(4000), 1e-9);
        // 265.1 m² hold at least today's list; 265.0 m² do not.
        assertEquals(true, space.capacity(265.1) >= 4000);
        assertEquals(true, space.capacity(265.0) < 4000);
    }

    @Test
    void patientProjectionWithNewDwellings() {
        // Year 1: 4,000 × 1.01 + 80 dwellings × 2.1 persons × 25% = 4,040 + 42 = 4,082.
        // Year 2: 4,082 × 1.01 + 42 = 4,164.82.
        BusinessCaseResult r = engine.compute(TestCases.lhv());
        assertEquals(4_000, r.projection().get(0).patients(), 1e-9);
        assertEquals(4_082, r.projection().get(1).patients(), 1e-9);
        assertEquals(4_164.82, r.projection().get(2).patients(), 1e-9);
        assertEquals(2027, r.projection().get(1).calendarYear());
        // 180 m² hold 180 × 2,439 / 190 = 2,311 patients: the current premises are already too small.
        assertEquals(2027, r.spaceRunsOutYear());
    }

    @Test
    void tariffRevenuePerPatient() {
        // 2026 tariffs, the LHV sample's age mix 79 / 12 / 6.6 / 2.4%: capitation 0.79 × 21.59 + 0.12 × 25.26
        // + 0.066 × 38.00 + 0.024 × 59.59 = 24.02546 a quarter; with POH-GGZ 5.41 and MTVP 3.40: 4 × 32.83546
        // = 131.34184; plus 4 GP consults × 13.18 = 52.72 → 184.06184. Plan year 1 is 2027: indexed 2.5% → 188.663386.
        PracticeEconomics e = new PracticeEconomics(TestCases.lhv(), defaults);
        assertEquals(184.06184, e.segment1PerPatient(0), 1e-9);
        assertEquals(184.06184 * 1.025, e.segment1PerPatient(1), 1e-9);
    }

    @Test
    void onrendabeleTopFromBarValuation() {
        // Option B: 768,000 + 10.4% transfer tax 79,872 + renovation 384,000 + buyer's costs 15,000 = 1,246,872.
        // Market value: 190 €/m² × 320 m² / 6.5% = 935,384.615…; top = 311,487.385….
        OptionResult b = engine.compute(TestCases.lhv()).options().get(1);
        assertEquals(1_246_872, b.investmentTotal(), 1e-6);
        assertEquals(935_384.6153846154, b.marketValue(), 1e-6);
        assertEquals(311_487.3846153846, b.onrendabeleTop(), 1e-6);
        // Collateral binds: 70% × 935,384.62 = 654,769.23; gap = 1,246,872 − 150,000 equity − 150,000 insurer − 654,769.23.
        assertEquals(654_769.2307692308, b.financing().maxLoan(), 1e-6);
        assertEquals(292_102.7692307692, b.financing().financingGap(), 1e-6);
        assertEquals(0.70, b.ltvYear1(), 1e-12);
        // Top coverage: insurer 150,000 first, then the equity used (150,000); 11,487.38 stays uncovered (SourcesAndUsesTest).
        assertEquals(150_000, b.sourcesAndUses().top().part(SourcesAndUses.TopPart.INSURER), 1e-9);
        assertEquals(150_000, b.sourcesAndUses().top().part(SourcesAndUses.TopPart.EQUITY), 1e-9);
        assertEquals(11_487.3846153846, b.sourcesAndUses().top().notCovered(), 1e-6);
    }

    @Test
    void extraPatientsAndSpaceOfAnOption() {
        // Option A holds 4,492.89 patients; staying keeps today's 4,000 (the list cannot grow in 180 m²).
        // Demand passes 4,492.89 in year 7 (4,462.47 in year 6, 4,507.09 in year 7), i.e. 2033; by the horizon
        // demand (≈5,130) exceeds both, so the extra is 4,492.894736842105 − 4,000.
        OptionResult a = engine.compute(TestCases.lhv()).options().get(0);
        assertEquals(492.894736842105, a.extraPatientsVsStay(), 1e-6);
        assertEquals(2033, a.spaceRunsOutYear());
        // Option A asks nothing of the insurer; option B asks 150,000 for 4,107.79 − 4,000 = 107.79 extra patients
        // (320 × 2,439 / 190 = 4,107.789…): 150,000 / 107.789… = 1,391.60 per extra patient.
        assertNull(a.insurerContributionPerExtraPatient());
        OptionResult b = engine.compute(TestCases.lhv()).options().get(1);
        assertEquals(150_000 / (320 * 2439 / 190.0 - 4000), b.insurerContributionPerExtraPatient(), 1e-6);
        assertEquals(1_391.60, b.insurerContributionPerExtraPatient(), 0.01);
    }

    @Test
    void dscrEqualsTheNormWhenTheCashFlowLimitBinds() {
        // Without equity and with a 150% LTV norm, option A's need (1,187,500) exceeds the cash-flow limit, so the
        // loan equals CFADS₁ / DSCR_min / (debt service per euro) and DSCR year 1 is exactly the norm 1.25.
        BusinessCase c = TestCases.withOverrides(TestCases.lhv(), Map.of("loan.ltvMaxPct", 150.0));
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 0, false, false, "", List.of(), 0));
        OptionResult a = engine.compute(c).options().get(0);
        assertEquals(a.financing().maxByCashFlow(), a.financing().loan(), 1e-6);
        assertEquals(1.25, a.dscrYear1(), 1e-6);
    }

    @Test
    void bmkbGuaranteeRaisesTheCollateralLimit() {
        // Option B with BMKB (share 50%, max 1.5m): L − min(1.5m, 0.5 L) ≤ 0.7 × 935,384.62 → L ≤ 654,769.23 / 0.5
        // = 1,309,538.46. The need N = 1,246,872 − 150,000 equity − 150,000 insurer = 946,872 is below the cash-flow
        // limit (≈1.12m). The 20-year property loan is guaranteed for at most 12 years (RVO, a building) = 48
        // quarters: fee rate r = 5.85%. The fee is borrowed and guaranteed too: G = L − S with L = N + r·G, so
        // G = (N − S)/(1 − r) = 292,102.7692 / 0.9415 = 310,252.5430 (below 0.5·N/(1 − 0.5 r) = 487,701 and 1.5m);
        // fee = 0.0585 × G = 18,149.7738; loan = N + fee = 965,021.7738, whose secured part L − G is exactly
        // 654,769.23 = 70% of the value: no gap, LTV within the norm.
        BusinessCase c = TestCases.withFinancing(TestCases.lhv(), new Financing(RepaymentType.ANNUITY, 0, 150_000, true, false, "", List.of(), 0));
        OptionResult b = engine.compute(c).options().get(1);
        assertEquals(1_309_538.4615384615, b.financing().maxByCollateral(), 1e-6);
        assertEquals(310_252.5429960375, b.financing().bmkbGuaranteed(), 1e-6);
        assertEquals(12, b.financing().bmkbYears());
        assertEquals(18_149.7737652682, b.financing().bmkbFee(), 1e-6);
        assertEquals(965_021.7737652682, b.financing().loan(), 1e-6);
        assertTrue(b.verdict().closes(), b.verdict().toString());
        assertEquals(150_000, b.financing().equityUsed(), 1e-9);
        assertEquals(0, b.financing().financingGap(), 1e-9);
    }

    @Test
    void breakEvenYearOfASimplePurchase() {
        // Buy 100 m² for 100,000 + 15,000 buyer's costs, all from equity (no loan); market rent 100 €/m² → 10,000 a
        // year, BAR 10% → value 100,000. Discount 0%, no value growth, selling costs 10%, no rent indexation.
        // Before tax, the cumulative cost of buying, if sold at the end of year t, is 115,000 − 100,000 × 0.9 = 25,000;
        // renting the same m² costs 10,000 × t.
        // After tax: the holder's profit lies in the top bracket every year, so a deductible euro saves
        // 49.5% × (1 − 12.7% MKB-winstvrijstelling) = 43.2135%. Buying deducts depreciation: base 115,000 − land
        // 20,000 = 95,000; the building (85% = 80,750) may go down to the WOZ value (= market value 100,000) from
        // land + building 100,750, so 750 in year 1 only; the fit-out (15% = 14,250) 1,425 a year for 10 years.
        // Savings 0.432135 × 15,000 = 6,482.025 → 18,517.975. Renting saves 43.2135% of the rent: 5,678.65 a year,
        // 56,786.5 over 10 years. Year 4 is the first with buying ≤ renting: 25,000 − 0.432135 × (750 + 4 × 1,425)
        // = 22,212.73 ≤ 22,714.60 (year 3: 22,828.52 > 17,035.95) → 2027 + 3 = 2030. Break-even rent:
        // 18,517.975 / (100 m² × 10 years × 0.567865) = 32.6097 €/m².
        BusinessCase c = TestCases.withOptions(TestCases.lhv(), List.of(TestCases.simpleBuy(100, 100_000, 15_000, 100, 10)));
        c = TestCases.withHorizon(c, 10);
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 200_000, false, false, "", List.of(), 0));
        c = TestCases.withOverrides(c, Map.of("npv.discountRatePct", 0.0, "valuation.residualGrowthPct", 0.0,
                "valuation.sellingCostsPct", 10.0, "rent.indexPct", 0.0));
        OptionResult o = engine.compute(c).options().get(0);
        assertEquals(0, o.financing().loan(), 1e-9);
        assertNull(o.dscrYear1());
        assertEquals(25_000, o.rentVsBuy().npvCostPreTax(), 1e-6);
        assertEquals(100_000, o.rentVsBuy().npvRentReferencePreTax(), 1e-6);
        assertEquals(18_517.975, o.rentVsBuy().npvCost(), 1e-6);
        assertEquals(56_786.5, o.rentVsBuy().npvRentReference(), 1e-6);
        assertEquals(2030, o.rentVsBuy().breakEvenYear());
        assertEquals(32.6097, o.rentVsBuy().breakEvenRentPerM2(), 1e-3);
        // Before tax: 25,000 / (100 m² × 10 years) = 25 €/m² (= 100 + (25,000 − 100,000) / 1,000).
        assertEquals(25, o.rentVsBuy().breakEvenRentPerM2PreTax(), 1e-9);
    }

    @Test
    void rentOptionCostIsDiscountedRentPlusFitOut() {
        // Duo sample: 330 m² at 165 + 15 service €/m² = 59,400 a year; fit-out 165,000, of which 60,000 equity at
        // t = 0 and 105,000 lent over 10 years (annuity 5%: 12 × 0.0106065515 per euro = 13,364.255 a year).
        // Before tax, with 0% indexation and discount 5% over 15 years:
        // 60,000 + 59,400 × (1 − 1.05^−15) / 0.05 + 13,364.255 × (1 − 1.05^−10) / 0.05.
        BusinessCase duo = nl.praktijkplan.casefile.SampleCases.load("duo-huurpraktijk.json");
        duo = TestCases.withOverrides(duo, Map.of("rent.indexPct", 0.0, "costs.indexPct", 0.0));
        OptionResult rent = engine.compute(duo).options().get(0);
        double af15 = (1 - Math.pow(1.05, -15)) / 0.05;
        double af10 = (1 - Math.pow(1.05, -10)) / 0.05;
        assertEquals(10.379658, af15, 1e-6);
        assertEquals(105_000, rent.financing().loan(), 1e-9);
        assertEquals(13_364.2549, rent.years().get(0).debtService(), 1e-3);
        assertEquals(60_000 + 59_400 * af15 + rent.years().get(0).debtService() * af10, rent.rentVsBuy().npvCostPreTax(), 1e-6);
        assertNull(rent.onrendabeleTop());
        assertNull(rent.rentVsBuy().breakEvenYear());
    }
}
