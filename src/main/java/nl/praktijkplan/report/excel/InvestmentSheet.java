package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;

/**
 * Investering &amp; onrendabele top: the investeringsbegroting per option (one column each), the market value,
 * the gap above it and how that gap is covered (OptionCalculator.investment, marketValue, coverage).
 * Lines that do not apply to an option stay empty.
 */
final class InvestmentSheet {

    static final int PRICE = 3, TRANSFER = 4, LAND = 5, CONSTRUCTION = 6, MEDICAL = 7, RENOVATION = 8, FIT_OUT = 9,
            VAT = 10, BUYER = 11, CONSTRUCTION_FINANCING = 12, TENANT = 13, TOTAL = 14,
            BUILDING = 16, MARKET_RENT = 17, YIELD = 18, OWNER_COSTS = 19, VALUE = 20, TOP = 21, TOP_NOTE = 22,
            COVER_INSURER = 24, COVER_MUNICIPALITY = 25, COVER_OTHER = 26, COVER_EQUITY = 27, COVER_LOAN = 28, UNCOVERED = 29,
            LAND_IN_BASE = 32, GRANTS_DEDUCTED = 33, DEPRECIATION_BASE = 34, SHELL = 35, INSTALLATIONS = 36, FIT_OUT_PART = 37,
            WOZ = 38, BODEMWAARDE = 39;

    private final Book b;
    private final Grid g;

    InvestmentSheet(Book book) {
        this.b = book;
        this.g = book.investment;
    }

    static int col(int option) {
        return 1 + option;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Investeringsbegroting, marktwaarde en onrendabele top", "Investment budget, market value and unprofitable gap"), st.title);
        g.text(2, 0, "", st.header);
        label(PRICE, l.t("Koopsom", "Purchase price"));
        label(TRANSFER, l.t("Overdrachtsbelasting", "Transfer tax"));
        label(LAND, l.t("Grond", "Land"));
        label(CONSTRUCTION, l.t("Bouwkosten", "Construction"));
        label(MEDICAL, l.t("Medisch-specifieke voorzieningen", "Medical-specific extras"));
        label(RENOVATION, l.t("Verbouwing", "Renovation"));
        label(FIT_OUT, l.t("Inrichting", "Fit-out"));
        label(VAT, l.t("Niet-verrekenbare btw", "Non-recoverable VAT"));
        label(BUYER, l.t("Kosten koper", "Buyer's costs"));
        label(CONSTRUCTION_FINANCING, l.t("Financieringskosten bouw", "Construction financing costs"));
        label(TENANT, l.t("Inrichting huurder", "Tenant's fit-out"));
        g.text(TOTAL, 0, l.t("Totale investering", "Total investment"), st.header);
        label(BUILDING, l.t("Bouwkosten voor onderhoud (incl. niet-verrekenbare btw; excl. grond, overdrachtsbelasting, kosten)",
                "Building cost for maintenance (incl. non-recoverable VAT; excl. land, transfer tax, fees)"));
        label(MARKET_RENT, l.t("Markthuur per jaar", "Market rent per year"));
        label(YIELD, l.t("Aanvangsrendement", "Initial yield"));
        label(OWNER_COSTS, l.t("Eigenaarslasten jaar 1", "Owner costs year 1"));
        g.text(VALUE, 0, l.t("Marktwaarde", "Market value"), st.header);
        g.text(TOP, 0, l.t("Onrendabele top", "Unprofitable gap (onrendabele top)"), st.header);
        label(COVER_INSURER - 1, l.t("Dekking van de onrendabele top", "Coverage of the gap"));
        label(COVER_INSURER, l.t("Zorgverzekeraar (maatwerk)", "Insurer (maatwerk)"));
        label(COVER_MUNICIPALITY, l.t("Gemeente", "Municipality"));
        label(COVER_OTHER, l.t("Overige bijdragen", "Other contributions"));
        label(COVER_EQUITY, l.t("Eigen vermogen", "Own equity"));
        label(COVER_LOAN, l.t("Lening boven marktwaarde", "Loan above market value"));
        label(UNCOVERED, l.t("Niet gedekt", "Uncovered"));
        g.text(LAND_IN_BASE - 1, 0, l.t("Fiscale afschrijving", "Tax depreciation"), st.header);
        label(LAND_IN_BASE, l.t("Grond (niet afgeschreven): grondkosten + grondaandeel koopsom", "Land (not depreciated): land cost + land share of the price"));
        label(GRANTS_DEDUCTED, l.t("Investeringsbijdragen in mindering (kostprijsvermindering)", "Investment grants deducted from the base"));
        g.text(DEPRECIATION_BASE, 0, l.t("Afschrijvingsbasis", "Depreciable base"), st.header);
        label(SHELL, l.t("Casco", "Shell"));
        label(INSTALLATIONS, l.t("Installaties", "Installations"));
        label(FIT_OUT_PART, l.t("Inrichting", "Fit-out"));
        label(WOZ, l.t("WOZ-waarde", "WOZ value"));
        label(BODEMWAARDE, l.t("Bodemwaarde (grond + gebouw niet onder dit bedrag afschrijven)", "Depreciation floor (land + building book value)"));
        for (int i = 0; i < b.optionCount(); i++) {
            g.text(2, col(i), b.optionName(i), st.header);
            option(i, b.option(i));
        }
        g.tallRow(2);
        if (b.result.options().stream().anyMatch(r -> r.onrendabeleTop() != null && r.onrendabeleTop() < 0)) {
            g.tallRow(TOP_NOTE); // room for the sentence that says there is no top
        }
        g.sheet.setColumnWidth(0, 52 * 256);
        for (int i = 0; i < b.optionCount(); i++) {
            g.sheet.setColumnWidth(col(i), b.optionColumnChars(24) * 256);
        }
        g.sheet.createFreezePane(1, 3);
    }

