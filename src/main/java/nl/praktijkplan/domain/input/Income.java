package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * Revenue of the practice.
 *
 * @param accountsRevenue         year-1 revenue from the annual accounts (used with {@link IncomeMethod#ACCOUNTS})
 * @param otherRevenuePerPatient  revenue per patient per year outside segment 1 (ketenzorg, M&amp;I, …), tariff method
 * @param tariffHousingChangePct  expected change of the tariffs' housing component after the NZa recalculation, in percent
 * @param tariffChangeFromYear    calendar year from which that change applies
 * @param tariffBackPayment       one-off back-payment (nabetaling) of the recalculation, received in that year
 * @param pohGgz                  the practice provides POH-GGZ care (own staff or hired through its care group)
 * @param mtvp                    the practice receives the MTVP module (structural in segment 1 since 2025)
 * @param gpConsultsPerPatient    GP consults per registered patient per year; null: the catalogue's default
 * @param segment3                contracted segment-3 arrangements
 */
public record Income(
        IncomeMethod method,
        double accountsRevenue,
        double otherRevenuePerPatient,
        double tariffHousingChangePct,
        int tariffChangeFromYear,
        double tariffBackPayment,
        boolean pohGgz,
        boolean mtvp,
        Double gpConsultsPerPatient,
        List<Segment3Arrangement> segment3) {

    public Income {
        segment3 = List.copyOf(segment3);
    }
}
