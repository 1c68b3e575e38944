package nl.praktijkplan.domain.calc;

/** How much of the rent-versus-buy comparison the engine computes for an analysis that reports only part of it. */
public enum RentVsBuyDetail {
    /** Everything, the break-even rent per m² after tax included (solved by iteration: the costliest part). */
    FULL,
    /** The NPVs and the curves; the break-even rent per m² after tax is left null. */
    WITHOUT_BREAK_EVEN_RENT,
    /** None: {@link OptionResult#rentVsBuy()} is null (stress rows and Monte Carlo draws that report no NPV). */
    NONE
}
