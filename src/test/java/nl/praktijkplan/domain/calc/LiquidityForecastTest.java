package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Relocation;

class LiquidityForecastTest {

    private static final double CENT = 0.005;

    /**
     * Six months of construction, three months of double rent. Opening cash 100,000; equity 60,000 and a loan of
     * 480,000 go into the deposit (540,000). Purchase 300,000 in month 1; works 240,000 = 40,000 a month in months 1–6;
     * loan rate 6% (0.5% a month). Before the move 24,000 a year of CFADS (2,000 a month); after it 120,000 (10,000 a
     * month) and debt service 54,000 (4,500 a month). Old housing 72,000 a year (6,000 a month) in months 7–9; moving
     * costs 20,000 in month 7; grants 60,000 in month 12.
     *
     * Deposit (interest = 0.5% × (paid out of the deposit − 60,000 own money first), paid from the deposit):
     *  m1: 540,000 − 340,000 = 200,000; loan out 280,000 → interest 1,400 → 198,600
     *  m2: −40,000 = 158,600; loan out 321,400 → 1,607 → 156,993
     *  m3: −40,000 = 116,993; loan out 363,007 → 1,815.035 → 115,177.965
     *  m4: −40,000 = 75,177.965; loan out 404,822.035 → 2,024.110175 → 73,153.854825
     *  m5: −40,000 = 33,153.854825; loan out 446,846.145175 → 2,234.230725875 → 30,919.624099125
     *  m6: the draw of 40,000 takes the last 30,919.624099125, 9,080.375900875 from cash; the loan is fully out:
     *      interest 480,000 × 0.5% = 2,400 from cash; from cash 11,480.375900875
     * Cash: m1 100,000 + 2,000 − 60,000 = 42,000; m2..m5 +2,000 → 50,000;
     *  m6 50,000 + 2,000 − 11,480.375900875 = 40,519.624099125
     *  m7 +10,000 − 6,000 − 20,000 − 4,500 = −20,500 → 20,019.624099125
     *  m8 +10,000 − 6,000 − 4,500 = −500 → 19,519.624099125
     *  m9 −500 → 19,019.624099125 (the lowest: from m10 on +5,500 a month, m12 +60,000)
     */
    @Test
    void sixMonthsOfConstructionAndThreeOfDoubleRentPinTheLowestMonth() {
        LiquidityForecast f = new LiquidityForecast(plan(new Relocation(6, 3, 20_000, 12), 0));

        assertEquals(9, f.lowestCashMonth());
        assertEquals(19_019.624099125, f.lowestCash(), CENT);
        assertEquals(7, f.moveMonth());
        assertEquals(42_000, f.months().get(0).closingBalance(), CENT);
        assertEquals(30_919.624099125, f.months().get(4).depositBalance(), CENT);
        assertEquals(2_234.230725875, f.months().get(4).constructionInterest(), CENT);
        assertEquals(11_480.375900875, f.months().get(5).investmentFromCash(), CENT);
        assertEquals(40_519.624099125, f.months().get(5).closingBalance(), CENT);
        assertEquals(20_019.624099125, f.months().get(6).closingBalance(), CENT);
        // m12: 19,019.624099125 + 5,500 × 3 + 60,000 = 95,519.624099125
        assertEquals(95_519.624099125, f.months().get(11).closingBalance(), CENT);
        // buffer norm 30,000 > 19,019.62
        assertFalse(f.meetsBuffer());
    }

    /**
     * Year-1 consistency: plan year 1 is months 7–18; its operating cash flow adds up to the year's CFADS (120,000) and
     * its debt service to the year's (54,000). 2 plan years + 6 construction months = 30 months: 24 monthly rows, then
     * one block of months 25–30 whose closing balance is month 30's.
     */
    @Test
    void twelveMonthsAfterTheMoveAddUpToPlanYearOne() {
        LiquidityForecast f = new LiquidityForecast(plan(new Relocation(6, 3, 20_000, 12), 0));
        List<LiquidityPeriod> year1 = f.months().subList(6, 18);
        assertEquals(120_000, year1.stream().mapToDouble(LiquidityPeriod::operating).sum(), CENT);
        assertEquals(54_000, year1.stream().mapToDouble(LiquidityPeriod::debtService).sum(), CENT);
        assertEquals(30, f.months().size());
        assertEquals(25, f.periods().size());
        LiquidityPeriod block = f.periods().get(24);
        assertEquals(25, block.firstMonth());
        assertEquals(30, block.lastMonth());
        // year 2 = 132,000 / 12 = 11,000 a month, 6 months
        assertEquals(66_000, block.operating(), CENT);
        assertEquals(f.months().get(29).closingBalance(), block.closingBalance(), 0);
    }

