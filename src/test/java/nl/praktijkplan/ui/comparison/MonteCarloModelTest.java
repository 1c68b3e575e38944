package nl.praktijkplan.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.analysis.MonteCarloSimulation;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.I18n;

class MonteCarloModelTest {

    @Test
    void defaultsAreTheTornadoSwingsAroundTheCase() {
        MonteCarloModel m = new MonteCarloModel();
        assertEquals(Driver.values().length, m.ranges().size());
        MonteCarloModel.Range rate = m.range(Driver.LOAN_RATE);
        assertEquals(-1, rate.min());
        assertEquals(0, rate.mode());
        assertEquals(1, rate.max());
        assertEquals(MonteCarloSimulation.DEFAULT_DRAWS, m.draws());
        assertEquals(MonteCarloSimulation.DEFAULT_SEED, m.seed());
        assertEquals("pp", MonteCarloModel.unit(Driver.LOAN_RATE));
        assertEquals("%", MonteCarloModel.unit(Driver.BUILD_COST));
    }

    @Test
    void settingsCarryTheEditsAndRejectBadRanges() {
        MonteCarloModel m = new MonteCarloModel();
        m.setDraws(200);
        m.setSeed(7);
        m.range(Driver.BUILD_COST).set(-5, 0, 25);
        MonteCarloSimulation.Settings s = m.settings(1);
        assertEquals(200, s.draws());
        assertEquals(7, s.seed());
        assertEquals(1, s.optionIndex());
        assertEquals(25, s.ranges().get(Driver.BUILD_COST.ordinal()).max());
        m.range(Driver.BUILD_COST).set(5, 0, 25);
        assertThrows(IllegalArgumentException.class, () -> m.settings(1));
        assertThrows(IllegalArgumentException.class, () -> m.setDraws(0));
    }

    @Test
    void aSmallRunGivesOrderedPercentiles() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        MonteCarloModel m = new MonteCarloModel();
        m.setDraws(300);
        MonteCarloSimulation.Result r = new MonteCarloSimulation(new nl.praktijkplan.domain.calc.BusinessCaseEngine())
                .run(c, m.settings(0));
        MonteCarloSimulation.Percentiles p = r.percentiles(AnalysisOutput.FINANCING_GAP);
        assertTrue(p.p10() <= p.p50() && p.p50() <= p.p90());
        assertEquals("–", MonteCarloView.format(AnalysisOutput.DSCR_YEAR1, Double.NaN, new I18n(I18n.DUTCH).numbers()));
    }
}
