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

    public double total() {
        return purchasePrice + transferTax + landCost + constructionCost + medicalExtras + renovationCost
                + fitOutCost + nonRecoverableVat + buyerCosts + constructionFinancingCosts + tenantFitOut;
    }
}
