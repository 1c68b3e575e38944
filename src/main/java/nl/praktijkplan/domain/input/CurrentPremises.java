package nl.praktijkplan.domain.input;

/** The premises the practice uses today; also the "stay" baseline of every comparison. */
public record CurrentPremises(double areaM2, double rentPerM2, double serviceCostsPerM2) {

    /** Year-1 rent plus service costs of the current premises. */
    public double annualCost() {
        return areaM2 * (rentPerM2 + serviceCostsPerM2);
    }
}
