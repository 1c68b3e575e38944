package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * The practice, its holders and its patient list today.
 *
 * @param startYear             calendar year of plan year 1, the first year in the new premises
 * @param horizonYears          number of plan years (1..50)
 * @param patients              registered patients now (at the start of year 1)
 * @param ageMix                the list by the NZa's age classes
 * @param shareOpslagwijkPct    share of patients living in an opslagwijk (deprived area), in percent
 * @param trainingPractice      a training practice needs a room per GP trainee (aios)
 * @param lowSesUpliftPct       extra space demand for a low-SES population, in percent
 * @param efficiencyGainPct     less space needed thanks to digital-first working or shared rooms, in percent
 * @param selfEmployedDeduction the holders meet the hours criterion for the zelfstandigenaftrek (eenmanszaak, maatschap)
 */
public record Practice(
        String name,
        String municipality,
        int startYear,
        int horizonYears,
        int patients,
        AgeMix ageMix,
        double shareOpslagwijkPct,
        SpaceMethod spaceMethod,
        boolean trainingPractice,
        double lowSesUpliftPct,
        double efficiencyGainPct,
        LegalForm legalForm,
        List<Holder> holders,
        boolean selfEmployedDeduction) {

    public Practice {
        holders = List.copyOf(holders);
    }

    public Practice withHorizonYears(int years) {
        return new Practice(name, municipality, startYear, years, patients, ageMix, shareOpslagwijkPct, spaceMethod,
                trainingPractice, lowSesUpliftPct, efficiencyGainPct, legalForm, holders, selfEmployedDeduction);
    }

    public Practice withPatients(int count) {
        return new Practice(name, municipality, startYear, horizonYears, count, ageMix, shareOpslagwijkPct, spaceMethod,
                trainingPractice, lowSesUpliftPct, efficiencyGainPct, legalForm, holders, selfEmployedDeduction);
    }

    public Practice withNames(String practiceName, String municipalityName) {
        return new Practice(practiceName, municipalityName, startYear, horizonYears, patients, ageMix, shareOpslagwijkPct,
                spaceMethod, trainingPractice, lowSesUpliftPct, efficiencyGainPct, legalForm, holders, selfEmployedDeduction);
    }

    public Practice withOwnership(LegalForm form, List<Holder> newHolders) {
        return new Practice(name, municipality, startYear, horizonYears, patients, ageMix, shareOpslagwijkPct, spaceMethod,
                trainingPractice, lowSesUpliftPct, efficiencyGainPct, form, newHolders, selfEmployedDeduction);
    }

    public Practice withAgeMix(AgeMix mix) {
        return new Practice(name, municipality, startYear, horizonYears, patients, mix, shareOpslagwijkPct, spaceMethod,
                trainingPractice, lowSesUpliftPct, efficiencyGainPct, legalForm, holders, selfEmployedDeduction);
    }

    public double share65PlusPct() {
        return ageMix.share65PlusPct();
    }

    /** The holders' own GP work, in FTE. */
    public double holdersGpFte() {
        return holders.stream().mapToDouble(Holder::gpFte).sum();
    }
}
