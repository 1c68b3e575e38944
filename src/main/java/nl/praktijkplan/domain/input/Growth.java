package nl.praktijkplan.domain.input;

/**
 * How the patient list is expected to grow.
 *
 * @param municipalGrowthPct  yearly population growth of the municipality, in percent
 * @param newDwellingsPerYear planned new dwellings in the practice's area per year
 * @param dwellingYears       for how many plan years those dwellings are added
 * @param captureSharePct     share of new residents who register with this practice, in percent
 * @param leaversPerYear      patients leaving per year beyond the growth rate (e.g. a closing care home)
 * @param capAtCapacity       cap the list at the GP capacity (GP FTE × patients per FTE)
 * @param inflowPerYear       patients registering per year from elsewhere: residents without a GP, a merging practice
 * @param inflowYears         for how many plan years that inflow lasts
 */
public record Growth(
        double municipalGrowthPct,
        double newDwellingsPerYear,
        int dwellingYears,
        double captureSharePct,
        double leaversPerYear,
        boolean capAtCapacity,
        double inflowPerYear,
        int inflowYears) {
}
