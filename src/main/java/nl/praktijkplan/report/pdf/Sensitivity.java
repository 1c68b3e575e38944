package nl.praktijkplan.report.pdf;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.LOAN_RATE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.CurrentPremises;
import nl.praktijkplan.domain.input.HousingOption;

/**
 * The sensitivity table of the dossier. It computes no business number itself: each scenario is a modified
 * copy of the case's inputs, run through the same {@link BusinessCaseEngine}; the table shows the engine's DSCR
 * of year 1 and financing gap of the preferred option. Rate and growth use the domain's {@link CaseVariations};
 * the cost row also scales land and a tenant's fit-out, and the rent row changes contract rents (rented options
 * and the current premises) but not the market rent behind a valuation, so those two are built here.
 */
public final class Sensitivity {

    /** One row: the scenario and the engine's result for the preferred option. */
    public record Scenario(String key, String labelNl, String labelEn, Double dscrYear1, double financingGap) {
        public String label(boolean dutch) {
            return dutch ? labelNl : labelEn;
        }
    }

    private Sensitivity() {
    }

    /** The base case followed by the four stress scenarios. */
    public static List<Scenario> run(BusinessCaseResult base) {
        BusinessCaseEngine engine = new BusinessCaseEngine(base.assumptions().catalogue());
        BusinessCase c = base.input();
        List<Scenario> rows = new ArrayList<>(5);
        rows.add(row("base", "Basisscenario", "Base case", base));

        rows.add(row("rate", "Rente +1 procentpunt", "Interest rate +1 percentage point",
                engine.compute(CaseVariations.withLoanRatePct(c, base.assumptions().value(LOAN_RATE) + 1.0))));

        rows.add(row("cost", "Bouwkosten en koopprijs +10%", "Building cost and purchase price +10%",
                engine.compute(CaseVariations.withBuildCostScaled(c, CaseVariations.ALL_OPTIONS, 1.10))));

        rows.add(row("growth", "Bevolkingsgroei gemeente −1 procentpunt", "Municipal population growth −1 percentage point",
                engine.compute(CaseVariations.withMunicipalGrowthPct(c, c.growth().municipalGrowthPct() - 1.0))));

        rows.add(row("rent", "Huur +10%", "Rent +10%", engine.compute(withRent(c, 1.10))));
        return rows;
    }

    private static Scenario row(String key, String nl, String en, BusinessCaseResult r) {
        OptionResult p = r.preferred();
        return new Scenario(key, nl, en, p.dscrYear1(), p.financing().financingGap());
    }

    private static BusinessCase withOptionsAndPremises(BusinessCase c, UnaryOperator<HousingOption> change,
                                                       CurrentPremises premises) {
        return c.withOptions(c.options().stream().map(change).toList(), c.preferredOption(), premises);
    }

    /** Rent +10%: the rent of rented options and of the current premises (the market rent used for valuation is unchanged). */
    private static BusinessCase withRent(BusinessCase c, double factor) {
        CurrentPremises p = c.currentPremises();
        return withOptionsAndPremises(c, o -> withContractRent(o, factor),
                new CurrentPremises(p.areaM2(), p.rentPerM2() * factor, p.serviceCostsPerM2()));
    }

    /** The contract rent per m² × factor; the valuation's market rent stays as it is. */
    private static HousingOption withContractRent(HousingOption o, double factor) {
        return new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2() * factor, o.serviceCostsPerM2(),
                o.tenantFitOut(), o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(), o.medicalExtras(),
                o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(), o.constructionFinancingCosts(),
                o.valuation(), o.maintenancePct(), o.propertyTaxInsurancePerM2(), o.contributions(), o.taxBasis(), o.leaseYears(), o.relocation(), o.notes());
    }
}
