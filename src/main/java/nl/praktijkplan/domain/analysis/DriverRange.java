package nl.praktijkplan.domain.analysis;

import java.util.SplittableRandom;

import nl.praktijkplan.domain.input.BusinessCase;

/**
 * The range a Monte Carlo simulation draws one driver's shift from, in the driver's
 * {@link Driver.ShiftUnit} (percentage points or percent of the case's value; 0 is the case's own value).
 * Use {@link #ofValues} to enter the range as values of the driver (e.g. rate 4.2% / 5.0% / 5.8%).
 *
 * @param mode only used by {@link Distribution#TRIANGULAR}
 */
public record DriverRange(Driver driver, Distribution distribution, double min, double mode, double max) {

    public enum Distribution {
        /** Triangular on [min, max] with its peak at the mode. */
        TRIANGULAR,
        /** Every value in [min, max] equally likely. */
        UNIFORM
    }

    public DriverRange {
        if (!(min <= max) || (distribution == Distribution.TRIANGULAR && !(min <= mode && mode <= max))) {
            throw new IllegalArgumentException("Need min ≤ mode ≤ max for " + driver + ": " + min + ", " + mode + ", " + max);
        }
    }

    public static DriverRange triangular(Driver driver, double min, double mode, double max) {
        return new DriverRange(driver, Distribution.TRIANGULAR, min, mode, max);
    }

    public static DriverRange uniform(Driver driver, double min, double max) {
        return new DriverRange(driver, Distribution.UNIFORM, min, (min + max) / 2, max);
    }

    /** A range entered as values of the driver (see {@link Driver#baseValue}) for option {@code optionIndex} of the case. */
    public static DriverRange ofValues(BusinessCase c, int optionIndex, Driver driver, Distribution distribution,
                                       double minValue, double modeValue, double maxValue) {
        return new DriverRange(driver, distribution, driver.shiftFor(c, optionIndex, minValue),
                driver.shiftFor(c, optionIndex, modeValue), driver.shiftFor(c, optionIndex, maxValue));
    }

    /**
     * One shift drawn from the range by inverting its distribution function at one uniform number. Every
     * range takes exactly one number from the generator, also a zero-width one (which gives exactly min), so
     * narrowing one range leaves the draws of the others unchanged (common random numbers).
     */
    public double draw(SplittableRandom rng) {
        double u = rng.nextDouble();
        if (min == max) {
            return min;
        }
        if (distribution == Distribution.UNIFORM) {
            return min + u * (max - min);
        }
        // Inverse CDF of the triangular distribution.
        double width = max - min;
        double f = (mode - min) / width;
        return u < f
                ? min + Math.sqrt(u * width * (mode - min))
                : max - Math.sqrt((1 - u) * width * (max - mode));
    }
}
