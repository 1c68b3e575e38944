package nl.praktijkplan.cli;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.analysis.StressTest;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.LiquidityForecast;
import nl.praktijkplan.domain.calc.LiquidityPeriod;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.LoanParts;
import nl.praktijkplan.domain.calc.LoanTerms;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.input.BankProfile;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.OptionType;

/** The key results of a case as JSON, for scripts and for checking the engine from outside. */
final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryJson() {
    }

    static ObjectNode of(BusinessCaseResult r) {
        return of(r, true);
    }

    /** @param withRemedies add, for an option that does not close, what would make it close (engine runs on variations) */
    static ObjectNode of(BusinessCaseResult r, boolean withRemedies) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("practice", r.input().practice().name());
        root.put("caseName", r.input().caseName());
        root.put("bankProfile", BankProfile.describe(r.input(), r.assumptions(), false));
        ObjectNode patients = root.putObject("patients");
        ObjectNode space = root.putObject("spaceNeededM2");
        ObjectNode fte = root.putObject("gpFteNeeded");
        for (ProjectionYear y : r.projection()) {
            if (y.year() == 0) {
                continue;
            }
            String year = Integer.toString(y.calendarYear());
            patients.put(year, y.patients());
            space.put(year, y.m2Needed());
            fte.put(year, y.gpFteNeeded());
        }
        root.put("patientsNow", r.input().practice().patients());
        root.put("currentAreaM2", r.currentAreaM2());
        putNullable(root, "spaceRunsOutYear", r.spaceRunsOutYear());
        ArrayNode options = root.putArray("options");
        BusinessCaseEngine engine = new BusinessCaseEngine(r.assumptions().catalogue());
        StressTest stress = new StressTest(engine);
        for (int i = 0; i < r.options().size(); i++) {
            OptionResult o = r.options().get(i);
            ObjectNode n = option(r.input(), o, o.verdict().closes() || !withRemedies ? null : Remedies.of(engine, r.input(), i));
            n.set("stress", stress(stress.run(r, i)));
            options.add(n);
        }
        root.set("stay", option(r.input(), r.stay(), null));
        return root;
    }

    /** The stress scenarios on the agreed plan (DOMAIN rule 8): every row keeps the base loan. */
    private static ArrayNode stress(List<StressTest.Row> rows) {
        ArrayNode a = MAPPER.createArrayNode();
        for (StressTest.Row row : rows) {
            ObjectNode j = a.addObject();
            j.put("key", row.key());
            j.put("name", row.labelNl());
            j.put("loan", row.figures().loan());
            putNullable(j, "dscrMin", row.figures().dscrMinFixedPeriod());
            putNullable(j, "dscrMinAfterFixedPeriod", row.figures().dscrMinAfterFixed());
            j.put("cashShortfall", row.figures().cashShortfall());
            j.put("gap", row.figures().gap());
            j.put("status", row.figures().verdict().status().name());
        }
        return a;
    }

    private static ObjectNode verdict(OptionResult o, Remedies remedies) {
        FinancingVerdict v = o.verdict();
        ObjectNode j = MAPPER.createObjectNode();
        j.put("status", v.status().name());
        ArrayNode binding = j.putArray("binding");
        v.binding().forEach(b -> binding.add(b.name()));
        j.put("shortfall", v.shortfall());
        putNullable(j, "lowestDscrFixedPeriod", v.lowestDscrFixedPeriod());
        putNullable(j, "firstYearBelowNorm", v.firstYearBelowNorm());
        if (remedies != null) {
            ObjectNode r = j.putObject("remedies");
            putNullable(r, "equityNeeded", remedies.equityNeeded());
            putNullable(r, "insurerContributionNeeded", remedies.insurerContribution());
            putNullable(r, "highestPrice", remedies.highestPrice());
            putNullable(r, "termYearsNeeded", remedies.termYearsNeeded());
        }
        return j;
    }

    /**
     * The main loan (purpose PROPERTY for an owned building, FIT_OUT for a tenant's fit-out), the loan parts agreed beside
     * it (their own purpose: FIT_OUT, EQUIPMENT, BRIDGE, OTHER; {@code "agreed"} the amount before drawing only what is
     * needed) and the existing debts that run on (EXISTING). Rates are fractions; the balloon is in euros.
     */
    private static ArrayNode loans(BusinessCase c, OptionResult o) {
        ArrayNode loans = MAPPER.createArrayNode();
        LoanTerms t = o.schedule().terms();
        if (o.financing().loan() > 0) {
            loans.add(loan(o.option().type().owned() ? "PROPERTY" : "FIT_OUT", o.financing().loan(), t));
        }
        for (LoanParts.Drawn p : o.loanParts().drawn()) {
            if (p.amount() > 0) {
                loans.add(loan(p.part().purpose().name(), p.amount(), p.terms()).put("agreed", p.part().amount()));
            }
        }
        for (ExistingDebt d : c.financing().existingDebts()) {
            if (!(d.refinance() && o.option().type() != OptionType.STAY)) {
                loans.add(loan("EXISTING", d.balance(), LoanTerms.fixedForTerm(d.ratePct() / 100, d.remainingYears(), d.repayment(), 0))
                        .put("lender", d.lender()));
            }
        }
        return loans;
    }

    private static ObjectNode loan(String purpose, double amount, LoanTerms t) {
        ObjectNode j = MAPPER.createObjectNode();
        j.put("purpose", purpose);
        j.put("amount", amount);
        j.put("rate", t.annualRate());
        j.put("refinanceRate", t.refinanceRate());
        j.put("termYears", t.termYears());
        j.put("fixedYears", t.fixedYears());
        j.put("repayment", t.repayment().name());
        j.put("balloon", amount * t.balloonFraction());
        return j;
    }

    private static ObjectNode bmkb(LoanCapacity f) {
        if (f.bmkbGuaranteed() <= 0) {
            return null;
        }
        ObjectNode j = MAPPER.createObjectNode();
        j.put("guaranteed", f.bmkbGuaranteed());
        j.put("feePct", f.bmkbFeeRate() * 100);
        j.put("fee", f.bmkbFee());
        j.put("years", f.bmkbYears());
        return j;
    }

    private static ObjectNode option(BusinessCase c, OptionResult o, Remedies remedies) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", o.option().name());
        n.put("type", o.option().type().name());
        n.put("areaM2", o.areaM2());
        n.put("investment", o.investmentTotal());
        n.put("marketValue", o.marketValue());
        putNullable(n, "onrendabeleTop", o.onrendabeleTop());
        n.put("maxLoanByCashFlow", o.financing().maxByCashFlow());
        putNullable(n, "maxLoanByCollateral", o.financing().maxByCollateral());
        n.put("maxLoan", o.financing().maxLoan());
        n.put("loan", o.financing().loan());
        n.put("financingGap", o.financing().financingGap());
        putNullable(n, "dscrYear1", o.dscrYear1());
        putNullable(n, "dscrWorst", o.dscrWorst());
        putNullable(n, "ltvYear1", o.ltvYear1());
        n.put("npvCost", o.rentVsBuy().npvCost());
        putNullable(n, "npvRentSameSpace", o.rentVsBuy().npvRentReference());
        putNullable(n, "breakEvenYearVsRent", o.rentVsBuy().breakEvenYear());
        putNullable(n, "breakEvenRentPerM2", o.rentVsBuy().breakEvenRentPerM2());
        n.put("capacityPatients", o.capacityPatients());
        putNullable(n, "spaceRunsOutYear", o.spaceRunsOutYear());
        n.put("extraPatientsVsStay", o.extraPatientsVsStay());
        putNullable(n, "dscrYear1OfNeed", o.financing().dscrYear1OfNeed());
        n.set("verdict", verdict(o, remedies));
        n.set("loans", loans(c, o));
        n.set("bmkb", bmkb(o.financing()));
        n.put("refinancedDebts", o.financing().refinancedDebts());
        n.put("npvCostPreTax", o.rentVsBuy().npvCostPreTax());
        n.set("liquidity", liquidity(o.liquidity()));
        ArrayNode years = n.putArray("years");
        for (OperatingYear y : o.years()) {
            ObjectNode j = years.addObject();
            j.put("year", y.calendarYear());
            j.put("patientsServed", y.patientsServed());
            j.put("revenue", y.revenue());
            j.put("gpLabourCost", y.gpLabourCost());
            j.put("staffAndOtherCosts", y.staffAndOtherCosts());
            j.put("housingCosts", y.housingCosts());
            j.put("ebitda", y.ebitda());
            j.put("depreciation", y.depreciation());
            j.put("interest", y.interest());
            j.put("tax", y.tax());
            j.put("drawings", y.drawings());
            j.put("cfads", y.cfads());
            j.put("debtService", y.debtService());
            putNullable(j, "dscr", y.dscr());
        }
        return n;
    }

    /** Every month's closing cash from the decision to the horizon, and the lowest month. */
    private static ObjectNode liquidity(LiquidityForecast f) {
        ObjectNode j = MAPPER.createObjectNode();
        ArrayNode monthly = j.putArray("monthly");
        for (LiquidityPeriod m : f.months()) {
            monthly.addObject().put("month", m.lastMonth()).put("cash", m.closingBalance());
        }
        j.put("lowestCash", f.lowestCash());
        j.put("lowestCashMonth", f.lowestCashMonth());
        j.put("bufferNorm", f.bufferNorm());
        return j;
    }

    private static void putNullable(ObjectNode n, String field, Number value) {
        if (value == null) {
            n.putNull(field);
        } else if (value instanceof Integer i) {
            n.put(field, i);
        } else {
            n.put(field, value.doubleValue());
        }
    }
}
