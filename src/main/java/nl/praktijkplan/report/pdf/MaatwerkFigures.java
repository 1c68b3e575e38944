package nl.praktijkplan.report.pdf;

import nl.praktijkplan.domain.calc.OptionResult;

/**
 * The one ratio the Leidraad asks for that the engine does not return as a field: the insurer's contribution
 * per extra patient who can register. It divides two engine outputs (the option's insurer contribution and
 * {@link OptionResult#extraPatientsVsStay()}) and is shown with that derivation next to it.
 */
public final class MaatwerkFigures {

    private MaatwerkFigures() {
    }

    /** Insurer contribution / extra patients in the last plan year; NaN when there are no extra patients. */
    public static double insurerAmountPerExtraPatient(OptionResult o) {
        double extra = o.extraPatientsVsStay();
        return extra > 0 ? o.option().contributions().insurer() / extra : Double.NaN;
    }
}
