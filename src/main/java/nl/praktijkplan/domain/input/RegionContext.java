package nl.praktijkplan.domain.input;

/**
 * The regional indicators of the insurers' Leidraad continuïteit en toegankelijkheid, as the user
 * enters them for the region, and the text of the maatwerk request. An indicator not given is null (never read as 0).
 *
 * @param gpPer10000Inhabitants   GP density (FTE per 10,000 inhabitants)
 * @param expectedGpOutflowPct    share of GPs expected to leave (retirement) in the coming years, in percent
 * @param insuredWithoutGp        insured people in the region without a GP
 * @param populationGrowthPct     expected population growth of the region, in percent per year
 * @param share65PlusPct          share of inhabitants aged 65+, in percent
 * @param shareLowSesPct          share of inhabitants in low-SES neighbourhoods, in percent
 * @param problem                 the continuity problem in the practice's own words
 * @param monitoring              how the result will be monitored and reported to the insurer
 */
public record RegionContext(
        Double gpPer10000Inhabitants,
        Double expectedGpOutflowPct,
        Integer insuredWithoutGp,
        Double populationGrowthPct,
        Double share65PlusPct,
        Double shareLowSesPct,
        String problem,
        String monitoring) {

    public static final RegionContext EMPTY = new RegionContext(null, null, null, null, null, null, "", "");
}
