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
    public static final String SUPPORT_NET_M2 = "room.supportNetM2";

    public static final String PATIENTS_PER_FTE = "patients.perGpFte";
    public static final String PERSONS_PER_DWELLING = "growth.personsPerDwelling";

    /** Tariff keys are per tariff year: {@code tariff(TARIFF_INSCHRIJF, 2026)} is "tariff.inschrijf.2026". */
    public static final String TARIFF_INSCHRIJF = "tariff.inschrijf";
    public static final String TARIFF_OPSLAGWIJK = "tariff.opslagwijk";
    public static final String TARIFF_POH_GGZ = "tariff.pohGgz";
    public static final String TARIFF_MTVP = "tariff.mtvp";
    public static final String TARIFF_CONSULT = "tariff.consult";
    /** The tariff years the catalogue holds; later years are indexed from the last one. */
    public static final int FIRST_TARIFF_YEAR = 2025;
    public static final int LAST_TARIFF_YEAR = 2026;
    public static final String CONTACTS_PER_PATIENT = "tariff.contactsPerPatient";
    public static final String TARIFF_INDEX = "tariff.indexPct";
    public static final String TARIFF_HOUSING_SHARE = "tariff.housingSharePct";

    public static final String COST_INDEX = "costs.indexPct";
    public static final String FIXED_COST_SHARE = "costs.fixedSharePct";
    public static final String RENT_INDEX = "rent.indexPct";
    public static final String INCOME_TAX = "tax.incomeTaxPct";
    public static final String TRANSFER_TAX = "tax.transferTaxPct";
    public static final String VAT = "tax.vatPct";
    public static final String DEPRECIATION_YEARS = "depreciation.buildingYears";
    public static final String FIT_OUT_DEPRECIATION_YEARS = "depreciation.fitOutYears";

    public static final String BAR = "valuation.barPct";
    public static final String NAR = "valuation.narPct";
    public static final String RESIDUAL_GROWTH = "valuation.residualGrowthPct";
    public static final String SELLING_COSTS = "valuation.sellingCostsPct";

    public static final String LOAN_RATE = "loan.ratePct";
    public static final String LOAN_TERM = "loan.termYears";
    public static final String DSCR_MIN = "loan.dscrMin";
    public static final String LTV_MAX = "loan.ltvMaxPct";
    public static final String DISCOUNT_RATE = "npv.discountRatePct";

    public static final String BMKB_SHARE = "bmkb.sharePct";
    public static final String BMKB_STARTER_SHARE = "bmkb.starterSharePct";
    public static final String BMKB_MAX = "bmkb.maxGuaranteed";
    public static final String BMKB_STARTER_MAX = "bmkb.starterMaxGuaranteed";
    public static final String BMKB_FEE = "bmkb.feePct";

    /** The tariff year whose published tariffs apply to a calendar year. */
    public static int tariffYear(int calendarYear) {
        return Math.max(FIRST_TARIFF_YEAR, Math.min(LAST_TARIFF_YEAR, calendarYear));
    }

    public static String tariff(String base, int tariffYear) {
        return base + "." + tariffYear;
    }
}
