package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * One way to house the practice. Which fields matter depends on the {@link OptionType}:
 * rent fields for RENT, purchase and building fields for the owned types; STAY uses the current premises.
 * All amounts in euros; amounts for works include VAT unless {@code worksIncludeVat} is false.
 *
 * @param tenantFitOut      fit-out a tenant pays (RENT, and the rent comparison of owned options)
 * @param medicalExtras     medical-specific extras: privacy, sound insulation, hygiene, accessibility, stretcher lift
 * @param buyerCosts        notary, valuation and advice
 * @param constructionFinancingCosts interest and fees during construction
 * @param maintenancePct    yearly maintenance as a percentage of the building cost (owned)
 * @param propertyTaxInsurancePerM2 property tax (OZB) and insurance per m² per year (owned)
 * @param taxBasis          land share, WOZ value and component split for depreciation (owned)
 * @param leaseYears        term of the lease (RENT); a tenant's fit-out loan does not run beyond it; 0: not known
 * @param relocation        construction, overlap and moving months and costs, for the liquidity forecast
 * @param loanParts         loan parts agreed beside the main loan (owned and rented options; none for STAY)
 */
public record HousingOption(
        String name,
        OptionType type,
        double areaM2,
        double rentPerM2,
        double serviceCostsPerM2,
        double tenantFitOut,
        double purchasePrice,
        PurchaseTax purchaseTax,
        double landCost,
        double constructionCost,
        double medicalExtras,
        double renovationCost,
        double fitOutCost,
        boolean worksIncludeVat,
        double buyerCosts,
        double constructionFinancingCosts,
        Valuation valuation,
        double maintenancePct,
        double propertyTaxInsurancePerM2,
        Contributions contributions,
        TaxBasis taxBasis,
        int leaseYears,
        Relocation relocation,
        String notes,
        List<LoanPart> loanParts) {

    public HousingOption {
        loanParts = List.copyOf(loanParts);
    }

    public HousingOption withValuation(Valuation v) {
        return new HousingOption(name, type, areaM2, rentPerM2, serviceCostsPerM2, tenantFitOut, purchasePrice, purchaseTax,
                landCost, constructionCost, medicalExtras, renovationCost, fitOutCost, worksIncludeVat, buyerCosts,
                constructionFinancingCosts, v, maintenancePct, propertyTaxInsurancePerM2, contributions, taxBasis, leaseYears,
                relocation, notes, loanParts);
    }

    public HousingOption withLeaseYears(int years) {
        return new HousingOption(name, type, areaM2, rentPerM2, serviceCostsPerM2, tenantFitOut, purchasePrice, purchaseTax,
                landCost, constructionCost, medicalExtras, renovationCost, fitOutCost, worksIncludeVat, buyerCosts,
                constructionFinancingCosts, valuation, maintenancePct, propertyTaxInsurancePerM2, contributions, taxBasis, years,
                relocation, notes, loanParts);
    }

    public HousingOption withLoanParts(List<LoanPart> parts) {
        return new HousingOption(name, type, areaM2, rentPerM2, serviceCostsPerM2, tenantFitOut, purchasePrice, purchaseTax,
                landCost, constructionCost, medicalExtras, renovationCost, fitOutCost, worksIncludeVat, buyerCosts,
                constructionFinancingCosts, valuation, maintenancePct, propertyTaxInsurancePerM2, contributions, taxBasis,
                leaseYears, relocation, notes, parts);
    }

    /** The building cost that maintenance is a percentage of: everything but land, taxes and fees. */
    public double buildingCost() {
        return purchasePrice + constructionCost + medicalExtras + renovationCost + fitOutCost;
    }

    /** Cost of the works (construction, extras, renovation, fit-out) that may carry VAT. */
    public double worksCost() {
        return constructionCost + medicalExtras + renovationCost + fitOutCost;
    }
}