    private void label(int row, String text) {
        g.text(row, 0, text);
    }

    private void option(int i, HousingOption o) {
        var st = g.styles;
        int c = col(i);
        String total = Grid.local(TOTAL, c);
        if (o.type() == OptionType.RENT) {
            if (!o.worksIncludeVat()) {
                g.formula(VAT, c, InputSheet.o(i, "tenantFitOut") + "*" + a(AssumptionKeys.VAT), st.euro);
            }
            g.formula(TENANT, c, InputSheet.o(i, "tenantFitOut"), st.euro);
        } else if (o.type().owned()) {
            g.formula(PRICE, c, InputSheet.o(i, "price"), st.euro);
            if (o.purchaseTax() == PurchaseTax.TRANSFER_TAX) {
                g.formula(TRANSFER, c, InputSheet.o(i, "price") + "*" + a(AssumptionKeys.TRANSFER_TAX), st.euro);
            }
            g.formula(LAND, c, InputSheet.o(i, "land"), st.euro);
            g.formula(CONSTRUCTION, c, InputSheet.o(i, "construction"), st.euro);
            g.formula(MEDICAL, c, InputSheet.o(i, "medical"), st.euro);
            g.formula(RENOVATION, c, InputSheet.o(i, "renovation"), st.euro);
            g.formula(FIT_OUT, c, InputSheet.o(i, "fitOut"), st.euro);
            if (!o.worksIncludeVat()) {
                g.formula(VAT, c, "(" + InputSheet.o(i, "construction") + "+" + InputSheet.o(i, "medical") + "+"
                        + InputSheet.o(i, "renovation") + "+" + InputSheet.o(i, "fitOut") + ")*" + a(AssumptionKeys.VAT), st.euro);
            }
            g.formula(BUYER, c, InputSheet.o(i, "buyerCosts"), st.euro);
            g.formula(CONSTRUCTION_FINANCING, c, InputSheet.o(i, "constructionFinancing"), st.euro);
        }
        g.formula(TOTAL, c, "SUM(" + Grid.local(PRICE, c) + ":" + Grid.local(TENANT, c) + ")", st.euro);
        if (o.type().owned()) {
            ownedValue(i, o, c, total);
        }
        depreciationBase(i, o, c, total);
    }

