package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.ValuationMethod;

/** Computes investment, value, financing, exploitatie and rent-versus-buy of one housing option. */
final class OptionCalculator {

    private final BusinessCase c;
    private final Assumptions a;
    private final PatientProjection demand;
    private final SpaceRequirement space;
    private final PracticeEconomics economics;

    OptionCalculator(BusinessCase c, Assumptions a, PatientProjection demand, SpaceRequirement space) {
        this.c = c;
        this.a = a;
        this.demand = demand;
        this.space = space;
        this.economics = new PracticeEconomics(c, a);
    }

    /** @param stayServedLastYear patients the current premises serve in the last plan year (for the extra-patients figure) */
    OptionResult compute(HousingOption o, double stayServedLastYear) {
        int h = c.practice().horizonYears();
        double area = o.type() == OptionType.STAY ? c.currentPremises().areaM2() : o.areaM2();
        double capacity = space.capacity(area);

        InvestmentBudget budget = investment(o);
        double investment = budget.total();
        double marketValue = marketValue(o, area);
        boolean owned = o.type().owned();
        Double top = owned ? Math.max(0, investment - marketValue) : null;

        double[] served = new double[h + 1];
        for (int t = 1; t <= h; t++) {
            served[t] = served(capacity, t);
        }
        double depreciationPerYear = owned
                ? (investment - budget.landCost()) / a.value(DEPRECIATION_YEARS)
                : investment / a.value(FIT_OUT_DEPRECIATION_YEARS); // a tenant's fit-out, VAT included
        int depreciationYears = a.whole(owned ? DEPRECIATION_YEARS : FIT_OUT_DEPRECIATION_YEARS);

        double ebitda1 = ebitda(o, area, 1, served[1]);
        double cfads1 = cfads(ebitda1, depreciationPerYear, 1);
        LoanTerms terms = loanTerms();
        LoanCapacity financing = financing(o, investment, marketValue, cfads1, terms);
        AmortisationSchedule schedule = new AmortisationSchedule(financing.loan(), terms, h);

        double growth = a.rate(RESIDUAL_GROWTH);
        List<OperatingYear> years = new ArrayList<>(h);
        for (int t = 1; t <= h; t++) {
            double revenue = economics.revenue(t, served[t]);
            double housing = housingCosts(o, area, t);
            double other = economics.otherCosts(t, served[t]);
            double ebitda = revenue - housing - other;
            double depreciation = t <= depreciationYears ? depreciationPerYear : 0;
            double tax = economics.incomeTax(ebitda, depreciation);
            double drawings = economics.drawings(t);
            double cf = ebitda - tax - drawings;
            AmortisationSchedule.Year loanYear = schedule.years().get(t - 1);
            double ds = loanYear.debtService();
            double valueStart = marketValue * Math.pow(1 + growth, t - 1);
            double balanceStart = schedule.balanceAfterYear(t - 1);
            years.add(new OperatingYear(t, economics.calendarYear(t), served[t], revenue, housing, other, ebitda,
                    depreciation, tax, drawings, cf, loanYear.interest(), loanYear.principal(), ds,
                    loanYear.balanceEnd(), ds > 0 ? cf / ds : null, valueStart,
                    valueStart > 0 ? balanceStart / valueStart : null));
        }

        RentVsBuy rentVsBuy = new RentVsBuyCalculator(a, economics).compute(o, area, budget, financing, marketValue, schedule, years);
        TopCoverage coverage = coverage(o, top, financing, marketValue);
        return new OptionResult(o, area, capacity, spaceRunsOut(area), budget, marketValue, top, coverage, financing,
                schedule, years, rentVsBuy, served[h] - stayServedLastYear);
    }

    /**
     * Patients served in plan year t in premises with room for {@code capacity} patients: the demand, up to
     * the capacity. A practice keeps the patients it has, even in premises that are too small; it just cannot grow.
     */
    double served(double capacity, int t) {
        return Math.min(demand.patients(t), Math.max(capacity, c.practice().patients()));
    }

    private Integer spaceRunsOut(double area) {
        for (int t = 0; t <= c.practice().horizonYears(); t++) {
            if (space.m2Needed(demand.patients(t)) > area) {
                return economics.calendarYear(Math.max(t, 1));
            }
        }
        return null;
    }

