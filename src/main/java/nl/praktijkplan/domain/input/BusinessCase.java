package nl.praktijkplan.domain.input;

import java.util.List;
import java.util.Map;

/**
 * Everything Praktijkplan knows about one practice's housing question: the single input of the engine.
 *
 * @param preferredOption      index in {@code options} of the option the practice prefers (shown first in reports)
 * @param assumptionOverrides  assumption key → value that replaces the catalogue default for this case
 * @param notes                free text; sample cases say here which values are illustrative
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
        String notes) {

    public BusinessCase {
        options = List.copyOf(options);
        assumptionOverrides = Map.copyOf(assumptionOverrides);
    }

    public BusinessCase withPractice(Practice p) {
        return new BusinessCase(caseName, p, staffing, currentPremises, growth, income, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes);
    }

    public BusinessCase withStaffing(Staffing s) {
        return new BusinessCase(caseName, practice, s, currentPremises, growth, income, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes);
    }

    public BusinessCase withIncome(Income i) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, i, costs, privateFinances, financing,
                options, preferredOption, region, assumptionOverrides, notes);
    }

    public BusinessCase withPrivateFinances(PrivateFinances f) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, f, financing,
                options, preferredOption, region, assumptionOverrides, notes);
    }

    public BusinessCase withFinancing(Financing f) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, privateFinances, f,
                options, preferredOption, region, assumptionOverrides, notes);
    }

    public BusinessCase withAssumptionOverrides(Map<String, Double> overrides) {
        return new BusinessCase(caseName, practice, staffing, currentPremises, growth, income, costs, privateFinances,
                financing, options, preferredOption, region, overrides, notes);
    }

    /** GP FTE working in the practice today: the holders' own and the employed GPs'. */
    public double gpFteNow() {
        return practice.holdersGpFte() + staffing.employedGpFte();
    }
}
