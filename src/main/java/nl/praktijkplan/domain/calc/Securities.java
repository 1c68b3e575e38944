package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * The securities (zekerheden) a bank asks for the new loan, derived from the plan: a first mortgage right on a
 * building the practice owns, a pledge on the fit-out, equipment and inventory when the loan finances them, a pledge
 * on the practice's receivables with every business loan, and the BMKB guarantee when used.
 */
public final class Securities {

    public enum Kind {
        /** Hypotheekrecht (first rank) on the building the option buys or builds. */
        MORTGAGE,
        /** Pandrecht on fit-out, equipment and inventory. */
        PLEDGE_EQUIPMENT,
        /** Pandrecht on receivables (declarations to insurers). */
        PLEDGE_RECEIVABLES,
        /** BMKB state guarantee through RVO on part of the loan. */
        BMKB_GUARANTEE
    }

    /**
     * One security.
     *
     * @param secured the amount of the loan the security stands for
     * @param value   what the collateral is worth (market value k.k. of a building, cost of fit-out); null when the
     *                security has no value of its own (receivables vary; a guarantee covers an amount)
     */
    public record Security(Kind kind, double secured, Double value) {
    }

    private Securities() {
    }

    /**
     * The securities for the option's new lending: the loan and the loan parts beside it, which the same mortgage and
     * pledges secure (as the LTV check counts them); none without new lending.
     */
    public static List<Security> of(OptionResult o) {
        List<Security> list = new ArrayList<>();
        LoanCapacity f = o.financing();
        double lent = o.newLending();
        if (lent <= 0) {
            return list;
        }
        InvestmentBudget b = o.investment();
        double fitOut = b.fitOutCost() + b.tenantFitOut();
        if (o.option().type().owned()) {
            list.add(new Security(Kind.MORTGAGE, lent, o.marketValue()));
        }
        if (fitOut > 0) {
            list.add(new Security(Kind.PLEDGE_EQUIPMENT, o.option().type().owned() ? Math.min(lent, fitOut) : lent, fitOut));
        }
        list.add(new Security(Kind.PLEDGE_RECEIVABLES, lent, null));
        if (f.bmkbGuaranteed() > 0) {
            list.add(new Security(Kind.BMKB_GUARANTEE, f.bmkbGuaranteed(), null));
        }
        return list;
    }
}
