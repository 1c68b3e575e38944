package nl.praktijkplan.domain.calc;

import java.util.List;

import nl.praktijkplan.domain.input.HousingOption;

/**
 * Everything the engine computed for one housing option.
 *
 * @param capacityPatients   patients the option's m² can serve by the space requirement
 * @param spaceRunsOutYear   first calendar year the option's m² are too small; null if never within the horizon
 * @param onrendabeleTop     investment − market value (negative: the value lies above the investment); null for rent and stay
 * @param rentVsBuy          null only when the engine was asked for none ({@link RentVsBuyDetail#NONE})
 * @param extraPatientsVsStay patients served in the last plan year beyond what staying allows
 * @param liquidity          the liquidity forecast from the decision to the horizon
 */
public record OptionResult(
        HousingOption option,
        double areaM2,
        double capacityPatients,
        Integer spaceRunsOutYear,
        InvestmentBudget investment,
        double marketValue,
        Double onrendabeleTop,
        LoanCapacity financing,
        AmortisationSchedule schedule,
        ExistingDebtService existingDebts,
        LoanParts loanParts,
        List<OperatingYear> years,
        RentVsBuy rentVsBuy,
        DepreciationPlan depreciation,
        FinancingVerdict verdict,
        PracticeEconomics.RevenueBreakdown revenueYear1,
        double extraPatientsVsStay,
        LiquidityForecast liquidity) {

    /** All new lending at t = 0: the loan and the loan parts beside it. */
    public double newLending() {
        return financing.newLending();
    }

    public double investmentTotal() {
        return investment.total();
    }

    /**
     * Everything to be financed at t = 0: the investment, the existing debts refinanced and the one-off BMKB fee
     * (= total sources incl. the gap).
     */
    public double totalUses() {
        return investment.total() + financing.refinancedDebts() + financing.bmkbFee();
    }

    /** The financieringsbegroting reconciled: sources = uses, and the onrendabele top's coverage from those sources. */
    public SourcesAndUses sourcesAndUses() {
        return SourcesAndUses.of(this);
    }

    public Double dscrYear1() {
        return years.get(0).dscr();
    }

    /** The lowest DSCR over the years with debt service; null without a loan. */
    public Double dscrWorst() {
        return years.stream().map(OperatingYear::dscr).filter(d -> d != null).min(Double::compare).orElse(null);
    }

    /**
     * How far the cash after debt service runs short: the most negative running sum of CFADS − debt service from year 1
     * over the horizon, as a positive amount; 0 when the running sum never falls below zero.
     */
    public double cashShortfall() {
        double cumulative = 0;
        double lowest = 0;
        for (OperatingYear y : years) {
            cumulative += y.cfads() - y.debtService();
            lowest = Math.min(lowest, cumulative);
        }
        return lowest < 0 ? -lowest : 0;
    }

    public Double ltvYear1() {
        return years.get(0).ltv();
    }

    /**
     * The insurer's contribution per extra patient who can register (the Leidraad's cost of the impact):
     * contribution / {@link #extraPatientsVsStay()}; null without at least one extra patient or without a contribution.
     */
    public Double insurerContributionPerExtraPatient() {
        double insurer = option.contributions().insurer();
        return extraPatientsVsStay >= 1 && insurer > 0 ? insurer / extraPatientsVsStay : null;
    }
}
