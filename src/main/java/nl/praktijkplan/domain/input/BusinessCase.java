package nl.praktijkplan.domain.input;

import java.util.List;
import java.util.Map;

/**
 * Everything Praktijkplan knows about one practice's housing question: the single input of the engine.
 *
 * @param preferredOption      index in {@code options} of the option the practice prefers (shown first in reports)
 * @param assumptionOverrides  assumption key → value that replaces the catalogue default for this case
 * @param notes                free text; sample cases say here which values are illustrative
 * @param pastYears            the last years' annual accounts (oldest first), for the bank's dossier
 * @param locationChoice       qualitative criteria and the options' scores on them
 * @param dossierLanguage      the language of the case's reports
 */
public record BusinessCase(
        String caseName,
        Practice practice,
        Staffing staffing,
        CurrentPremises currentPremises,
        Growth growth,
        Income income,
        OperatingCosts costs,
        PrivateFinances privateFinances,
        Financing financing,
        List<HousingOption> options,
        int preferredOption,
        RegionContext region,
        Map<String, Double> assumptionOverrides,
        String notes,
        List<PastYear> pastYears,
        LocationChoice locationChoice,
        DossierLanguage dossierLanguage) {

    public BusinessCase {
        options = List.copyOf(options);
        assumptionOverrides = Map.copyOf(assumptionOverrides);
        pastYears = List.copyOf(pastYears);
        locationChoice = locationChoice == null ? LocationChoice.NONE : locationChoice;
        dossierLanguage = dossierLanguage == null ? DossierLanguage.NL : dossierLanguage;
    }

    /** A case without past accounts or location criteria, reported in Dutch (a new case, a test's variation). */
    public BusinessCase(String caseName, Practice practice, Staffing staffing, CurrentPremises currentPremises, Growth growth,
                        Income income, OperatingCosts costs, PrivateFinances privateFinances, Financing financing,
                        List<HousingOption> options, int preferredOption, RegionContext region,
                        Map<String, Double> assumptionOverrides, String notes) {
        this(caseName, practice, staffing, currentPremises, growth, income, costs, privateFinances, financing, options,
                preferredOption, region, assumptionOverrides, notes, List.of(), LocationChoice.NONE, DossierLanguage.NL);
    }

    public BusinessCase withPractice(Practice p) {
        return new BusinessCase(caseName, p, staffing, currentPremises, growth, income, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    public BusinessCase withStaffing(Staffing s) {
        return new BusinessCase(caseName, practice, s, currentPremises, growth, income, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    public BusinessCase withIncome(Income i) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, i, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    public BusinessCase withPrivateFinances(PrivateFinances f) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, f, financing,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    /** The same case with other options and premises (a sensitivity's variation); the rest is kept. */
    public BusinessCase withOptions(List<HousingOption> newOptions, int preferred, CurrentPremises premises) {
        return new BusinessCase(caseName, practice, staffing, premises, growth, income, costs, privateFinances, financing,
                newOptions, preferred, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    /** The same case with other growth, income, financing, options and overrides (a scenario); the rest is kept. */
    public BusinessCase withScenario(Growth g, Income i, Financing f, List<HousingOption> newOptions, int preferred,
                                     Map<String, Double> overrides) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, g, i, costs, privateFinances, f,
                newOptions, preferred, region, overrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    /** The same case under other names. */
    public BusinessCase withNames(String name, Practice p) {
        return new BusinessCase(name, p, staffing, currentPremises, growth, income, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    public BusinessCase withFinancing(Financing f) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, privateFinances, f,
                options, preferredOption, region, assumptionOverrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    public BusinessCase withAssumptionOverrides(Map<String, Double> overrides) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, privateFinances,
                financing, options, preferredOption, region, overrides, notes, pastYears, locationChoice, dossierLanguage);
    }

    /** Patients on the list per GP FTE working today (compare with the normpraktijk); null without any GP FTE. */
    public Double patientsPerGpFteNow() {
        double fte = gpFteNow();
        return fte > 0 ? practice.patients() / fte : null;
    }

    /** GP FTE working in the practice today: the holders' own and the employed GPs'. */
    public double gpFteNow() {
        return practice.holdersGpFte() + staffing.employedGpFte();
    }
}
