package nl.praktijkplan.domain.input;

/** Money asked of others towards the onrendabele top; grants, not loans. */
public record Contributions(double insurer, double municipality, double other) {

    public static final Contributions NONE = new Contributions(0, 0, 0);

    public double total() {
        return insurer + municipality + other;
    }
}
