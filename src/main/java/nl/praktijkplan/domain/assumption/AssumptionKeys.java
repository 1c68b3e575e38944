package nl.praktijkplan.domain.assumption;

/** The keys of {@code assumptions.tsv} the engine reads; a test checks each one exists. */
public final class AssumptionKeys {
    private AssumptionKeys() {
    }

    public static final String NORM_M2 = "space.normM2";
    public static final String NORM_PATIENTS = "space.normPatients";
    public static final String BVO_FACTOR = "space.bvoFactor";
    public static final String ROOM_CONSULT_M2 = "room.consultM2";
    public static final String ROOM_TREATMENT_M2 = "room.treatmentM2";
    public static final String TREATMENT_ROOMS_PER_GP_FTE = "room.treatmentRoomsPerGpFte";
    public static final String ROOM_POH_M2 = "room.pohM2";
    public static final String ROOM_ASSISTANT_M2 = "room.assistantM2";
    public static final String ASSISTANT_FTE_PER_ROOM = "room.assistantFtePerRoom";
    public static final String WAITING_M2_PER_1000 = "room.waitingM2Per1000Patients";
    public static final String SUPPORT_BASE_NET_M2 = "room.supportBaseNetM2";
    public static final String SUPPORT_M2_PER_STAFF_FTE = "room.supportM2PerStaffFte";
    public static final String CIRCULATION_PCT = "room.circulationPct";

    public static final String PATIENTS_PER_FTE = "patients.perGpFte";
    public static final String PERSONS_PER_DWELLING = "growth.personsPerDwelling";

    /** The national split of the over-65s over the NZa's older age classes (default age mix from a 65+ share). */
    public static final String AGE_65PLUS_NATIONAL = "age.share65PlusNationalPct";
    public static final String AGE_65_74_OF_65PLUS = "age.share65to74Of65PlusPct";
    public static final String AGE_75_84_OF_65PLUS = "age.share75to84Of65PlusPct";
    public static final String AGE_85PLUS_OF_65PLUS = "age.share85PlusOf65PlusPct";

    /** Tariff keys are per tariff year: {@code tariff(TARIFF_INSCHRIJF, 2026)} is "tariff.inschrijf.2026" (under 65). */
    public static final String TARIFF_INSCHRIJF = "tariff.inschrijf";
    public static final String TARIFF_INSCHRIJF_65_74 = "tariff.inschrijf65to74";
    public static final String TARIFF_INSCHRIJF_75_84 = "tariff.inschrijf75to84";
    public static final String TARIFF_INSCHRIJF_85PLUS = "tariff.inschrijf85plus";
    public static final String TARIFF_OPSLAGWIJK = "tariff.opslagwijk";
    public static final String TARIFF_POH_GGZ = "tariff.pohGgz";
    public static final String TARIFF_MTVP = "tariff.mtvp";
    public static final String TARIFF_CONSULT = "tariff.consult";
    /** The tariff years the catalogue holds; later years are indexed from the last one. */
    public static final int FIRST_TARIFF_YEAR = 2025;
    public static final int LAST_TARIFF_YEAR = 2026;
    public static final String GP_CONSULTS_PER_PATIENT = "tariff.gpConsultsPerPatient";
    public static final String TARIFF_INDEX = "tariff.indexPct";
    public static final String TARIFF_HOUSING_COMPONENT = "tariff.housingComponentSharePct";

    public static final String EMPLOYED_GP_COST = "gp.employedCostPerFte";

