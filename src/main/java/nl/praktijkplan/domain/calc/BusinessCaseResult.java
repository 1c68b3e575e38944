package nl.praktijkplan.domain.calc;

import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * The engine's answer for one case: the demand projection, the "stay" baseline, and each option.
 *
 * @param projection       plan years 0..H
 * @param spaceRunsOutYear first calendar year the current premises are too small; null if never within the horizon
 * @param stay             the current premises, always computed: the baseline for extra patients
 */
public record BusinessCaseResult(
        BusinessCase input,
        Assumptions assumptions,
        List<ProjectionYear> projection,
        double currentAreaM2,
        Integer spaceRunsOutYear,
        OptionResult stay,
        List<OptionResult> options) {

    public OptionResult preferred() {
        return options.get(Math.min(Math.max(0, input.preferredOption()), options.size() - 1));
    }
}
