package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.AgeMix;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Holder;
import nl.praktijkplan.domain.input.Income;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.Practice;
import nl.praktijkplan.domain.input.Segment3Arrangement;

/**
 * Revenue, GP labour, other practice costs and drawings of the practice for a plan year, given the average list
 * it serves in that year (revenue is paid on the average of the lists at the start and the end of the year).
 * Amounts entered for year 1 are year 1's amounts and grow with their index: amount_t = amount_1 × (1+i)^(t−1);
 * volume-driven parts move with the average list relative to year 1's.
 */
public final class PracticeEconomics {

    private final BusinessCase c;
    private final Assumptions a;
    // Per plan year 0..H, computed once: the screen recomputes on every keystroke and Monte Carlo 10,000 times.
    private final double[] segment1PerPatient;
    private final double[] tariffIndex;
    private final double[] costIndex;
    private final double[] rentIndex;
    private final double fixedCostShare;
    private final double patientsPerFte;
    private final double employedGpCost;

    public PracticeEconomics(BusinessCase businessCase, Assumptions assumptions) {
        this.c = businessCase;
        this.a = assumptions;
        int h = businessCase.practice().horizonYears();
        double costRate = a.rate(COST_INDEX);
        double rentRate = a.rate(RENT_INDEX);
        double tariffRate = a.rate(TARIFF_INDEX);
        segment1PerPatient = new double[h + 1];
        tariffIndex = new double[h + 1];
        costIndex = new double[h + 1];
        rentIndex = new double[h + 1];
        for (int t = 0; t <= h; t++) {
            segment1PerPatient[t] = computeSegment1PerPatient(t);
            tariffIndex[t] = Math.pow(1 + tariffRate, t - 1);
            costIndex[t] = Math.pow(1 + costRate, t - 1);
            rentIndex[t] = Math.pow(1 + rentRate, t - 1);
        }
        fixedCostShare = a.rate(FIXED_COST_SHARE);
        patientsPerFte = a.value(PATIENTS_PER_FTE);
        employedGpCost = a.value(EMPLOYED_GP_COST);
    }

    public int calendarYear(int planYear) {
        return c.practice().startYear() + planYear - 1;
    }

    /**
     * Segment-1 tariff revenue per registered patient per year at the NZa tariffs of the calendar year:
     * 4 quarters × (capitation by age class + opslagwijk share × opslag + POH-GGZ where provided + MTVP where
     * received) + GP consults per patient × consult tariff. Years after the last published tariffs are indexed.
     */
    public double segment1PerPatient(int planYear) {
        return segment1PerPatient[planYear];
    }

    private double computeSegment1PerPatient(int planYear) {
        int calendar = calendarYear(planYear);
        int ty = tariffYear(calendar);
        Practice p = c.practice();
        Income in = c.income();
        AgeMix mix = p.ageMix();
        double capitation = (mix.under65Pct() * a.value(tariff(TARIFF_INSCHRIJF, ty))
                + mix.age65to74Pct() * a.value(tariff(TARIFF_INSCHRIJF_65_74, ty))
                + mix.age75to84Pct() * a.value(tariff(TARIFF_INSCHRIJF_75_84, ty))
                + mix.age85plusPct() * a.value(tariff(TARIFF_INSCHRIJF_85PLUS, ty))) / 100;
        double quarterly = capitation
                + p.shareOpslagwijkPct() / 100 * a.value(tariff(TARIFF_OPSLAGWIJK, ty))
                + (in.pohGgz() ? a.value(tariff(TARIFF_POH_GGZ, ty)) : 0)
                + (in.mtvp() ? a.value(tariff(TARIFF_MTVP, ty)) : 0);
        double perYear = 4 * quarterly + gpConsultsPerPatient() * a.value(tariff(TARIFF_CONSULT, ty));
        return perYear * Math.pow(1 + a.rate(TARIFF_INDEX), calendar - ty);
    }

    public double gpConsultsPerPatient() {
        Double own = c.income().gpConsultsPerPatient();
        return own != null ? own : a.value(GP_CONSULTS_PER_PATIENT);
    }

    /**
     * The revenue of plan year t on an average list of {@code avgPatients}, with year 1's average list
     * {@code avgPatientsYear1} as the base of the accounts method.
     */
    public Revenue revenue(int planYear, double avgPatients, double avgPatientsYear1) {
        Income in = c.income();
        double segment1 = avgPatients * segment1PerPatient(planYear);
        double base = in.method() == IncomeMethod.ACCOUNTS
                ? in.accountsRevenue() * tariffIndex[planYear] * (avgPatientsYear1 > 0 ? avgPatients / avgPatientsYear1 : 0)
                : segment1 + avgPatients * in.otherRevenuePerPatient() * tariffIndex[planYear];
        int calendar = calendarYear(planYear);
        boolean changed = in.tariffHousingChangePct() != 0 && calendar >= in.tariffChangeFromYear();
        // The CBb recalculation moves only the housing component of the segment-1 tariffs; for the accounts
        // method the segment-1 revenue is estimated from the tariffs.
        double housingChange = changed ? segment1 * a.rate(TARIFF_HOUSING_COMPONENT) * in.tariffHousingChangePct() / 100 : 0;
        double backPayment = calendar == in.tariffChangeFromYear() ? in.tariffBackPayment() : 0;
        double segment3 = 0;
        for (Segment3Arrangement s : in.segment3()) {
            segment3 += s.activeIn(calendar) ? s.amountPerYear() : 0;
        }
        return new Revenue(base, housingChange + backPayment, segment3);
    }

