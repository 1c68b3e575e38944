package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.input.RepaymentType;

class LoanTest {

    private static final LoanTerms ANNUITY_5_20 = LoanTerms.fixedForTerm(0.05, 20, RepaymentType.ANNUITY, 0);

    @Test
    void annuityOfOneMillionAtFivePercentOverTwentyYears() {
        // m = 0.05/12, N = 240: payment = 1,000,000 · m / (1 − (1+m)^−240) = 6,599.557392166587
        // (Python: 1e6*m/(1-(1+m)**-240); Excel PMT(5%/12;240;-1000000) gives 6,599.56).
        AmortisationSchedule s = new AmortisationSchedule(1_000_000, ANNUITY_5_20, 20);
        assertEquals(6_599.557392166587, s.months().get(0).payment(), 1e-6);
        assertEquals(6_599.557392166587, s.months().get(239).payment(), 1e-6);
        // Year 1: 12 payments = 79,194.69; interest by stepping the balance month by month in Python = 49,321.58.
        assertEquals(79_194.68870599905, s.years().get(0).debtService(), 1e-6);
        assertEquals(49_321.5750606928, s.years().get(0).interest(), 1e-6);
        assertEquals(970_126.8863546938, s.balanceAfterYear(1), 1e-6);
        assertEquals(0, s.balanceAfterYear(20), 1e-6);
    }

    @Test
    void linearLoanYearOneDebtService() {
        // Principal 1,000,000/240 = 4,166.67 a month → 50,000 in year 1.
        // Interest: m · Σ_{k=0..11} (1,000,000 − k·4,166.67) = (0.05/12) · (12,000,000 − 66 · 4,166.67)
        //         = (0.05/12) · 11,725,000 = 48,854.17; debt service 98,854.17.
        LoanTerms linear = LoanTerms.fixedForTerm(0.05, 20, RepaymentType.LINEAR, 0);
        AmortisationSchedule s = new AmortisationSchedule(1_000_000, linear, 20);
        assertEquals(50_000, s.years().get(0).principal(), 1e-6);
        assertEquals(48_854.166666666667, s.years().get(0).interest(), 1e-6);
        assertEquals(98_854.166666666667, linear.yearOneDebtServicePerEuro() * 1_000_000, 1e-6);
        // The first year is the heaviest for a linear loan.
        assertEquals(true, s.years().get(1).debtService() < s.years().get(0).debtService());
    }

    @Test
    void balloonStaysOutstandingAndIsRefinancedInterestOnly() {
        // 30% balloon: payment = (L − 0.3·L·(1+m)^−N) · m / (1 − (1+m)^−N) = 5,869.690174516611 (Python).
        LoanTerms balloon = LoanTerms.fixedForTerm(0.05, 20, RepaymentType.ANNUITY, 0.30);
        AmortisationSchedule s = new AmortisationSchedule(1_000_000, balloon, 25);
        assertEquals(5_869.690174516611, s.months().get(0).payment(), 1e-6);
        assertEquals(300_000, s.balanceAfterYear(20), 1e-6);
        // After the term: interest only on 300,000 at 5% = 15,000 a year, balance unchanged.
        assertEquals(15_000, s.years().get(21).debtService(), 1e-6);
        assertEquals(300_000, s.balanceAfterYear(25), 1e-6);
    }

    @Test
    void maxLoanFromDebtServiceInvertsTheAnnuity() {
        // L = DS / (12 · payment per euro): the debt service of a 1,000,000 annuity gives back 1,000,000.
        double perEuro = ANNUITY_5_20.yearOneDebtServicePerEuro();
        assertEquals(1_000_000, 79_194.68870599905 / perEuro, 1e-6);
    }

    @Test
    void zeroRateRepaysInEqualParts() {
        // At 0% an annuity is 1,200,000 / 240 = 5,000 a month.
        AmortisationSchedule s = new AmortisationSchedule(1_200_000, LoanTerms.fixedForTerm(0, 20, RepaymentType.ANNUITY, 0), 20);
        assertEquals(5_000, s.months().get(0).payment(), 1e-9);
        assertEquals(0, s.balanceAfterYear(20), 1e-6);
    }
}
