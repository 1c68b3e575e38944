package nl.praktijkplan.domain.input;

/**
 * Revenue of the practice.
 *
 * @param accountsRevenue         year-1 revenue from the annual accounts (used with {@link IncomeMethod#ACCOUNTS})
 * @param otherRevenuePerPatient  revenue per patient per year outside the segment-1 tariffs (ketenzorg, M&amp;I, …)
 * @param tariffHousingChangePct  expected change of the tariffs' housing component after the NZa recalculation, in percent
 * @param tariffChangeFromYear    calendar year from which that change applies
 */
public record Income(
        IncomeMethod method,
        double accountsRevenue,
        double otherRevenuePerPatient,
        double tariffHousingChangePct,
        int tariffChangeFromYear) {
}
