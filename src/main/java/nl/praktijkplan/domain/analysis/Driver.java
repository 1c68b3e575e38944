package nl.praktijkplan.domain.analysis;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;

/**
 * An uncertain input of the business case that sensitivity and Monte Carlo analyses vary.
 * <p>
 * A driver is varied by a <em>shift</em> from the case's own value, in the driver's {@link ShiftUnit}:
 * percentage points for rates (rate 5.0% shifted by +1 is 6.0%), percent of the case's value for amounts
 * (build cost shifted by −15 is 85% of it). A shift of exactly 0 leaves the case untouched
 * ({@link #apply} returns the very same case), so a variation at the base value gives the base result exactly.
 * Option-specific drivers act on the option given to {@link #apply} (or all options with
 * {@link CaseVariations#ALL_OPTIONS}); case-wide drivers ignore it.
 */
public enum Driver implements Labelled {
    /** Loan interest rate, assumption {@code loan.ratePct}; ±1 percentage point. */
    LOAN_RATE("Rente hypotheek", "Loan interest rate", ShiftUnit.PERCENTAGE_POINTS, -1, 1),
    /** Build cost or purchase price of the option (see {@link CaseVariations#withBuildCostScaled}); ±15%. */
    BUILD_COST("Bouwkosten / koopsom", "Build cost / purchase price", ShiftUnit.PERCENT_OF_BASE, -15, 15),
    /** Rent per m² of the option: contract rent, or market rent of an owned option (see {@link CaseVariations#withRentPerM2}); ±10%. */
    RENT_LEVEL("Huurniveau per m²", "Rent level per m²", ShiftUnit.PERCENT_OF_BASE, -10, 10),
    /** Yearly rent indexation, assumption {@code rent.indexPct}; ±1 percentage point. */
    RENT_INDEXATION("Huurindexatie", "Rent indexation", ShiftUnit.PERCENTAGE_POINTS, -1, 1),
    /** Municipal population growth; ±1 percentage point. */
    MUNICIPAL_GROWTH("Bevolkingsgroei gemeente", "Municipal population growth", ShiftUnit.PERCENTAGE_POINTS, -1, 1),
    /** Initial yield (BAR, or NAR) of the option's valuation; ±0.5 percentage point. */
    BAR_YIELD("Aanvangsrendement (BAR)", "Initial yield (BAR)", ShiftUnit.PERCENTAGE_POINTS, -0.5, 0.5),
    /** Change of the tariffs' housing component after the NZa recalculation; −5 / +5 percentage points. */
    TARIFF_HOUSING_CHANGE("Tariefwijziging huisvestingscomponent (NZa)", "Tariff change, housing component (NZa)",
            ShiftUnit.PERCENTAGE_POINTS, -5, 5),
    /** Discount rate of the rent-versus-buy comparison, assumption {@code npv.discountRatePct}; ±1 percentage point. */
    DISCOUNT_RATE("Disconteringsvoet", "Discount rate", ShiftUnit.PERCENTAGE_POINTS, -1, 1);

    /** How a shift is expressed. */
    public enum ShiftUnit {
        /** Added to the value: rate 5% shifted by 1 is 6%. */
        PERCENTAGE_POINTS,
        /** Relative to the value: build cost shifted by −15 is 85% of the case's build cost. */
        PERCENT_OF_BASE
    }

    private final String labelNl;
    private final String labelEn;
    private final ShiftUnit unit;
    private final double defaultLowShift;
    private final double defaultHighShift;

    Driver(String labelNl, String labelEn, ShiftUnit unit, double defaultLowShift, double defaultHighShift) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.unit = unit;
        this.defaultLowShift = defaultLowShift;
        this.defaultHighShift = defaultHighShift;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    public ShiftUnit unit() {
        return unit;
    }

    /** The default low shift of the tornado, in {@link #unit()}. */
    public double defaultLowShift() {
        return defaultLowShift;
    }

    /** The default high shift of the tornado, in {@link #unit()}. */
    public double defaultHighShift() {
        return defaultHighShift;
    }