    /** DepreciationPlan: base = investment − land − grants (unless taxed), split into components. */
    private void depreciationBase(int i, HousingOption o, int c, String total) {
        var st = g.styles;
        boolean owned = o.type().owned();
        if (owned) {
            g.formula(LAND_IN_BASE, c, Grid.local(LAND, c) + "+" + Grid.local(PRICE, c) + "*" + InputSheet.o(i, "landShare"), st.euro);
        }
        if (i > 0 && !o.contributions().taxable()) {
            g.formula(GRANTS_DEDUCTED, c, InputSheet.o(i, "insurer") + "+" + InputSheet.o(i, "municipality") + "+"
                    + InputSheet.o(i, "otherContribution"), st.euro);
        }
        String base = Grid.local(DEPRECIATION_BASE, c);
        g.formula(DEPRECIATION_BASE, c, "MAX(0," + total + "-" + Grid.local(LAND_IN_BASE, c) + "-" + Grid.local(GRANTS_DEDUCTED, c) + ")", st.euro);
        if (!owned) {
            g.formula(FIT_OUT_PART, c, base, st.euro);
            return;
        }
        String sh = InputSheet.o(i, "shellShare");
        String in = InputSheet.o(i, "installationsShare");
        String fo = InputSheet.o(i, "fitOutShare");
        String sum = "(" + sh + "+" + in + "+" + fo + ")";
        g.formula(SHELL, c, "IF(" + sum + ">0," + base + "*" + sh + "/" + sum + "," + base + ")", st.euro);
        g.formula(INSTALLATIONS, c, "IF(" + sum + ">0," + base + "*" + in + "/" + sum + ",0)", st.euro);
        g.formula(FIT_OUT_PART, c, "IF(" + sum + ">0," + base + "*" + fo + "/" + sum + ",0)", st.euro);
        g.formula(WOZ, c, "IF(" + InputSheet.o(i, "woz") + ">0," + InputSheet.o(i, "woz") + "," + Grid.local(VALUE, c) + ")", st.euro);
        g.formula(BODEMWAARDE, c, Grid.local(WOZ, c) + "*" + a(AssumptionKeys.BODEMWAARDE), st.euro);
    }

    private void ownedValue(int i, HousingOption o, int c, String total) {
        var st = g.styles;
        String area = InputSheet.o(i, "area");
        // Maintenance is a share of the building cost as paid: non-recoverable VAT included.
        g.formula(BUILDING, c, InputSheet.o(i, "price") + "+" + InputSheet.o(i, "construction") + "+" + InputSheet.o(i, "medical")
                + "+" + InputSheet.o(i, "renovation") + "+" + InputSheet.o(i, "fitOut") + "+" + Grid.local(VAT, c), st.euro);
        g.formula(MARKET_RENT, c, InputSheet.o(i, "marketRent") + "*" + area, st.euro);
        g.formula(OWNER_COSTS, c, "(" + InputSheet.o(i, "maintenance") + "*" + Grid.local(BUILDING, c) + "+"
                + InputSheet.o(i, "propertyTax") + "*" + area + ")", st.euro);
        String yield = InputSheet.o(i, "yield");
        String value = switch (o.valuation().method()) {
            case BAR -> {
                g.formula(YIELD, c, "IF(" + yield + ">0," + yield + "," + a(AssumptionKeys.BAR) + ")+" + InputSheet.S_YIELD, st.percent);
                yield Grid.local(MARKET_RENT, c) + "/" + Grid.local(YIELD, c);
            }
            case NAR -> {
                g.formula(YIELD, c, "IF(" + yield + ">0," + yield + "," + a(AssumptionKeys.NAR) + ")+" + InputSheet.S_YIELD, st.percent);
                yield "MAX(0," + Grid.local(MARKET_RENT, c) + "-" + Grid.local(OWNER_COSTS, c) + ")/" + Grid.local(YIELD, c);
            }
            case APPRAISAL -> InputSheet.o(i, "appraisal");
        };
        g.formula(VALUE, c, value, st.euro);
        String top = Grid.local(TOP, c);
        g.formula(TOP, c, total + "-" + Grid.local(VALUE, c), st.top);
        // A value above the investment is no top: said in words, as the dossier and the status bar say it.
        g.formula(TOP_NOTE, c, "IF(" + top + "<0,\"" + b.lang.t("Geen onrendabele top; de waarde ligt € ",
                "No unprofitable gap; the value lies € ") + "\"&FIXED(-" + top + ",0)&\"" + b.lang.t(" boven de investering.",
                " above the investment.") + "\",\"\")", st.note);
        // Each source covers what the previous ones left: left = top − insurer − municipality − …
        String left = "MAX(0," + top + ")";
        left = cover(COVER_INSURER, c, left, InputSheet.o(i, "insurer"));
        left = cover(COVER_MUNICIPALITY, c, left, InputSheet.o(i, "municipality"));
        left = cover(COVER_OTHER, c, left, InputSheet.o(i, "otherContribution"));
        left = cover(COVER_EQUITY, c, left, b.financing.ref(FinancingSheet.EQUITY_USED, FinancingSheet.col(i)));
        left = cover(COVER_LOAN, c, left, "MAX(0," + b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i)) + "+"
                + b.financing.ref(FinancingSheet.PARTS, FinancingSheet.col(i)) + "-" + Grid.local(VALUE, c) + ")");
        g.formula(UNCOVERED, c, left, st.euro);
    }

    private String cover(int row, int c, String left, String available) {
        g.formula(row, c, "MIN(" + left + "," + available + ")", g.styles.euro);
        return left + "-" + Grid.local(row, c);
    }
}
