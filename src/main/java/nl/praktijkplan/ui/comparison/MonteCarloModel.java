package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.analysis.DriverRange;
import nl.praktijkplan.domain.analysis.FinancingBasis;
import nl.praktijkplan.domain.analysis.MonteCarloSimulation;

/**
 * What the Monte Carlo tab edits, without a screen: per driver a triangular range of shifts (in the driver's
 * unit, 0 = the case's value), the number of draws, the seed and the financing basis. Defaults: the tornado's swing as
 * min and max, the case's value as the most likely one, the agreed financing (the stress test).
 */
public final class MonteCarloModel {

    /** The outputs whose percentiles are shown: the stress figures of DOMAIN rule 8, and buying against renting. */
    public static final List<AnalysisOutput> OUTPUTS = List.of(AnalysisOutput.DSCR_FIXED_PERIOD, AnalysisOutput.DSCR_WORST,
            AnalysisOutput.CASH_SHORTFALL, AnalysisOutput.FINANCING_GAP, AnalysisOutput.NPV_BUY_MINUS_RENT);

    /** One editable range; min ≤ mode ≤ max in the driver's unit. */
    public static final class Range {
        private final Driver driver;
        private double min;
        private double mode;
        private double max;

        Range(Driver driver, double min, double mode, double max) {
            this.driver = driver;
            this.min = min;
            this.mode = mode;
            this.max = max;
        }

        public Driver driver() {
            return driver;
        }

        public double min() {
            return min;
        }

        public double mode() {
            return mode;
        }

        public double max() {
            return max;
        }

        public void set(double min, double mode, double max) {
            this.min = min;
            this.mode = mode;
            this.max = max;
        }

        /** The engine's range; throws IllegalArgumentException unless min ≤ mode ≤ max. */
        public DriverRange toDriverRange() {
            return DriverRange.triangular(driver, min, mode, max);
        }
    }

    private final List<Range> ranges = new ArrayList<>();
    private int draws = MonteCarloSimulation.DEFAULT_DRAWS;
    private long seed = MonteCarloSimulation.DEFAULT_SEED;
    private FinancingBasis basis = FinancingBasis.AGREED_PLAN;

    public MonteCarloModel() {
        for (Driver d : Driver.values()) {
            ranges.add(new Range(d, d.defaultLowShift(), 0, d.defaultHighShift()));
        }
    }

    public List<Range> ranges() {
        return ranges;
    }

    public Range range(Driver d) {
        return ranges.get(d.ordinal());
    }

    public int draws() {
        return draws;
    }

    public void setDraws(int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1");
        }
        this.draws = draws;
    }

    public long seed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public FinancingBasis basis() {
        return basis;
    }

    public void setBasis(FinancingBasis basis) {
        this.basis = basis;
    }

    /** The engine's settings for option {@code optionIndex}. */
    public MonteCarloSimulation.Settings settings(int optionIndex) {
        List<DriverRange> list = new ArrayList<>();
        for (Range r : ranges) {
            list.add(r.toDriverRange());
        }
        return new MonteCarloSimulation.Settings(optionIndex, list, OUTPUTS, draws, seed, basis);
    }

    /** The unit of a driver's shift as shown after its fields: "pp" (percentage points) or "%". */
    public static String unit(Driver d) {
        return d.unit() == Driver.ShiftUnit.PERCENTAGE_POINTS ? "pp" : "%";
    }
}
