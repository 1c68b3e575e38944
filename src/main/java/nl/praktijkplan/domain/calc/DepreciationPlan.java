package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.TaxBasis;

/**
 * Tax depreciation of one option's investment, by component.
 * <ul>
 * <li>Base = the investment (building, transfer tax, fees, non-recoverable VAT) − land − investment grants
 * (kostprijsvermindering; unless the grants are taxed as income). Land is never depreciated.</li>
 * <li>An owned building's base is split into shell, installations and fit-out, each over its own life; a tenant's
 * fit-out is all fit-out. A fractional life ends with a partial year, so each component writes off exactly its cost.</li>
 * <li>An own-use building (land + shell + installations) is not depreciated below the bodemwaarde:
 * a share of the WOZ value that depends on the legal form.</li>
 * </ul>
 */
public final class DepreciationPlan {

    /** One depreciable component: its part of the base and its life in years. */
    public record Component(String key, double cost, double lifeYears) {

        /** Straight-line depreciation in plan year t, before the bodemwaarde; the last, partial year takes what is left. */
        public double scheduled(int t) {
            if (cost <= 0 || lifeYears <= 0) {
                return 0;
            }
            double covered = Math.min(t, lifeYears) - Math.min(t - 1, lifeYears);
            return cost * Math.max(0, covered) / lifeYears;
        }
    }

    public static final String SHELL = "shell";
    public static final String INSTALLATIONS = "installations";
    public static final String FIT_OUT = "fitOut";

    private final double land;
    private final double grantsDeducted;
    private final double bodemwaarde;
    private final List<Component> components;
    private final double[] perYear;

    /**
     * @param wozValue the WOZ value the bodemwaarde is a share of (owned options)
     */
    DepreciationPlan(HousingOption o, InvestmentBudget budget, double wozValue, double bodemwaardeRate,
                     Assumptions a, int horizonYears) {
        boolean owned = o.type().owned();
        TaxBasis basis = o.taxBasis();
        land = owned ? budget.landCost() + budget.purchasePrice() * share(basis.landSharePct(), LAND_SHARE, a) : 0;
        grantsDeducted = o.contributions().taxable() ? 0 : o.contributions().total();
        double base = Math.max(0, budget.total() - land - grantsDeducted);
        if (owned) {
            double shell = share(basis.shellPct(), SHELL_SHARE, a);
            double installations = share(basis.installationsPct(), INSTALLATIONS_SHARE, a);
            double fitOut = share(basis.fitOutPct(), FIT_OUT_SHARE, a);
            double sum = shell + installations + fitOut;
            // The reader refuses shares that do not sum to 100%; normalising keeps an override of one default exact.
            components = List.of(
                    new Component(SHELL, sum > 0 ? base * shell / sum : base, a.value(SHELL_YEARS)),
                    new Component(INSTALLATIONS, sum > 0 ? base * installations / sum : 0, a.value(INSTALLATIONS_YEARS)),
                    new Component(FIT_OUT, sum > 0 ? base * fitOut / sum : 0, a.value(FIT_OUT_YEARS)));
            bodemwaarde = bodemwaardeRate * wozValue;
        } else {
            components = List.of(new Component(FIT_OUT, base, a.value(FIT_OUT_YEARS)));
            bodemwaarde = 0;
        }
        perYear = schedule(owned, horizonYears);
    }

    private static double share(Double own, String key, Assumptions a) {
        return own != null ? own / 100 : a.rate(key);
    }

    private double[] schedule(boolean owned, int horizonYears) {
        double[] years = new double[horizonYears + 1];
        Component shell = components.get(0);
        double buildingBook = owned ? shell.cost() + components.get(1).cost() : 0;
        for (int t = 1; t <= horizonYears; t++) {
            double sum = 0;
            if (owned) {
                double building = shell.scheduled(t) + components.get(1).scheduled(t);
                // Land counts in the book value that is held against the WOZ-based bodemwaarde.
                double allowed = Math.max(0, land + buildingBook - bodemwaarde);
                building = Math.min(building, allowed);
                buildingBook -= building;
                sum = building + components.get(2).scheduled(t);
            } else {
                sum = components.get(0).scheduled(t);
            }
            years[t] = sum;
        }
        return years;
    }

    /** Depreciation in plan year t (1-based). */
    public double year(int t) {
        return perYear[t];
    }

    /**
     * What the bodemwaarde holds back in plan year t: the components' straight-line amounts minus the depreciation
     * allowed, so that the components' amounts less this give {@link #year(int)}.
     */
    public double heldByBodemwaarde(int t) {
        return components.stream().mapToDouble(c -> c.scheduled(t)).sum() - perYear[t];
    }

    public double land() {
        return land;
    }

    /** Grants that lowered the base (0 when they are taxed as income). */
    public double grantsDeducted() {
        return grantsDeducted;
    }

    public double bodemwaarde() {
        return bodemwaarde;
    }

    public List<Component> components() {
        return components;
    }

    /** The depreciable base: the sum of the components. */
    public double base() {
        return components.stream().mapToDouble(Component::cost).sum();
    }
}
