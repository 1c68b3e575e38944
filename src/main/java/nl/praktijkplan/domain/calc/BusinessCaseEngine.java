package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.PATIENTS_PER_FTE;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.Relocation;
import nl.praktijkplan.domain.input.TaxBasis;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;

/**
 * The single source of every business number: turns a validated {@link BusinessCase} into a
 * {@link BusinessCaseResult}. Pure and stateless; safe to call on every keystroke.
 */
public final class BusinessCaseEngine {

    private final AssumptionCatalogue catalogue;

    public BusinessCaseEngine() {
        this(AssumptionCatalogue.standard());
    }

    public BusinessCaseEngine(AssumptionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public BusinessCaseResult compute(BusinessCase c) {
        Assumptions a = new Assumptions(catalogue, c.assumptionOverrides());
        PatientProjection demand = new PatientProjection(c.practice(), c.gpFteNow(), c.growth(), a);
        SpaceRequirement space = new SpaceRequirement(c.practice(), c.staffing(), c.gpFteNow(), a);
        int h = c.practice().horizonYears();

        List<ProjectionYear> projection = new ArrayList<>(h + 1);
        for (int t = 0; t <= h; t++) {
            double p = demand.patients(t);
            projection.add(new ProjectionYear(t, c.practice().startYear() + t - 1, p,
                    p / a.value(PATIENTS_PER_FTE), space.m2Needed(p)));
        }

        OptionCalculator calculator = new OptionCalculator(c, a, demand, space);
        double stayServed = calculator.stayServedLastYear();
        OptionResult stay = calculator.compute(stayOption(c), stayServed, null);
        List<OptionResult> options = new ArrayList<>(c.options().size());
        for (HousingOption o : c.options()) {
            options.add(calculator.compute(o, stayServed, stay));
        }
        return new BusinessCaseResult(c, a, projection, c.currentPremises().areaM2(), stay.spaceRunsOutYear(),
                stay, options);
    }

    /**
     * One option of the case on the financing the bank sizes for it, without the "stay" baseline: for analyses that
     * look at one option ("what would the bank lend then?"). The same figures as {@link #compute} gives the option.
     *
     * @param detail how much of the rent-versus-buy comparison to compute
     */
    public OptionResult computeOption(BusinessCase c, int optionIndex, RentVsBuyDetail detail) {
        OptionCalculator calculator = calculator(c);
        return calculator.compute(c.options().get(optionIndex), calculator.stayServedLastYear(), null, detail);
    }

    /**
     * One option of the case on an agreed financing plan (DOMAIN rule 8: stress on the agreed plan), without the "stay"
     * baseline. The loan, its terms, equity, contributions and BMKB are the plan's; see {@link FixedFinancing}.
     *
     * @param detail how much of the rent-versus-buy comparison to compute
     */
    public OptionResult computeOnPlan(BusinessCase c, int optionIndex, FixedFinancing plan, RentVsBuyDetail detail) {
        OptionCalculator calculator = calculator(c);
        return calculator.computeOnPlan(c.options().get(optionIndex), calculator.stayServedLastYear(), plan, detail);
    }

    private OptionCalculator calculator(BusinessCase c) {
        Assumptions a = new Assumptions(catalogue, c.assumptionOverrides());
        return new OptionCalculator(c, a, new PatientProjection(c.practice(), c.gpFteNow(), c.growth(), a),
                new SpaceRequirement(c.practice(), c.staffing(), c.gpFteNow(), a));
    }

    /** The current premises as an option: the baseline every option is compared with. */
    static HousingOption stayOption(BusinessCase c) {
        return new HousingOption("Huidige huisvesting", OptionType.STAY, c.currentPremises().areaM2(),
                c.currentPremises().rentPerM2(), c.currentPremises().serviceCostsPerM2(), 0, 0, PurchaseTax.NONE,
                0, 0, 0, 0, 0, true, 0, 0, Valuation.byYield(ValuationMethod.BAR, 0, 0), 0, 0, Contributions.NONE,
                TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
    }
}
