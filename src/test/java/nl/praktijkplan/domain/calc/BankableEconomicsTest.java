package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.*;

/**
 * The rules of DOMAIN.md "Economics a bank and an accountant accept", each pinned on {@link EconomicsCases}, whose
 * figures are derived by hand in the comments (2026 tariffs: capitation under 65 € 21.59, 85+ € 59.59, 65–74 € 25.26
 * per quarter; POH-GGZ € 5.41; MTVP € 3.40; consult € 13.18). The base revenue per patient is
 * 4 × 21.59 + 4 consults × 13.18 = 86.36 + 52.72 = € 139.08.
 */
class BankableEconomicsTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    private OperatingYear year(BusinessCase c, int t) {
        return engine.compute(c).options().get(0).years().get(t - 1);
    }

    private static BusinessCase withIncome(BusinessCase c, boolean pohGgz, boolean mtvp, double changePct, double backPayment) {
        Income i = c.income();
        return c.withIncome(new Income(i.method(), i.accountsRevenue(), i.otherRevenuePerPatient(), changePct, 2027,
                backPayment, pohGgz, mtvp, i.gpConsultsPerPatient(), i.segment3()));
    }

    @Test
    void moreElderlyRaiseCapitationByTheTariffDifference() {
        // All under 65: 2,000 × 139.08 = 278,160. With 10% aged 85+: + 2,000 × 4 × 0.10 × (59.59 − 21.59) = + 30,400.
        BusinessCase young = EconomicsCases.plain();
        BusinessCase old = young.withPractice(young.practice().withAgeMix(new AgeMix(90, 0, 0, 10)));
        assertEquals(278_160, year(young, 1).revenue(), 1e-6);
        assertEquals(308_560, year(old, 1).revenue(), 1e-6);
        // 10% aged 65–74 instead: + 2,000 × 4 × 0.10 × (25.26 − 21.59) = + 2,936.
        BusinessCase older = young.withPractice(young.practice().withAgeMix(new AgeMix(90, 10, 0, 0)));
        assertEquals(278_160 + 2_936, year(older, 1).revenue(), 1e-6);
    }

    @Test
    void moduleFeesOnlyWhereThePracticeProvidesThem() {
        // No POH-GGZ, no fee. With POH-GGZ: + 2,000 × 4 × 5.41 = 43,280; with MTVP as well: + 2,000 × 4 × 3.40 = 27,200.
        BusinessCase c = EconomicsCases.plain();
        assertEquals(278_160, year(c, 1).revenue(), 1e-6);
        assertEquals(278_160 + 43_280, year(withIncome(c, true, false, 0, 0), 1).revenue(), 1e-6);
        assertEquals(278_160 + 43_280 + 27_200, year(withIncome(c, true, true, 0, 0), 1).revenue(), 1e-6);
        // By component: capitation 2,000 × 4 × 21.59 = 172,720; POH-GGZ 43,280; MTVP 27,200; consults 2,000 × 4 × 13.18
        // = 105,440; together the year's revenue.
        PracticeEconomics.RevenueBreakdown b = engine.compute(withIncome(c, true, true, 0, 0)).options().get(0).revenueYear1();
        assertEquals(172_720, b.capitation(), 1e-6);
        assertEquals(43_280, b.pohGgz(), 1e-6);
        assertEquals(27_200, b.mtvp(), 1e-6);
        assertEquals(105_440, b.consults(), 1e-6);
        assertEquals(0, b.other(), 1e-6);
        assertEquals(278_160 + 43_280 + 27_200, b.total(), 1e-6);
    }

    @Test
    void revenueOnTheAverageListAndYearOneCostsAsEntered() {
        // 200 patients flow in a year: 2,000 → 2,200 → 2,400. Year 1 is paid on (2,000 + 2,200) / 2 = 2,100:
        // 2,100 × 139.08 = 292,068. Year 2 (2027, tariffs indexed 2.5%): 2,300 × 142.557 = 327,881.1.
        // Staff and other costs of year 1 are the amount entered, 200,000, whatever the growth; year 2:
        // 200,000 × 1.025 × (0.3 fixed + 0.7 × 2,300 / 2,100) = 218,666.67.
        BusinessCase c = EconomicsCases.withGrowth(EconomicsCases.plain(), 200);
        OperatingYear y1 = year(c, 1);
        OperatingYear y2 = year(c, 2);
        assertEquals(2_100, y1.patientsServed(), 1e-9);
        assertEquals(292_068, y1.revenue(), 1e-6);
        assertEquals(200_000, y1.staffAndOtherCosts(), 1e-9);
        assertEquals(327_881.1, y2.revenue(), 1e-6);
        assertEquals(205_000 * (0.3 + 0.7 * 2_300 / 2_100.0), y2.staffAndOtherCosts(), 1e-6);
        assertEquals(218_666.6667, y2.staffAndOtherCosts(), 1e-4);
    }

    @Test
    void extraGpFteIsCostedFromTheYearItIsNeeded() {
        // One holder at 1.0 FTE; 2,095 patients per FTE; employed GP € 140,000 per FTE, indexed with costs.
        // Year 1: 2,100 / 2,095 − 1 = 5/2,095 FTE → 700,000 / 2,095 = 334.13. Year 2: 205/2,095 × 143,500 = 14,041.77.
        BusinessCase c = EconomicsCases.withGrowth(EconomicsCases.plain(), 200);
        assertEquals(334.1288782816, year(c, 1).gpLabourCost(), 1e-6);
        assertEquals(14_041.7661097852, year(c, 2).gpLabourCost(), 1e-6);
        // A holder at 1.2 FTE covers 2,514 patients: the average list passes that in year 4 (2,700):
        // (2,700 / 2,095 − 1.2) × 140,000 × 1.025³ = 13,385.31; years 1–3 cost nothing.
        BusinessCase more = c.withPractice(c.practice().withOwnership(LegalForm.EENMANSZAAK, List.of(new Holder("H", 100, 1.2, 0))));
        assertEquals(0, year(more, 3).gpLabourCost(), 1e-9);
        assertEquals(13_385.3135441527, year(more, 4).gpLabourCost(), 1e-6);
    }

    @Test
    void incomeTaxPerHolderByBracketsAndCorporateTaxForABv() {
        Assumptions a = new Assumptions(AssumptionCatalogue.standard(), Map.of());
        Practice p = EconomicsCases.plain().practice()
                .withOwnership(LegalForm.MAATSCHAP, List.of(new Holder("A", 60, 1, 0), new Holder("B", 40, 1, 0)));
        // Profit 300,000 in 2026: A's 180,000 − 1,200 zelfstandigenaftrek = 178,800 × (1 − 12.7%) = 156,092.4 taxable:
        // 35.75% × 38,883 + 37.56% × (78,426 − 38,883) + 49.5% × (156,092.4 − 78,426) = 67,197.8913.
        // B's 120,000 → 103,712.4 taxable → 41,269.7913. Together 108,467.6826.
        PracticeTax tax = new PracticeTax(p, a);
        assertEquals(67_197.8913, tax.incomeTax(180_000, 2026), 1e-6);
        assertEquals(108_467.6826, tax.tax(300_000, 2026), 1e-6);
        // 2028: bracket limits indexed 2% a year (× 1.0404): 40,453.87 and 81,594.41. One holder, profit 100,000:
        // (100,000 − 1,200) × 0.873 = 86,252.4 → 14,462.26 + 15,452.18 + 2,305.91 = 32,220.35.
        PracticeTax sole = new PracticeTax(EconomicsCases.plain().practice(), a);
        assertEquals(32_220.3502933, sole.tax(100_000, 2028), 1e-6);
        assertEquals(0, sole.tax(-50_000, 2026), 1e-9, "a loss gives no tax");
        // BV: 19% of 200,000 + 25.8% of 50,000 = 38,000 + 12,900 = 50,900.
        PracticeTax bv = new PracticeTax(p.withOwnership(LegalForm.BV, List.of(new Holder("A", 100, 1, 80_000))), a);
        assertEquals(50_900, bv.tax(250_000, 2026), 1e-9);
    }

    @Test
    void interestIsDeductedAndTheLoanIsSolvedToTheNorm() {
        // A tenant's fit-out of 300,000 without equity: the need exceeds what the cash flow carries, so the bank lends
        // exactly its cash-flow limit and year-1 DSCR is the norm. Year 1: EBITDA = 278,160 − 200,000 = 78,160;
        // depreciation 300,000 / 10 = 30,000; tax = box 1 on (78,160 − 30,000 − interest − 1,200) × 0.873.
        BusinessCase c = EconomicsCases.withOption(EconomicsCases.plain(), EconomicsCases.rent(400, 300_000, 0));
        OptionResult o = engine.compute(c).options().get(0);
        OperatingYear y = o.years().get(0);
        double taxable = (78_160 - 30_000 - y.interest() - 1_200) * 0.873;
        double expectedTax = 0.3575 * Math.min(taxable, 38_883) + 0.3756 * Math.max(0, taxable - 38_883);
        assertEquals(expectedTax, y.tax(), 1e-6);
        assertEquals(78_160 - expectedTax - 60_000, y.cfads(), 1e-6);
        assertEquals(o.financing().maxByCashFlow(), o.financing().loan(), 1e-9);
        assertEquals(1.25, o.dscrYear1(), 1e-6);
        // The fit-out loan runs 10 years: 12 × annuity per euro at 5%/12 over 120 months = 0.127278618 a year.
        assertEquals(0.1272786183, y.debtService() / o.financing().loan(), 1e-9);
    }

    @Test
    void theLoanSolverConvergesWithoutInterest() {
        // At 0% the tax does not depend on the loan: CFADS = 78,160 − 14,694.35 − 60,000 = 3,465.65 (taxable
        // (48,160 − 1,200) × 0.873 = 40,996.08: 35.75% of 38,883 + 37.56% of 2,113.08). Debt service per euro is
        // 1/10 a year, so L = 3,465.654652 / (1.25 × 0.1) = 27,725.24.
        BusinessCase c = EconomicsCases.withOption(EconomicsCases.plain(), EconomicsCases.rent(400, 300_000, 0));
        c = TestCases.withOverrides(c, Map.of("loan.ratePct", 0.0));
        OptionResult o = engine.compute(c).options().get(0);
        assertEquals(27_725.237216, o.financing().maxByCashFlow(), 1e-4);
    }

    @Test
    void landIsNotDepreciatedAndTheComponentsWriteOffTheBaseExactly() {
        // Buy for 1,000,000: land 20% = 200,000; base 800,000 = shell 60% 480,000 over 40 years (12,000),
        // installations 25% 200,000 over 15 (13,333.33), fit-out 15% 120,000 over 10 (12,000). A WOZ value of 1
        // keeps the bodemwaarde out of the way. Over 45 years the write-off is 800,000, not a euro of land.
        BusinessCase c = TestCases.withHorizon(EconomicsCases.withOption(EconomicsCases.plain(),
                EconomicsCases.buy(1_000_000, 1, Contributions.NONE)), 45);
        OptionResult o = engine.compute(c).options().get(0);
        assertEquals(200_000, o.depreciation().land(), 1e-9);
        assertEquals(37_333.333333, o.years().get(0).depreciation(), 1e-6);
        assertEquals(800_000, o.years().stream().mapToDouble(OperatingYear::depreciation).sum(), 1e-6);
        // A fractional life ends with a partial year: a shell life of 12.5 years writes 38,400 a year for 12 years
        // and 19,200 in year 13 (with the installations' 13,333.33: 32,533.33), together exactly 480,000.
        OptionResult fractional = engine.compute(TestCases.withOverrides(c, Map.of("depreciation.shellYears", 12.5)))
                .options().get(0);
        assertEquals(38_400 + 13_333.333333 + 12_000, fractional.years().get(0).depreciation(), 1e-5);
        assertEquals(19_200 + 13_333.333333, fractional.years().get(12).depreciation(), 1e-5);
        assertEquals(13_333.333333, fractional.years().get(13).depreciation(), 1e-5);
        assertEquals(800_000, fractional.years().stream().mapToDouble(OperatingYear::depreciation).sum(), 1e-6);
    }

    @Test
    void theBuildingIsNotDepreciatedBelowTheBodemwaarde() {
        // WOZ 850,000 → bodemwaarde 100% = 850,000. Book value land + shell + installations = 200,000 + 680,000 =
        // 880,000: year 1 may write off 30,000 of building and takes the scheduled 25,333.33; year 2 only the
        // 4,666.67 left above the floor; then nothing. The fit-out (12,000 a year for 10 years) is not a building.
        BusinessCase c = EconomicsCases.withOption(EconomicsCases.plain(), EconomicsCases.buy(1_000_000, 850_000, Contributions.NONE));
        List<OperatingYear> years = engine.compute(c).options().get(0).years();
        assertEquals(37_333.333333, years.get(0).depreciation(), 1e-5);
        assertEquals(16_666.666667, years.get(1).depreciation(), 1e-5);
        assertEquals(12_000, years.get(2).depreciation(), 1e-9);
        // Without a WOZ value the market value counts: 150 €/m² × 400 m² / 6% = 1,000,000 > 880,000: no building write-off.
        BusinessCase atMarket = EconomicsCases.withOption(EconomicsCases.plain(), EconomicsCases.buy(1_000_000, 0, Contributions.NONE));
        assertEquals(12_000, engine.compute(atMarket).options().get(0).years().get(0).depreciation(), 1e-9);
    }

    @Test
    void grantsLowerTheBaseUnlessTheyAreTaxed() {
        // A grant of 100,000 lowers the base to 700,000: shell 60% = 420,000 / 40 = 10,500 in year 1.
        BusinessCase lowered = TestCases.withHorizon(EconomicsCases.withOption(EconomicsCases.plain(),
                EconomicsCases.buy(1_000_000, 1, new Contributions(100_000, 0, 0, false))), 45);
        OptionResult o = engine.compute(lowered).options().get(0);
        assertEquals(700_000, o.depreciation().base(), 1e-6);
        assertEquals(10_500, o.depreciation().components().get(0).cost() / 40, 1e-9);
        // Taxed as income instead: the base stays 800,000 and year 1's profit carries the 100,000.
        BusinessCase taxed = TestCases.withHorizon(EconomicsCases.withOption(EconomicsCases.plain(),
                EconomicsCases.buy(1_000_000, 1, new Contributions(100_000, 0, 0, true))), 45);
        OptionResult t = engine.compute(taxed).options().get(0);
        assertEquals(800_000, t.depreciation().base(), 1e-6);
        OperatingYear y1 = t.years().get(0);
        assertEquals(100_000, y1.profitBeforeTax() - (y1.ebitda() - y1.depreciation() - y1.interest()), 1e-6);
        OperatingYear y2 = t.years().get(1);
        assertEquals(0, y2.profitBeforeTax() - (y2.ebitda() - y2.depreciation() - y2.interest()), 1e-6);
    }

    @Test
    void theCbbScenarioMovesOnlyTheHousingComponent() {
        // +20% on the housing component (5% of segment-1 revenue) from 2027, with a back-payment of 10,000 in 2027.
        // 2026 is untouched: 278,160. 2027: segment 1 = 2,000 × 139.08 × 1.025 = 285,114; + 285,114 × 5% × 20%
        // = 2,851.14; + 10,000 → 297,965.14.
        BusinessCase c = withIncome(EconomicsCases.plain(), false, false, 20, 10_000);
        assertEquals(278_160, year(c, 1).revenue(), 1e-6);
        assertEquals(297_965.14, year(c, 2).revenue(), 1e-6);
        assertEquals(285_114 * 1.01 * 1.025, year(c, 3).revenue(), 1e-6);
    }

    @Test
    void rentAndBuyTreatGrantsFeesAndVatAlike() {
        // A rented fit-out of 150,000 excluding VAT costs 181,500 as paid; a grant of 50,000 is part of the t = 0
        // sources on the rent path too: the practice pays 131,500 itself (equity 200,000, no loan), and the grant
        // lowers the fit-out's depreciable base to 131,500 (13,150 a year).
        HousingOption rent = new HousingOption("Huur", OptionType.RENT, 400, 0, 0, 150_000, 0, PurchaseTax.NONE, 0, 0, 0, 0, 0,
                false, 0, 0, Valuation.byYield(ValuationMethod.BAR, 0, 0), 0, 0, new Contributions(50_000, 0, 0, false),
                TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
        BusinessCase c = TestCases.withFinancing(EconomicsCases.withOption(EconomicsCases.plain(), rent),
                new Financing(RepaymentType.ANNUITY, 0, 200_000, false, false, "", List.of(), 0));
        OptionResult r = engine.compute(c).options().get(0);
        assertEquals(181_500, r.investmentTotal(), 1e-9);
        assertEquals(131_500, r.rentVsBuy().cumulativeCost().get(0), 1e-9);
        assertEquals(13_150, r.years().get(0).depreciation(), 1e-9);
        // Buying with works excluding VAT: the tenant of the "rent instead" path pays the same fit-out with VAT
        // (100,000 → 121,000), and maintenance (1%) is on the building as paid: (500,000 + 100,000 + 21,000) × 1%.
        HousingOption buy = new HousingOption("Koop", OptionType.RENOVATE, 400, 0, 0, 100_000, 500_000, PurchaseTax.NONE, 0, 0,
                0, 100_000, 0, false, 0, 0, Valuation.byYield(ValuationMethod.BAR, 150, 6), 1, 0, Contributions.NONE,
                TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
        OptionResult b = engine.compute(EconomicsCases.withOption(EconomicsCases.plain(), buy)).options().get(0);
        assertEquals(121_000, b.rentVsBuy().cumulativeRentReference().get(0), 1e-9);
        assertEquals(6_210, b.years().get(0).housingCosts(), 1e-9);
    }

    @Test
    void theRoomProgrammeGivesTheLhvNormForTheStandardPractice() {
        // The LHV standard practice: 2,439 patients, 1.0 FTE GP, POH-S 0.5, POH-GGZ 0.3, assistants 2.0. Rooms:
        // consulting 1 × 16, treatment ⌈0.5⌉ × 16, nurse 1 × 12, assistants ⌈2/1.5⌉ = 2 × 12, waiting 5 × 2.439
        // = 12.195, support 30 + 5 m² × 3.8 FTE = 49 → 129.195 m²; + 10% circulation = 142.1145; × 1.35 BVO
        // = 191.85 m², within 5% of the norm's 190 m².
        Practice p = new Practice("Norm", "", 2026, 10, 2_439, new AgeMix(100, 0, 0, 0), 0, SpaceMethod.ROOM_PROGRAMME, false,
                0, 0, LegalForm.EENMANSZAAK, List.of(new Holder("H", 100, 1.0, 0)), true);
        Staffing team = new Staffing(0, 0.5, 0.3, 0, 0, 2.0);
        SpaceRequirement space = new SpaceRequirement(p, team, 1.0, new Assumptions(AssumptionCatalogue.standard(), Map.of()));
        assertEquals(191.854575, space.m2Needed(2_439), 1e-9);
        assertTrue(Math.abs(space.m2Needed(2_439) / 190 - 1) <= 0.05);
    }
}
