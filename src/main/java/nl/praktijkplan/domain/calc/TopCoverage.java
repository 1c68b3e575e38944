package nl.praktijkplan.domain.calc;

/**
 * How the onrendabele top is covered: first by contributions of others (insurer maatwerk, municipality,
 * other), then by own equity, then by any loan above the market value; what is left is uncovered.
 * A negative top (value above the investment) needs no coverage: every part is 0 and {@code top} keeps its sign.
 */
public record TopCoverage(double top, double insurer, double municipality, double other,
                          double equity, double loanAboveValue, double uncovered) {

    /** The part covered by contributions of third parties: insurer, municipality and others. */
    public double contributions() {
        return insurer + municipality + other;
    }
}
