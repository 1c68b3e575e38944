package nl.praktijkplan.domain.input;

/**
 * What each holder of an eenmanszaak or maatschap takes out of the practice to live on; it comes before debt
 * service in the bank's eyes. In a BV the holders live on their director's salary instead.
 */
public record PrivateFinances(double drawingsPerHolder) {
}
