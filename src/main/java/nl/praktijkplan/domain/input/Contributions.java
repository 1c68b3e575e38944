package nl.praktijkplan.domain.input;

/**
 * Money asked of others towards the investment; grants, not loans.
 *
 * @param taxable the grants are taxed as income in year 1 instead of lowering the depreciable base
 *                (kostprijsvermindering, the default)
 */
public record Contributions(double insurer, double municipality, double other, boolean taxable) {

    public static final Contributions NONE = new Contributions(0, 0, 0, false);

    public double total() {
        return insurer + municipality + other;
    }
}
