package nl.praktijkplan.domain.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;

/** The stress scenarios are the engine's own results on modified inputs and the agreed plan (DOMAIN rule 8). */
class StressTestTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private final StressTest stress = new StressTest(engine);

    @Test
    void baseRowIsTheResultItself() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        StressTest.Row base = stress.run(r, 1).get(0);
        OptionResult b = r.options().get(1);
        assertEquals(b.verdict().lowestDscrFixedPeriod(), base.figures().dscrMinFixedPeriod());
        assertEquals(b.financing().financingGap(), base.figures().gap());
        assertEquals(b.financing().loan(), base.figures().loan());
    }

    @Test
    void rateRowIsTheAgreedLoanAtTheRateOnePointHigher() {
        BusinessCase c = SampleCases.load("zijper-polder.json");
        BusinessCaseResult r = engine.compute(c);
        int pref = r.options().indexOf(r.preferred());
        BusinessCase higher = CaseVariations.withLoanRatePct(c, r.assumptions().value(AssumptionKeys.LOAN_RATE) + 1);
        OptionResult expected = engine.computeOnPlan(higher, pref, FixedFinancing.of(c, r.preferred()), RentVsBuyDetail.NONE);
        StressTest.Row rate = stress.run(r, pref).get(1);
        assertEquals("rate", rate.key());
        assertEquals(expected.verdict().lowestDscrFixedPeriod(), rate.figures().dscrMinFixedPeriod());
        assertEquals(r.preferred().financing().loan(), rate.figures().loan());
        // The same loan at a higher rate needs more debt service, so the lowest DSCR must fall.
        assertTrue(rate.figures().dscrMinFixedPeriod() < r.preferred().verdict().lowestDscrFixedPeriod());
    }

    /**
     * LHV option B with price and renovation +10%: investment 768,000 × 1.1 = 844,800 + transfer tax 10.4% = 87,859.20
     * + renovation 422,400 + buyer's costs 15,000 (not scaled) = 1,370,059.20, i.e. 123,187.20 more than 1,246,872.
     * The agreed loan, equity and insurer money stay, so the whole increase lands in the financing gap.
     */
    @Test
    void costRowRaisesTheGapByTheExtraInvestment() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        List<StressTest.Row> rows = stress.run(r, 1);
        StressTest.Row cost = rows.get(2);
        assertEquals("cost", cost.key());
        assertEquals(r.options().get(1).financing().financingGap() + 123_187.20, cost.figures().gap(), 0.01);
    }

    /**
     * The refinancing row: 5% annuity on €654,769.23 over 20 years is €51,854.25 a year; after 10 fixed years the
     * balance of €407,407.36 is repaid at 7% over the 120 months left, €56,764.14 a year (see AgreedPlanTest). The
     * fixed-rate period is untouched; after it the debt service is higher, so the lowest DSCR there falls.
     */
    @Test
    void refinancingRowLowersOnlyTheDscrAfterTheFixedRatePeriod() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        List<StressTest.Row> rows = stress.run(r, 1);
        StressTest.Row refinance = rows.get(rows.size() - 1);
        assertEquals("refinance", refinance.key());
        assertEquals("+2 procentpunt bij herfinanciering", refinance.labelNl());
        StressFigures base = rows.get(0).figures();
        assertEquals(base.dscrMinFixedPeriod(), refinance.figures().dscrMinFixedPeriod());
        assertTrue(refinance.figures().dscrMinAfterFixed() < base.dscrMinAfterFixed());
    }

    @Test
    void resizedRowsAnswerWhatTheBankWouldLend() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        List<StressTest.Row> rows = stress.run(r, 1, FinancingBasis.BANK_RESIZES);
        // Six rows: no refinancing row, since a bank sizing a new loan knows no refinancing rate.
        assertEquals(6, rows.size());
        // Market rent −10%: value €841,846.15, 70% of it €589,292.31 lent instead of €654,769.23.
        assertEquals(589_292.31, rows.get(5).figures().loan(), 0.005);
    }
}
