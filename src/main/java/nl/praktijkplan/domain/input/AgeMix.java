package nl.praktijkplan.domain.input;

/**
 * The practice's patients by the NZa's age classes of the registration fee, in percent (the four sum to 100).
 */
public record AgeMix(double under65Pct, double age65to74Pct, double age75to84Pct, double age85plusPct) {

    /** Share aged 65 or over, in percent. */
    public double share65PlusPct() {
        return age65to74Pct + age75to84Pct + age85plusPct;
    }

    public double sumPct() {
        return under65Pct + share65PlusPct();
    }
}
