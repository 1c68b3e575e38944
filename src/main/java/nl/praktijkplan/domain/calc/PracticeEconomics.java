package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Income;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.Practice;

/**
 * Revenue, non-housing costs and private drawings of the practice for a plan year and a number of
 * patients served. Year-1 amounts grow with their index: amount_t = amount_1 × (1+i)^(t−1).
 */
public final class PracticeEconomics {

    private final BusinessCase c;
    private final Assumptions a;
    // Per plan year 0..H, computed once: the screen recomputes on every keystroke and Monte Carlo 10,000 times.
    private final double[] revenuePerPatient;
    private final double[] costIndex;
    private final double[] rentIndex;
    private final double fixedCostShare;
    private final double incomeTaxRate;

    public PracticeEconomics(BusinessCase businessCase, Assumptions assumptions) {
        this.c = businessCase;
        this.a = assumptions;
        int h = businessCase.practice().horizonYears();
        double costRate = a.rate(COST_INDEX);
        double rentRate = a.rate(RENT_INDEX);
        revenuePerPatient = new double[h + 1];
        costIndex = new double[h + 1];
        rentIndex = new double[h + 1];
        for (int t = 0; t <= h; t++) {
            revenuePerPatient[t] = computeRevenuePerPatient(t);
            costIndex[t] = Math.pow(1 + costRate, t - 1);
            rentIndex[t] = Math.pow(1 + rentRate, t - 1);
        }
        fixedCostShare = a.rate(FIXED_COST_SHARE);
        incomeTaxRate = a.rate(INCOME_TAX);
    }

    public int calendarYear(int planYear) {
        return c.practice().startYear() + planYear - 1;
    }

    /**
     * Segment-1 tariff revenue per patient per year at the NZa tariffs of the calendar year:
     * 4 quarters × (inschrijftarief + opslagwijk share × opslag + POH-GGZ + MTVP) + contacts × consult tariff.
     * Years after the last published tariffs are indexed from it.
     */
    public double tariffRevenuePerPatient(int planYear) {
        int calendar = calendarYear(planYear);
        int ty = tariffYear(calendar);
        Practice p = c.practice();
        double quarterly = a.value(tariff(TARIFF_INSCHRIJF, ty))
                + p.shareOpslagwijkPct() / 100 * a.value(tariff(TARIFF_OPSLAGWIJK, ty))
                + a.value(tariff(TARIFF_POH_GGZ, ty))
                + a.value(tariff(TARIFF_MTVP, ty));
        double perYear = 4 * quarterly + a.value(CONTACTS_PER_PATIENT) * a.value(tariff(TARIFF_CONSULT, ty));
        return perYear * Math.pow(1 + a.rate(TARIFF_INDEX), calendar - ty);
    }

    /** The factor on tariff-based revenue from the expected recalculation of the housing component. */
    public double tariffChangeFactor(int planYear) {
        Income in = c.income();
        if (in.tariffHousingChangePct() == 0 || calendarYear(planYear) < in.tariffChangeFromYear()) {
            return 1;
        }
        return 1 + a.rate(TARIFF_HOUSING_SHARE) * in.tariffHousingChangePct() / 100;
    }

    /** Revenue per patient in a plan year: tariffs or the annual accounts, plus other revenue. */
    public double revenuePerPatient(int planYear) {
        return revenuePerPatient[planYear];
    }

    private double computeRevenuePerPatient(int planYear) {
        Income in = c.income();
        double index = Math.pow(1 + a.rate(TARIFF_INDEX), planYear - 1);
        double core = in.method() == IncomeMethod.ACCOUNTS
                ? in.accountsRevenue() / c.practice().patients() * index
                : tariffRevenuePerPatient(planYear);
        double other = in.method() == IncomeMethod.ACCOUNTS ? 0 : in.otherRevenuePerPatient() * index;
        return core * tariffChangeFactor(planYear) + other;
    }

    public double revenue(int planYear, double patientsServed) {
        return patientsServed * revenuePerPatient(planYear);
    }

    /** Other practice costs: a fixed share, and the rest in proportion to the patients served. */
    public double otherCosts(int planYear, double patientsServed) {
        double volume = patientsServed / c.practice().patients();
        return c.costs().otherCostsYear1() * costIndex(planYear) * (fixedCostShare + (1 - fixedCostShare) * volume);
    }

    public double drawings(int planYear) {
        return c.privateFinances().drawingsYear1() * costIndex(planYear);
    }

    /** (1 + cost indexation)^(t−1). */
    public double costIndex(int planYear) {
        return costIndex[planYear];
    }

    /** (1 + rent indexation)^(t−1). */
    public double rentIndex(int planYear) {
        return rentIndex[planYear];
    }

    /**
     * Income tax of the practice holders, estimated on the result after depreciation. Interest is not
     * deducted: that is conservative and keeps the loan capacity independent of the loan itself.
     */
    public double incomeTax(double ebitda, double depreciation) {
        return incomeTaxRate * Math.max(0, ebitda - depreciation);
    }
}
