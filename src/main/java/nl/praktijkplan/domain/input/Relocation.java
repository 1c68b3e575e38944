package nl.praktijkplan.domain.input;

/**
 * The months between the decision and the move into an option's premises, for the liquidity forecast.
 *
 * @param constructionMonths  months of building or fitting out before the move, paid from the construction deposit
 * @param overlapMonths       months in which the old premises' housing costs run on beside the new ones
 * @param movingCosts         one-off costs of moving (removal, IT, double installation), in euros
 * @param contributionsMonth  month after the decision in which grants and the insurer's contribution are received
 */
public record Relocation(int constructionMonths, int overlapMonths, double movingCosts, int contributionsMonth) {

    public static final Relocation NONE = new Relocation(0, 0, 0, 0);
}
