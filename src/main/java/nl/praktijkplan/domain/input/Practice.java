package nl.praktijkplan.domain.input;

/**
 * The practice and its patient list today.
 *
 * @param startYear         calendar year of plan year 1, the first year in the new premises
 * @param horizonYears      number of plan years (1..50)
 * @param patients          registered patients now (at the start of year 1)
 * @param share65PlusPct    share of patients aged 65 or over, in percent
 * @param shareOpslagwijkPct share of patients living in an opslagwijk (deprived area), in percent
 * @param trainingPractice  a training practice needs a room per GP trainee (aios)
 * @param lowSesUpliftPct   extra space demand for a low-SES population, in percent
 * @param efficiencyGainPct less space needed thanks to digital-first working or shared rooms, in percent
 */
public record Practice(
        String name,
        String municipality,
        int startYear,
        int horizonYears,
        int patients,
        double share65PlusPct,
        double shareOpslagwijkPct,
        SpaceMethod spaceMethod,
        boolean trainingPractice,
        double lowSesUpliftPct,
        double efficiencyGainPct) {
}