    /**
     * The case with this driver shifted by {@code shift} (in {@link #unit()}); the same case when the shift is 0.
     *
     * @param optionIndex the option an option-specific driver acts on, or {@link CaseVariations#ALL_OPTIONS}
     */
    public BusinessCase apply(BusinessCase c, int optionIndex, double shift) {
        if (shift == 0) {
            return c;
        }
        return switch (this) {
            case LOAN_RATE -> CaseVariations.withLoanRatePct(c, CaseVariations.assumption(c, AssumptionKeys.LOAN_RATE) + shift);
            case BUILD_COST -> CaseVariations.withBuildCostScaled(c, optionIndex, 1 + shift / 100);
            case RENT_LEVEL -> CaseVariations.withRentLevelScaled(c, optionIndex, 1 + shift / 100);
            case RENT_INDEXATION -> CaseVariations.withRentIndexationPct(c,
                    CaseVariations.assumption(c, AssumptionKeys.RENT_INDEX) + shift);
            case MUNICIPAL_GROWTH -> CaseVariations.withMunicipalGrowthPct(c, c.growth().municipalGrowthPct() + shift);
            case BAR_YIELD -> yieldShifted(c, optionIndex, shift);
            case TARIFF_HOUSING_CHANGE -> CaseVariations.withTariffHousingChangePct(c,
                    c.income().tariffHousingChangePct() + shift);
            case DISCOUNT_RATE -> CaseVariations.withDiscountRatePct(c,
                    CaseVariations.assumption(c, AssumptionKeys.DISCOUNT_RATE) + shift);
        };
    }

    /**
     * The case's own value of this driver, for display next to a shift (e.g. "4.0% – 6.0%"): percent for
     * rates and growth, euros for build cost (purchase price plus works, or the tenant's fit-out), euros per m²
     * for the rent level.
     */
    public double baseValue(BusinessCase c, int optionIndex) {
        return switch (this) {
            case LOAN_RATE -> CaseVariations.assumption(c, AssumptionKeys.LOAN_RATE);
            case BUILD_COST -> {
                HousingOption o = c.options().get(optionIndex);
                yield o.type().owned() ? o.purchasePrice() + o.worksCost() : o.tenantFitOut();
            }
            case RENT_LEVEL -> CaseVariations.rentPerM2(c.options().get(optionIndex));
            case RENT_INDEXATION -> CaseVariations.assumption(c, AssumptionKeys.RENT_INDEX);
            case MUNICIPAL_GROWTH -> c.growth().municipalGrowthPct();
            case BAR_YIELD -> CaseVariations.initialYieldPct(c, c.options().get(optionIndex));
            case TARIFF_HOUSING_CHANGE -> c.income().tariffHousingChangePct();
            case DISCOUNT_RATE -> CaseVariations.assumption(c, AssumptionKeys.DISCOUNT_RATE);
        };
    }

    /** The driver's value after a shift: base + shift, or base × (1 + shift/100). */
    public double valueAt(BusinessCase c, int optionIndex, double shift) {
        double base = baseValue(c, optionIndex);
        return unit == ShiftUnit.PERCENTAGE_POINTS ? base + shift : base * (1 + shift / 100);
    }

    /** The shift that gives the driver {@code value}: the inverse of {@link #valueAt}; for entering ranges as values. */
    public double shiftFor(BusinessCase c, int optionIndex, double value) {
        double base = baseValue(c, optionIndex);
        if (unit == ShiftUnit.PERCENTAGE_POINTS) {
            return value - base;
        }
        if (base == 0) {
            throw new IllegalArgumentException(this + " is 0 in this case; it cannot be varied in percent of itself");
        }
        return (value / base - 1) * 100;
    }

    private static BusinessCase yieldShifted(BusinessCase c, int optionIndex, double shift) {
        BusinessCase out = c;
        for (int i = 0; i < c.options().size(); i++) {
            if (optionIndex == CaseVariations.ALL_OPTIONS || optionIndex == i) {
                HousingOption o = c.options().get(i);
                if (o.type().owned()) {
                    out = CaseVariations.withInitialYieldPct(out, i, CaseVariations.initialYieldPct(c, o) + shift);
                }
            }
        }
        return out;
    }
}
