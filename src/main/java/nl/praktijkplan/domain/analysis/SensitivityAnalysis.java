package nl.praktijkplan.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * One-at-a-time sensitivity of one output of one option: the tornado chart. Each driver is set to its low
 * and its high shift with everything else at the case's values; the bar shows how far the output moves from
 * the base. Bars are sorted by width, widest first (the top of the tornado).
 * <p>
 * By default each variation keeps the base case's agreed financing ({@link FinancingBasis#AGREED_PLAN}, DOMAIN rule
 * 8): a lower rent or a higher price then shows as a lower DSCR or a gap, not as a smaller loan. With
 * {@link FinancingBasis#BANK_RESIZES} the loan is sized again for every variation: what would the bank lend then?
 * <p>
 * Usage: {@code new SensitivityAnalysis(engine).tornado(case, 1, AnalysisOutput.DSCR_YEAR1, Swing.defaults())}.
 */
public final class SensitivityAnalysis {

    private final BusinessCaseEngine engine;

    public SensitivityAnalysis(BusinessCaseEngine engine) {
        this.engine = engine;
    }

    /**
     * A driver's low and high shift, in the driver's {@link Driver.ShiftUnit}.
     * {@code new Swing(Driver.LOAN_RATE, -1, 1)} is rate −1 / +1 percentage point.
     */
    public record Swing(Driver driver, double lowShift, double highShift) {

        /** The driver's default swing ({@link Driver#defaultLowShift()}, {@link Driver#defaultHighShift()}). */
        public static Swing of(Driver driver) {
            return new Swing(driver, driver.defaultLowShift(), driver.defaultHighShift());
        }

        /** The default swing of every driver. */
        public static List<Swing> defaults() {
            List<Swing> out = new ArrayList<>();
            for (Driver d : Driver.values()) {
                out.add(of(d));
            }
            return out;
        }
    }

    /**
     * One bar of the tornado. Deltas are output − base output; NaN where the output does not apply in that
     * variation (e.g. DSCR when the variation leaves no loan).
     *
     * @param lowValue  the driver's value at the low shift (see {@link Driver#valueAt}), for the label
     * @param highValue the driver's value at the high shift
     * @param lowStress the loan, lowest DSCRs, cash shortfall and gap at the low shift
     */
    public record Bar(Driver driver, double lowShift, double highShift, double lowValue, double highValue,
                      double lowOutput, double highOutput, double lowDelta, double highDelta, StressFigures lowStress,
                      StressFigures highStress) {

        /** The extent of the bar including the base: max(0, deltas) − min(0, deltas); NaN deltas count as 0. */
        public double width() {
            double lo = Math.min(0, Math.min(zeroIfNaN(lowDelta), zeroIfNaN(highDelta)));
            double hi = Math.max(0, Math.max(zeroIfNaN(lowDelta), zeroIfNaN(highDelta)));
            return hi - lo;
        }

        private static double zeroIfNaN(double d) {
            return Double.isNaN(d) ? 0 : d;
        }
    }

    /**
     * @param baseOutput the output of the unchanged case (NaN when it does not apply to the option)
     * @param bars       widest first
     */
    public record Tornado(AnalysisOutput output, int optionIndex, FinancingBasis basis, double baseOutput,
                          StressFigures baseStress, List<Bar> bars) {
        public Tornado {
            bars = List.copyOf(bars);
        }
    }

    /** The tornado on the agreed financing ({@link FinancingBasis#AGREED_PLAN}). */
    public Tornado tornado(BusinessCase c, int optionIndex, AnalysisOutput output, List<Swing> swings) {
        return tornado(c, optionIndex, output, swings, FinancingBasis.AGREED_PLAN);
    }

    /**
     * The tornado of {@code output} of option {@code optionIndex} for the given swings, each variation computed on
     * {@code basis}.
     *
     * @throws IllegalArgumentException when the output does not apply to the option in the base case
     */
    public Tornado tornado(BusinessCase c, int optionIndex, AnalysisOutput output, List<Swing> swings, FinancingBasis basis) {
        BusinessCase single = CaseVariations.onlyOption(c, optionIndex);
        FixedFinancing plan = FixedFinancing.of(single, engine.computeOption(single, 0, RentVsBuyDetail.NONE));
        OptionResult baseResult = basis.compute(engine, single, 0, plan, RentVsBuyDetail.WITHOUT_BREAK_EVEN_RENT);
        double base = value(baseResult, output);
        if (Double.isNaN(base)) {
            throw new IllegalArgumentException(output + " does not apply to option " + optionIndex + " ("
                    + c.options().get(optionIndex).type() + ")");
        }
        List<Bar> bars = new ArrayList<>(swings.size());
        for (Swing s : swings) {
            Driver d = s.driver();
            BusinessCase lowCase = d.apply(single, 0, s.lowShift());
            BusinessCase highCase = d.apply(single, 0, s.highShift());
            OptionResult low = basis.compute(engine, lowCase, 0, plan, RentVsBuyDetail.WITHOUT_BREAK_EVEN_RENT);
            OptionResult high = basis.compute(engine, highCase, 0, plan, RentVsBuyDetail.WITHOUT_BREAK_EVEN_RENT);
            double lowOutput = value(low, output);
            double highOutput = value(high, output);
            bars.add(new Bar(d, s.lowShift(), s.highShift(), d.valueAt(single, 0, s.lowShift()),
                    d.valueAt(single, 0, s.highShift()), lowOutput, highOutput, lowOutput - base, highOutput - base,
                    StressFigures.of(low, lowCase), StressFigures.of(high, highCase)));
        }
        bars.sort(Comparator.comparingDouble(Bar::width).reversed());
        return new Tornado(output, optionIndex, basis, base, StressFigures.of(baseResult, single), bars);
    }

    private static double value(OptionResult r, AnalysisOutput output) {
        Double v = output.of(r);
        return v == null ? Double.NaN : v;
    }
}