    /**
     * A reserve of 20,000 for construction interest and a loan 20,000 higher (500,000): the deposit holds 560,000.
     * The draws and the loan paid out are those of the example above in months 1–5 (the deposit never runs dry), so
     * the deposit is 20,000 higher: 50,919.624099125 after month 5.
     * m6: −40,000 = 10,919.624099125; paid out 509,080.375900875 + 40,000 − 60,000 own money = 489,080.375900875 of
     * the loan → interest 0.5% = 2,445.401879504375 → 8,474.222219620625 left, paid out to the practice in month 7.
     */
    @Test
    void whatTheDepositKeepsIsPaidOutAtTheMove() {
        LiquidityForecast.Plan p = plan(new Relocation(6, 3, 20_000, 12), 20_000);
        LiquidityForecast f = new LiquidityForecast(new LiquidityForecast.Plan(p.openingCash(), p.relocation(),
                p.paidAtStart(), p.works(), 20_000, 500_000, p.equityUsed(), p.contributions(), p.monthlyRate(), p.cfads(),
                p.debtService(), p.cfadsBeforeMove(), p.debtServiceBeforeMove(), p.oldHousing(), p.bufferNorm()));
        assertEquals(0, f.months().get(5).investmentFromCash(), CENT);
        assertEquals(2_445.401879504, f.months().get(5).constructionInterest(), CENT);
        assertEquals(8_474.222219621, f.months().get(6).depositReleased(), CENT);
        assertEquals(0, f.months().get(6).depositBalance(), 0);
    }

    /** Nonsense months do not break it: negative construction months count as none, a grant month beyond the end as the last. */
    @Test
    void monthsOutsideTheForecastAreClamped() {
        LiquidityForecast f = new LiquidityForecast(plan(new Relocation(-3, -1, 0, 999), 0));
        assertEquals(1, f.moveMonth());
        assertEquals(24, f.months().size());
        assertEquals(60_000, f.months().get(23).contributions(), 0);
    }

    /** The LHV sample through the engine: every option's plan year 1 adds up to the engine's year-1 CFADS and debt service. */
    @Test
    void theEnginesForecastAgreesWithItsYearlyFigures() {
        BusinessCase c = TestCases.lhv();
        BusinessCaseResult r = new BusinessCaseEngine().compute(c);
        for (OptionResult o : r.options()) {
            LiquidityForecast f = o.liquidity();
            int move = o.option().relocation().constructionMonths() + 1;
            assertEquals(move, f.moveMonth());
            List<LiquidityPeriod> year1 = f.months().subList(move - 1, move + 11);
            assertEquals(o.years().get(0).cfads(), year1.stream().mapToDouble(LiquidityPeriod::operating).sum(), CENT);
            assertEquals(o.years().get(0).debtService(), year1.stream().mapToDouble(LiquidityPeriod::debtService).sum(), CENT);
            // Every euro is paid once: the investment and fee less the interest reserve, plus the interest, come out of
            // the deposit (equity + loan, less what it pays back at the move) or out of the cash.
            double fromCashNet = f.months().stream().mapToDouble(m -> m.investmentFromCash() - m.depositReleased()).sum();
            double interest = f.months().stream().mapToDouble(LiquidityPeriod::constructionInterest).sum();
            assertEquals(o.totalUses() - o.investment().constructionFinancingCosts() + interest - o.financing().loan()
                    - o.financing().equityUsed(), fromCashNet, CENT);
        }
        // Stay: no move, no investment; month 1 is its plan year's first month.
        LiquidityForecast stay = r.stay().liquidity();
        assertEquals(1, stay.moveMonth());
        assertEquals(c.financing().openingCash() + r.stay().years().get(0).cfads() / 12 - r.stay().years().get(0).debtService() / 12,
                stay.months().get(0).closingBalance(), CENT);
        assertTrue(stay.months().stream().allMatch(m -> m.investmentFromCash() == 0 && m.equityIntoDeposit() == 0));
    }

    /** An existing loan of 12,000 a year that runs on is paid before the move too: 1,000 a month less in months 1–6. */
    @Test
    void existingLoansArePaidBeforeTheMove() {
        LiquidityForecast.Plan p = plan(new Relocation(6, 3, 20_000, 12), 20_000);
        LiquidityForecast without = new LiquidityForecast(p);
        LiquidityForecast with = new LiquidityForecast(new LiquidityForecast.Plan(p.openingCash(), p.relocation(),
                p.paidAtStart(), p.works(), p.interestReserve(), p.loan(), p.equityUsed(), p.contributions(), p.monthlyRate(),
                p.cfads(), p.debtService(), p.cfadsBeforeMove(), 12_000, p.oldHousing(), p.bufferNorm()));
        assertEquals(1_000, with.months().get(0).debtService(), CENT);
        assertEquals(without.months().get(5).closingBalance() - 6_000, with.months().get(5).closingBalance(), CENT);
        assertEquals(without.months().get(6).debtService(), with.months().get(6).debtService(), CENT, "after the move: the plan's");
    }

    private static LiquidityForecast.Plan plan(Relocation r, double interestReserve) {
        return new LiquidityForecast.Plan(100_000, r, 300_000, 240_000, interestReserve, 480_000, 60_000, 60_000,
                0.06 / 12, new double[] {120_000, 132_000}, new double[] {54_000, 54_000}, 24_000, 0, 72_000, 30_000);
    }
}