    /**
     * Revenue of plan year t by tariff component, in euros on the average list: capitation (by age class), opslagwijk,
     * POH-GGZ and MTVP modules, GP consults (segment 1, indexed like the tariffs), then other revenue (or, with the
     * accounts method, the accounts' revenue beyond the segment-1 estimate), the CBb recalculation and segment 3.
     */
    public RevenueBreakdown breakdown(int planYear, double avgPatients, double avgPatientsYear1) {
        int calendar = calendarYear(planYear);
        int ty = tariffYear(calendar);
        double index = Math.pow(1 + a.rate(TARIFF_INDEX), calendar - ty) * avgPatients * 4;
        Practice p = c.practice();
        Income in = c.income();
        AgeMix mix = p.ageMix();
        double capitation = index * (mix.under65Pct() * a.value(tariff(TARIFF_INSCHRIJF, ty))
                + mix.age65to74Pct() * a.value(tariff(TARIFF_INSCHRIJF_65_74, ty))
                + mix.age75to84Pct() * a.value(tariff(TARIFF_INSCHRIJF_75_84, ty))
                + mix.age85plusPct() * a.value(tariff(TARIFF_INSCHRIJF_85PLUS, ty))) / 100;
        double opslag = index * p.shareOpslagwijkPct() / 100 * a.value(tariff(TARIFF_OPSLAGWIJK, ty));
        double poh = in.pohGgz() ? index * a.value(tariff(TARIFF_POH_GGZ, ty)) : 0;
        double mtvp = in.mtvp() ? index * a.value(tariff(TARIFF_MTVP, ty)) : 0;
        double consults = index / 4 * gpConsultsPerPatient() * a.value(tariff(TARIFF_CONSULT, ty));
        Revenue r = revenue(planYear, avgPatients, avgPatientsYear1);
        double segment1 = capitation + opslag + poh + mtvp + consults;
        return new RevenueBreakdown(capitation, opslag, poh, mtvp, consults, r.base() - segment1, r.tariffRecalculation(),
                r.segment3());
    }

    /**
     * One year's revenue by component, euros.
     *
     * @param other with the tariff method the other revenue per patient; with the accounts method the accounts' revenue
     *              beyond the segment-1 estimate (negative when the accounts show less)
     */
    public record RevenueBreakdown(double capitation, double opslagwijk, double pohGgz, double mtvp, double consults,
                                   double other, double tariffRecalculation, double segment3) {
        public double total() {
            return capitation + opslagwijk + pohGgz + mtvp + consults + other + tariffRecalculation + segment3;
        }

        /** The POH-GGZ and MTVP modules together. */
        public double modules() {
            return pohGgz + mtvp;
        }

        /** Everything outside the segment-1 tariffs: other revenue, the CBb recalculation and segment 3. */
        public double outsideSegment1Tariffs() {
            return other + tariffRecalculation + segment3;
        }
    }

    /** Revenue of one year by source. */
    public record Revenue(double base, double tariffRecalculation, double segment3) {
        public double total() {
            return base + tariffRecalculation + segment3;
        }
    }

    /** GP FTE the average list needs: average patients / patients per FTE of the standard practice. */
    public double gpFteNeeded(double avgPatients) {
        return avgPatients / patientsPerFte;
    }

    /** GP FTE needed beyond the holders' own and the GPs employed today: to be hired, so costed. */
    public double extraGpFte(double avgPatients) {
        return Math.max(0, gpFteNeeded(avgPatients) - c.gpFteNow());
    }

    /** Cost of the extra GP FTE at the cost of an employed GP per FTE, indexed like other costs. */
    public double gpLabourCost(int planYear, double avgPatients) {
        return extraGpFte(avgPatients) * employedGpCost * costIndex(planYear);
    }

    /** Staff (other than GPs) and other costs: a fixed share, the rest in proportion to the average list. */
    public double staffAndOtherCosts(int planYear, double avgPatients, double avgPatientsYear1) {
        double volume = avgPatientsYear1 > 0 ? avgPatients / avgPatientsYear1 : 1;
        return c.costs().otherCostsYear1() * costIndex(planYear) * (fixedCostShare + (1 - fixedCostShare) * volume);
    }

    /**
     * What the holders take out: their drawings (eenmanszaak, maatschap), or the salaries the BV pays them.
     * Both are indexed like costs.
     */
    public double drawings(int planYear) {
        Practice p = c.practice();
        double perYear = p.legalForm() == LegalForm.BV
                ? p.holders().stream().mapToDouble(Holder::directorSalary).sum()
                : p.holders().size() * c.privateFinances().drawingsPerHolder();
        return perYear * costIndex(planYear);
    }

    /** (1 + cost indexation)^(t−1). */
    public double costIndex(int planYear) {
        return costIndex[planYear];
    }

    /** (1 + rent indexation)^(t−1). */
    public double rentIndex(int planYear) {
        return rentIndex[planYear];
    }
}
