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

    /** GP FTE working in the practice today: the holders' own and the employed GPs'. */
    public double gpFteNow() {
        return practice.holdersGpFte() + staffing.employedGpFte();
    }
}