    public static final String COST_INDEX = "costs.indexPct";
    public static final String FIXED_COST_SHARE = "costs.fixedSharePct";
    public static final String RENT_INDEX = "rent.indexPct";
    public static final String BOX1_LIMIT_1 = "tax.box1Bracket1Limit";
    public static final String BOX1_LIMIT_2 = "tax.box1Bracket2Limit";
    public static final String BOX1_RATE_1 = "tax.box1Rate1Pct";
    public static final String BOX1_RATE_2 = "tax.box1Rate2Pct";
    public static final String BOX1_RATE_3 = "tax.box1Rate3Pct";
    /** Box-1 bracket limits are those of this year; later years are indexed by {@link #BOX1_INDEX}. */
    public static final int BOX1_YEAR = 2026;
    public static final String BOX1_INDEX = "tax.box1IndexPct";
    public static final String MKB_WINSTVRIJSTELLING = "tax.mkbWinstvrijstellingPct";
    public static final String ZELFSTANDIGENAFTREK = "tax.zelfstandigenaftrek";
    public static final String VPB_LIMIT = "tax.vpbBracketLimit";
    public static final String VPB_RATE_LOW = "tax.vpbLowRatePct";
    public static final String VPB_RATE_HIGH = "tax.vpbHighRatePct";
    public static final String BODEMWAARDE = "tax.bodemwaardePct";
    public static final String TRANSFER_TAX = "tax.transferTaxPct";
    public static final String VAT = "tax.vatPct";
    public static final String SHELL_YEARS = "depreciation.shellYears";
    public static final String INSTALLATIONS_YEARS = "depreciation.installationsYears";
    public static final String FIT_OUT_YEARS = "depreciation.fitOutYears";
    public static final String SHELL_SHARE = "depreciation.shellSharePct";
    public static final String INSTALLATIONS_SHARE = "depreciation.installationsSharePct";
    public static final String FIT_OUT_SHARE = "depreciation.fitOutSharePct";
    public static final String LAND_SHARE = "depreciation.landSharePct";

    public static final String BAR = "valuation.barPct";
    public static final String NAR = "valuation.narPct";
    public static final String RESIDUAL_GROWTH = "valuation.residualGrowthPct";
    public static final String SELLING_COSTS = "valuation.sellingCostsPct";
    public static final String VALUATION_BUYER_COSTS = "valuation.buyerCostsPct";

    public static final String LOAN_RATE = "loan.ratePct";
    public static final String LOAN_TERM = "loan.termYears";
    public static final String FIT_OUT_LOAN_TERM = "loan.fitOutTermYears";
    public static final String FIXED_RATE_YEARS = "loan.fixedRateYears";
    public static final String REFINANCE_RATE = "loan.refinanceRatePct";
    public static final String REFINANCE_STRESS = "loan.refinanceStressPct";
    public static final String DSCR_MIN = "loan.dscrMin";
    public static final String LTV_MAX = "loan.ltvMaxPct";
    public static final String DISCOUNT_RATE = "npv.discountRatePct";

    /** The liquidity forecast's buffer norm, in months of year-1 costs and debt service. */
    public static final String LIQUIDITY_BUFFER_MONTHS = "liquidity.bufferMonths";

    public static final String BMKB_SHARE = "bmkb.sharePct";
    public static final String BMKB_STARTER_SHARE = "bmkb.starterSharePct";
    public static final String BMKB_MAX = "bmkb.maxGuaranteed";
    public static final String BMKB_STARTER_MAX = "bmkb.starterMaxGuaranteed";
    public static final String BMKB_FEE_UP_TO_8_QUARTERS = "bmkb.feeUpTo8QuartersPct";
    public static final String BMKB_FEE_9_TO_24_QUARTERS = "bmkb.fee9To24QuartersPct";
    public static final String BMKB_FEE_25_TO_48_QUARTERS = "bmkb.fee25To48QuartersPct";
    public static final String BMKB_YEARS_REAL_ESTATE = "bmkb.maxYearsRealEstate";
    public static final String BMKB_YEARS_OTHER = "bmkb.maxYearsOther";

    /** The tariff year whose published tariffs apply to a calendar year. */
    public static int tariffYear(int calendarYear) {
        return Math.max(FIRST_TARIFF_YEAR, Math.min(LAST_TARIFF_YEAR, calendarYear));
    }

    public static String tariff(String base, int tariffYear) {
        return base + "." + tariffYear;
    }
}
