package nl.praktijkplan.domain.analysis;

import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuy;

/**
 * A number of one option's result that the sensitivity and Monte Carlo analyses follow.
 * {@link #of(OptionResult)} returns null where the number does not apply to the option
 * (e.g. a DSCR without a loan, buy-versus-rent for a rented option).
 */
public enum AnalysisOutput implements Labelled {
    /**
     * Net present value of buying minus that of renting the same m² at the option's market rent, over the
     * horizon at the discount rate, in euros: positive means buying is dearer. Owned options only.
     */
    NPV_BUY_MINUS_RENT("NCW kopen min huren", "NPV buy minus rent", true),
    /** Net present value of the option's housing cost over the horizon, euros. */
    NPV_COST("NCW huisvestingskosten", "NPV housing cost", true),
    /** DSCR of plan year 1 (CFADS / debt service); null without debt service. */
    DSCR_YEAR1("DSCR jaar 1", "DSCR year 1", false),
    /** The lowest DSCR over the years with debt service; null without a loan. */
    DSCR_WORST("Laagste DSCR", "Lowest DSCR", false),
    /** The lowest DSCR in the fixed-rate period (assumption {@code loan.fixedRateYears}); null without debt service. */
    DSCR_FIXED_PERIOD("Laagste DSCR rentevaste periode", "Lowest DSCR fixed-rate period", false),
    /** The most the running sum of CFADS − debt service falls below zero, euros (see {@link OptionResult#cashShortfall()}). */
    CASH_SHORTFALL("Kastekort", "Cash shortfall", true),
    /** Investment + BMKB fee − equity − max loan − contributions, at least 0, euros. */
    FINANCING_GAP("Financieringstekort", "Financing gap", true),
    /** The lower of the cash-flow and the collateral limit, euros. */
    MAX_LOAN("Maximale lening", "Maximum loan", false),
    /** Investment above market value, euros; owned options only. */
    ONRENDABELE_TOP("Onrendabele top", "Unprofitable gap", true);

    private final String labelNl;
    private final String labelEn;
    private final boolean lowerIsBetter;

    AnalysisOutput(String labelNl, String labelEn, boolean lowerIsBetter) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether a lower value is better for the practice (for colouring bars). */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether the output needs the rent-versus-buy comparison (the NPVs). */
    public boolean needsRentVsBuy() {
        return this == NPV_BUY_MINUS_RENT || this == NPV_COST;
    }

    /** Whether the output is a ratio (a DSCR, shown with two decimals) rather than an amount in euros. */
    public boolean ratio() {
        return this == DSCR_YEAR1 || this == DSCR_WORST || this == DSCR_FIXED_PERIOD;
    }

    /** This output of one option's result; null when it does not apply. */
    public Double of(OptionResult r) {
        return switch (this) {
            case NPV_BUY_MINUS_RENT -> {
                RentVsBuy rvb = r.rentVsBuy();
                yield rvb.npvRentReference() == null ? null : rvb.npvCost() - rvb.npvRentReference();
            }
            case NPV_COST -> r.rentVsBuy().npvCost();
            case DSCR_YEAR1 -> r.dscrYear1();
            case DSCR_WORST -> r.dscrWorst();
            case DSCR_FIXED_PERIOD -> r.verdict().lowestDscrFixedPeriod();
            case CASH_SHORTFALL -> r.cashShortfall();
            case FINANCING_GAP -> r.financing().financingGap();
            case MAX_LOAN -> r.financing().maxLoan();
            case ONRENDABELE_TOP -> r.onrendabeleTop();
        };
    }
}
