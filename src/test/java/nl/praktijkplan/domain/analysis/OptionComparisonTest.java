package nl.praktijkplan.domain.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.OptionComparison.Metric;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;

class OptionComparisonTest {

    private final BusinessCaseResult lhv = new BusinessCaseEngine().compute(SampleCases.load("lhv-bouwadvies.json"));

    /**
     * Columns: 0 = stay (180 m² rented), 1 = A new build 350 m², 2 = B listed building 320 m².
     * Engine numbers for the LHV sample (computed once, rounded here):
     * investment 0 / 1,187,500 / 1,246,872; market value n/a / 1,166,667 / 935,385;
     * top n/a / 20,833 / 311,487; max loan n/a / 816,667 / 654,769 (both the 70% LTV limit);
     * gap n/a / 220,833 / 292,103; DSCR year 1 n/a / 1.746 / 2.134 (B draws less against a similar CFADS);
     * worst DSCR = year 1 for both (CFADS grows faster than the annuity); NPV cost 495,620 / 807,941 / 916,703;
     * break-even n/a / 2029 / 2045; extra patients 0 / 492.9 / 107.8.
     */
    @Test
    void marksTheBestColumnPerRow() {
        OptionComparison cmp = OptionComparison.of(lhv);
        assertEquals(3, cmp.columns().size());
        assertTrue(cmp.columns().get(0).stay());

        assertEquals(List.of(1), cmp.row(Metric.AREA_M2).bestColumns());          // 350 > 320 > 180
        assertEquals(List.of(0), cmp.row(Metric.INVESTMENT).bestColumns());       // staying costs nothing upfront
        assertEquals(List.of(1), cmp.row(Metric.MARKET_VALUE).bestColumns());     // stay n/a
        assertEquals(List.of(1), cmp.row(Metric.ONRENDABELE_TOP).bestColumns());  // 20,833 < 311,487
        assertEquals(List.of(1), cmp.row(Metric.MAX_LOAN).bestColumns());
        assertEquals(List.of(1), cmp.row(Metric.FINANCING_GAP).bestColumns());
        assertEquals(List.of(2), cmp.row(Metric.DSCR_YEAR1).bestColumns());       // higher is better
        assertEquals(List.of(2), cmp.row(Metric.DSCR_WORST).bestColumns());
        assertEquals(List.of(0), cmp.row(Metric.NPV_COST).bestColumns());         // lower is better
        // After tax, buying A is not dearer than renting from the first year; B never within the horizon: one value
        // is nothing to compare, so no column is marked best.
        assertEquals(List.of(), cmp.row(Metric.BREAK_EVEN_YEAR).bestColumns());
        assertEquals(List.of(1), cmp.row(Metric.EXTRA_PATIENTS).bestColumns());

        // the same ordering, read from the engine's own numbers
        var a = lhv.options().get(0);
        var b = lhv.options().get(1);
        assertTrue(a.onrendabeleTop() < b.onrendabeleTop());
        assertTrue(b.dscrYear1() > a.dscrYear1());
        assertEquals(2027, a.rentVsBuy().breakEvenYear());
        assertEquals(null, b.rentVsBuy().breakEvenYear());
        assertTrue(lhv.stay().rentVsBuy().npvCost() < a.rentVsBuy().npvCost());

        // not-applicable cells are never best and carry no value
        OptionComparison.Cell stayTop = cmp.row(Metric.ONRENDABELE_TOP).cells().get(0);
        assertFalse(stayTop.applicable());
        assertNull(stayTop.value());
        assertFalse(stayTop.best());
    }

    @Test
    void hundredPercentLoanValueIsHandDerived() {
        // Option A: market value = market rent / BAR = 200 €/m² × 350 m² / 6.0% = 1,166,666.67;
        // max loan = 70% LTV of it = 816,666.67 (the cash-flow limit is higher);
        // gap = investment 1,050,000 + 122,500 + 15,000 − equity 150,000 − 816,666.67 = 220,833.33.
        OptionComparison cmp = OptionComparison.of(lhv, List.of(0));
        assertEquals(1_166_666.67, cmp.row(Metric.MARKET_VALUE).cells().get(1).value(), 0.005);
        assertEquals(816_666.67, cmp.row(Metric.MAX_LOAN).cells().get(1).value(), 0.005);
        assertEquals(220_833.33, cmp.row(Metric.FINANCING_GAP).cells().get(1).value(), 0.005);
        // a single option against stay: its DSCR has nothing to be compared with, so nothing is marked
        assertTrue(cmp.row(Metric.DSCR_YEAR1).bestColumns().isEmpty());
    }

    @Test
    void patientPlacesAddedAreTheCapacityOfTheOptionsSquareMetresBeyondTheCurrentOnes() {
        // LHV bouwnorm 190 m² per 2,439 patients: 12.8368 patients per m². The sample practice has 180 m² now.
        // A: (350 − 180) × 2,439 / 190 = 2,182.26; B: (320 − 180) × 2,439 / 190 = 1,797.16; staying adds none.
        OptionComparison cmp = OptionComparison.of(lhv);
        OptionComparison.Row places = cmp.row(Metric.PLACES_ADDED);
        assertEquals(0, places.cells().get(0).value(), 1e-9);
        assertEquals(2_182.26, places.cells().get(1).value(), 0.005);
        assertEquals(1_797.16, places.cells().get(2).value(), 0.005);
        assertEquals(List.of(1), places.bestColumns());
        // the same number as the insurer's impact (Leidraad) of each option
        assertEquals(nl.praktijkplan.domain.calc.InsurerImpact.of(lhv, lhv.options().get(1)).placesAdded(),
                places.cells().get(2).value(), 1e-9);
        // it sits right after the extra patients served, which it explains
        assertEquals(Metric.EXTRA_PATIENTS.ordinal() + 1, Metric.PLACES_ADDED.ordinal());
    }

    @Test
    void oneToFourOptions() {
        assertThrows(IllegalArgumentException.class, () -> OptionComparison.of(lhv, List.of()));
        assertThrows(IllegalArgumentException.class, () -> OptionComparison.of(lhv, List.of(0, 1, 0, 1, 0)));
        assertEquals(5, OptionComparison.of(lhv, List.of(0, 1, 1, 0)).columns().size());
    }
}
