package nl.praktijkplan.domain.analysis;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.LOAN_RATE;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.REFINANCE_STRESS;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * The standard stress scenarios of the dossier, the workbook and the summary (DOMAIN rule 8): each is a modified copy
 * of the case's inputs computed by the engine, by default on the option's agreed financing, so every row keeps the
 * base loan and shows the lowest DSCR, the cash shortfall and the gap. Scenarios: the rate of the fixed-rate period
 * +1 pp, building cost and price +10%, municipal growth −1 pp, contract rents +10%, the market rent behind the valuation
 * −10%, and the refinancing rate after the fixed-rate period (assumption {@code loan.refinanceRatePct}) + the bank's
 * refinancing stress (assumption {@code loan.refinanceStressPct}).
 */
public final class StressTest {

    /** The shocks of the scenarios, one source for the engine and the workbook's stress switch that reproduces them. */
    public static final double RATE_INCREASE_PP = 1.0, COST_INCREASE_PCT = 10, GROWTH_CHANGE_PP = -1.0,
            CONTRACT_RENT_CHANGE_PCT = 10, MARKET_RENT_CHANGE_PCT = -10;

    /** One scenario's outcome for one option. */
    public record Row(String key, String labelNl, String labelEn, StressFigures figures) implements Labelled {
    }

    private final BusinessCaseEngine engine;

    public StressTest(BusinessCaseEngine engine) {
        this.engine = engine;
    }

    /** The base case followed by the stress scenarios for option {@code optionIndex}, on the agreed financing. */
    public List<Row> run(BusinessCaseResult base, int optionIndex) {
        return run(base, optionIndex, FinancingBasis.AGREED_PLAN);
    }

    /** The base case followed by the stress scenarios for option {@code optionIndex}, each computed on {@code basis}. */
    public List<Row> run(BusinessCaseResult base, int optionIndex, FinancingBasis basis) {
        BusinessCase c = base.input();
        FixedFinancing plan = FixedFinancing.of(c, base.options().get(optionIndex));
        List<Row> rows = new ArrayList<>(7);
        rows.add(new Row("base", "Basisscenario", "Base case", StressFigures.of(base.options().get(optionIndex), c)));
        rows.add(row("rate", "Rente +1 procentpunt", "Interest rate +1 percentage point",
                CaseVariations.withLoanRatePct(c, base.assumptions().value(LOAN_RATE) + RATE_INCREASE_PP), optionIndex, plan, basis));
        rows.add(row("cost", "Bouwkosten en koopprijs +10%", "Building cost and purchase price +10%",
                CaseVariations.withBuildCostScaled(c, CaseVariations.ALL_OPTIONS, 1 + COST_INCREASE_PCT / 100), optionIndex, plan, basis));
        rows.add(row("growth", "Bevolkingsgroei gemeente −1 procentpunt", "Municipal population growth −1 percentage point",
                CaseVariations.withMunicipalGrowthPct(c, c.growth().municipalGrowthPct() + GROWTH_CHANGE_PP), optionIndex, plan, basis));
        rows.add(row("rent", "Huur +10%", "Rent +10%", CaseVariations.withContractRentScaled(c, 1 + CONTRACT_RENT_CHANGE_PCT / 100), optionIndex, plan,
                basis));
        rows.add(row("marketRent", "Markthuur (waardering) −10%", "Market rent (valuation) −10%",
                CaseVariations.withMarketRentScaled(c, 1 + MARKET_RENT_CHANGE_PCT / 100), optionIndex, plan, basis));
        if (basis == FinancingBasis.AGREED_PLAN) { // a bank sizing a new loan knows no refinancing rate yet
            double pp = base.assumptions().value(REFINANCE_STRESS);
            rows.add(new Row("refinance", "+" + number(pp, true) + " procentpunt bij herfinanciering",
                    "+" + number(pp, false) + " percentage points at refinancing", StressFigures.of(
                            engine.computeOnPlan(c, optionIndex, plan.withRefinanceRateIncrease(pp / 100), RentVsBuyDetail.NONE), c)));
        }
        return rows;
    }

    private Row row(String key, String nl, String en, BusinessCase varied, int optionIndex, FixedFinancing plan,
                    FinancingBasis basis) {
        return new Row(key, nl, en, StressFigures.of(basis.compute(engine, varied, optionIndex, plan, RentVsBuyDetail.NONE), varied));
    }

    /** 2 as "2", 1.5 as "1,5" in Dutch and "1.5" in English. */
    private static String number(double v, boolean dutch) {
        String s = v == Math.rint(v) ? Long.toString(Math.round(v)) : Double.toString(v);
        return dutch ? s.replace('.', ',') : s;
    }
}
