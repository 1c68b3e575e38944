package nl.praktijkplan.domain.input;

/**
 * A practice holder (praktijkhouder).
 *
 * @param profitSharePct share of the practice's profit, in percent (eenmanszaak and maatschap; the shares sum to 100)
 * @param gpFte          the holder's own GP work in FTE: their labour is paid from the profit, not costed
 * @param directorSalary yearly salary the BV pays the holder as director-shareholder (gebruikelijk loon); BV only
 */
public record Holder(String name, double profitSharePct, double gpFte, double directorSalary) {
}
