package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;

/** The sensitivity rows are the engine's own results on modified inputs, not numbers the report makes up. */
class SensitivityTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void baseRowIsTheResultItself() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        Sensitivity.Scenario base = Sensitivity.run(r).get(0);
        assertEquals(r.preferred().dscrYear1(), base.dscrYear1());
        assertEquals(r.preferred().financing().financingGap(), base.financingGap());
    }

    @Test
    void rateRowEqualsAnEngineRunWithTheRateOnePointHigher() {
        BusinessCase c = SampleCases.load("zijper-polder.json");
        BusinessCaseResult r = engine.compute(c);
        Map<String, Double> overrides = new HashMap<>(c.assumptionOverrides());
        overrides.put(AssumptionKeys.LOAN_RATE, r.assumptions().value(AssumptionKeys.LOAN_RATE) + 1);
        BusinessCase higher = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(),
                c.income(), c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(),
                overrides, c.notes());
        OptionResult expected = engine.compute(higher).preferred();
        Sensitivity.Scenario rate = Sensitivity.run(r).get(1);
        assertEquals("rate", rate.key());
        assertEquals(expected.dscrYear1(), rate.dscrYear1());
        assertEquals(expected.financing().financingGap(), rate.financingGap());
        // A dearer loan of the same size needs more debt service, so the DSCR of year 1 must fall.
        assertTrue(rate.dscrYear1() < r.preferred().dscrYear1());
    }

    /**
     * LHV option B with price and renovation +10%: investment 768,000 × 1.1 = 844,800 + transfer tax 10.4% = 87,859.20
     * + renovation 422,400 + buyer's costs 15,000 (not scaled) = 1,370,059.20, i.e. 123,187.20 more than 1,246,872.
     * The loan is capped by LTV on an unchanged market value and the equity and insurer money are fixed, so the whole
     * increase lands in the financing gap: 292,103 + 123,187 = 415,290 (rounded).
     */
    @Test
    void costRowRaisesTheGapByTheExtraInvestmentWhenTheLoanIsCappedByCollateral() {
        BusinessCaseResult r = engine.compute(SampleCases.load("lhv-bouwadvies.json"));
        List<Sensitivity.Scenario> rows = Sensitivity.run(r);
        Sensitivity.Scenario cost = rows.get(2);
        assertEquals("cost", cost.key());
        assertEquals(r.preferred().financing().financingGap() + 123_187.20, cost.financingGap(), 0.01);
    }
}
