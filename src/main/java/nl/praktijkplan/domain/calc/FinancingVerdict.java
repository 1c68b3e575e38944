package nl.praktijkplan.domain.calc;

import java.util.List;

/**
 * Does the financing of an option close? One verdict, the same on every screen and page (DOMAIN rule 7):
 * {@link Status#SLUITEND} when the sources cover the uses (no financing gap), the DSCR meets the bank's norm in every
 * year of the fixed-rate period, and the property loan's secured part stays within the LTV norm; otherwise
 * {@link Status#NIET_SLUITEND} with the constraints that bind and the amount short. A green DSCR never hides a gap.
 *
 * @param binding                 what stops the plan from closing; empty when it closes
 * @param shortfall               the financing gap: uses not covered by equity, grants and the largest loan (≥ 0)
 * @param lowestDscrFixedPeriod   the lowest DSCR in the fixed-rate period; null without debt service
 * @param firstYearBelowNorm      first calendar year of the fixed-rate period with DSCR below the norm; null if none
 */
public record FinancingVerdict(Status status, List<Constraint> binding, double shortfall, Double lowestDscrFixedPeriod,
                               Integer firstYearBelowNorm) {

    public FinancingVerdict {
        binding = List.copyOf(binding);
    }

    public enum Status {
        SLUITEND, NIET_SLUITEND;

        public String label(boolean dutch) {
            return this == SLUITEND ? (dutch ? "sluitend" : "closes") : (dutch ? "niet sluitend" : "does not close");
        }
    }

    /** A limit that keeps the plan from closing. */
    public enum Constraint {
        /** The cash flow carries less debt service than the plan needs (DSCR norm). */
        CASH_FLOW,
        /** The property's value carries less loan than the plan needs (LTV norm). */
        COLLATERAL,
        /** The BMKB guarantee has reached its maximum. */
        GUARANTEE_MAX,
        /** Own money and grants are too little to cover what the bank will not lend. */
        EQUITY;

        public String label(boolean dutch) {
            return switch (this) {
                case CASH_FLOW -> dutch ? "kasstroom (DSCR)" : "cash flow (DSCR)";
                case COLLATERAL -> dutch ? "onderpand (LTV)" : "collateral (LTV)";
                case GUARANTEE_MAX -> dutch ? "maximum BMKB-borgstelling" : "BMKB guarantee maximum";
                case EQUITY -> dutch ? "eigen geld" : "equity";
            };
        }
    }

    public boolean closes() {
        return status == Status.SLUITEND;
    }
}
