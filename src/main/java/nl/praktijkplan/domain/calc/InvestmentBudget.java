package nl.praktijkplan.domain.calc;

/** The investeringsbegroting of one option: every cost line that is paid at t = 0. */
public record InvestmentBudget(
        double purchasePrice,
        double transferTax,
        double landCost,
        double constructionCost,
        double medicalExtras,
        double renovationCost,
        double fitOutCost,
        double nonRecoverableVat,
        double buyerCosts,
        double constructionFinancingCosts,
        double tenantFitOut) {

    /** Acquisition: purchase price and land. */
    public double acquisition() {
        return purchasePrice + landCost;
    }

    /** Works: construction, medical extras, renovation and fit-out (the owner's or the tenant's). */
    public double works() {
        return constructionCost + medicalExtras + renovationCost + fitOutCost + tenantFitOut;
    }

    /** Fees: buyer's costs and financing costs during construction. */
    public double fees() {
        return buyerCosts + constructionFinancingCosts;
    }

    public double total() {
        return purchasePrice + transferTax + landCost + constructionCost + medicalExtras + renovationCost
                + fitOutCost + nonRecoverableVat + buyerCosts + constructionFinancingCosts + tenantFitOut;
    }
}