    InvestmentBudget investment(HousingOption o) {
        return switch (o.type()) {
            case STAY -> new InvestmentBudget(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            case RENT -> new InvestmentBudget(0, 0, 0, 0, 0, 0, 0,
                    o.worksIncludeVat() ? 0 : o.tenantFitOut() * a.rate(VAT), 0, 0, o.tenantFitOut());
            default -> new InvestmentBudget(
                    o.purchasePrice(),
                    o.purchaseTax() == PurchaseTax.TRANSFER_TAX ? o.purchasePrice() * a.rate(TRANSFER_TAX) : 0,
                    o.landCost(), o.constructionCost(), o.medicalExtras(), o.renovationCost(), o.fitOutCost(),
                    o.worksIncludeVat() ? 0 : o.worksCost() * a.rate(VAT),
                    o.buyerCosts(), o.constructionFinancingCosts(), 0);
        };
    }

    /** Market value: BAR = market rent / gross yield; NAR = (market rent − owner costs) / net yield; or an appraisal. */
    double marketValue(HousingOption o, double area) {
        if (!o.type().owned()) {
            return 0;
        }
        double marketRent = o.valuation().marketRentPerM2() * area;
        return switch (o.valuation().method()) {
            case BAR -> marketRent / initialYield(o, BAR);
            case NAR -> (marketRent - ownerCosts(o, area, 1)) / initialYield(o, NAR);
            case APPRAISAL -> o.valuation().appraisedValue();
        };
    }

    private double initialYield(HousingOption o, String assumptionKey) {
        double own = o.valuation().yieldPct();
        return own > 0 ? own / 100 : a.rate(assumptionKey);
    }

    /** Housing costs of plan year t: rent and service costs, or the owner's maintenance, property tax and insurance. */
    double housingCosts(HousingOption o, double area, int t) {
        return switch (o.type()) {
            case STAY -> area * (c.currentPremises().rentPerM2() * economics.rentIndex(t)
                    + c.currentPremises().serviceCostsPerM2() * economics.costIndex(t));
            case RENT -> area * (o.rentPerM2() * economics.rentIndex(t) + o.serviceCostsPerM2() * economics.costIndex(t));
            default -> ownerCosts(o, area, t);
        };
    }

    double ownerCosts(HousingOption o, double area, int t) {
        return (o.maintenancePct() / 100 * o.buildingCost() + o.propertyTaxInsurancePerM2() * area) * economics.costIndex(t);
    }

    private double ebitda(HousingOption o, double area, int t, double served) {
        return economics.revenue(t, served) - housingCosts(o, area, t) - economics.otherCosts(t, served);
    }

    private double cfads(double ebitda, double depreciation, int t) {
        return ebitda - economics.incomeTax(ebitda, depreciation) - economics.drawings(t);
    }

    LoanTerms loanTerms() {
        Financing f = c.financing();
        return new LoanTerms(a.rate(LOAN_RATE), a.whole(LOAN_TERM), f.repayment(), f.balloonPct() / 100);
    }

    private LoanCapacity financing(HousingOption o, double investment, double marketValue, double cfads1, LoanTerms terms) {
        Financing f = c.financing();
        double maxDebtService = Math.max(0, cfads1) / a.value(DSCR_MIN);
        double maxByCashFlow = maxDebtService / terms.yearOneDebtServicePerEuro();
        Double maxByCollateral = o.type().owned() ? collateralLimit(marketValue) : null;
        double maxLoan = maxByCollateral == null ? maxByCashFlow : Math.min(maxByCashFlow, maxByCollateral);
        if (investment == 0) {
            maxLoan = 0;
        }
        double contributions = o.contributions().total();
        double equity = f.equityAvailable();
        double need = Math.max(0, investment - contributions - equity);
        // The BMKB fee is a use of funds, borrowed where the max loan allows. It is computed on the guarantee of
        // the loan before the fee; the guarantee on the fee itself (≈ fee × fee rate) is left out.
        double guaranteed = f.useBmkb() ? bmkbGuaranteed(Math.min(maxLoan, need), o.type().owned() ? marketValue : 0) : 0;
        double fee = guaranteed * a.rate(BMKB_FEE);
        double loan = Math.min(maxLoan, Math.max(0, investment + fee - contributions - equity));
        double equityUsed = Math.min(equity, Math.max(0, investment + fee - contributions - loan));
        double gap = Math.max(0, investment + fee - contributions - equity - maxLoan);
        return new LoanCapacity(cfads1, maxDebtService, maxByCashFlow, maxByCollateral, need, maxLoan, loan, equityUsed,
                contributions, guaranteed, fee, gap);
    }

    /**
     * LTV_max × value; with BMKB the bank may also lend the guaranteed part G = min(G_max, share × L) beyond it:
     * L − G ≤ LTV·V gives L ≤ LTV·V / (1 − share) while share·L ≤ G_max, else L ≤ LTV·V + G_max.
     */
    private double collateralLimit(double marketValue) {
        double secured = a.rate(LTV_MAX) * marketValue;
        if (!c.financing().useBmkb()) {
            return secured;
        }
        double share = bmkbShare();
        double max = bmkbMax();
        double byShare = secured / (1 - share);
        return share * byShare <= max ? byShare : secured + max;
    }

    /** The guaranteed part: what the loan exceeds the secured part by, within the BMKB share and maximum. */
    private double bmkbGuaranteed(double loan, double marketValue) {
        double aboveCollateral = Math.max(0, loan - a.rate(LTV_MAX) * marketValue);
        return Math.min(aboveCollateral, Math.min(bmkbShare() * loan, bmkbMax()));
    }

    private double bmkbShare() {
        return a.rate(c.financing().starter() ? BMKB_STARTER_SHARE : BMKB_SHARE);
    }

    private double bmkbMax() {
        return a.value(c.financing().starter() ? BMKB_STARTER_MAX : BMKB_MAX);
    }

    private static TopCoverage coverage(HousingOption o, Double top, LoanCapacity f, double marketValue) {
        if (top == null) {
            return new TopCoverage(0, 0, 0, 0, 0, 0, 0);
        }
        Contributions k = o.contributions();
        double left = top;
        double insurer = Math.min(left, k.insurer());
        left -= insurer;
        double municipality = Math.min(left, k.municipality());
        left -= municipality;
        double other = Math.min(left, k.other());
        left -= other;
        double equity = Math.min(left, f.equityUsed());
        left -= equity;
        double loanAbove = Math.min(left, Math.max(0, f.loan() - marketValue));
        left -= loanAbove;
        return new TopCoverage(top, insurer, municipality, other, equity, loanAbove, left);
    }
}
