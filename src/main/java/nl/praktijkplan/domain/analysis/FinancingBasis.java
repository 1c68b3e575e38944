package nl.praktijkplan.domain.analysis;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Which financing a varied case is computed on (DOMAIN rule 8). A stress keeps the agreed plan: the base case's loan,
 * terms, equity, contributions and BMKB, so a worse case shows a lower DSCR, a cash shortfall or a gap. The bank's
 * re-sizing of the loan for the varied case answers another question, asked on its own: what would the bank lend then?
 */
public enum FinancingBasis implements Labelled {
    /** The base case's financing stays as agreed: the stress test. */
    AGREED_PLAN("Stresstoets op de afgesproken financiering", "Stress on the agreed financing"),
    /** The loan is sized again for each varied case, as a bank would for a new application. */
    BANK_RESIZES("Wat zou de bank dan lenen? (lening opnieuw bepaald)", "What would the bank lend then? (loan sized again)");

    private final String labelNl;
    private final String labelEn;

    FinancingBasis(String labelNl, String labelEn) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * Option {@code optionIndex} of a varied case on this basis.
     *
     * @param plan          the base case's agreed plan of the option (used on {@link #AGREED_PLAN})
     * @param detail        how much of the rent-versus-buy comparison to compute
     */
    OptionResult compute(BusinessCaseEngine engine, BusinessCase varied, int optionIndex, FixedFinancing plan,
                         RentVsBuyDetail detail) {
        return this == AGREED_PLAN
                ? engine.computeOnPlan(varied, optionIndex, plan, detail)
                : engine.computeOption(varied, optionIndex, detail);
    }
}
