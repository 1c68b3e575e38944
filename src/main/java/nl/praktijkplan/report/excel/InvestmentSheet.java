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
            BUILDING = 16, MARKET_RENT = 17, YIELD = 18, OWNER_COSTS = 19, VALUE = 20, TOP = 21,
            COVER_INSURER = 23, COVER_MUNICIPALITY = 24, COVER_OTHER = 25, COVER_EQUITY = 26, COVER_LOAN = 27, UNCOVERED = 28,
            DEPRECIATION = 30, DEPRECIATION_YEARS = 31;

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
        label(BUILDING, l.t("Bouwkosten voor onderhoud (excl. grond, belasting, kosten)", "Building cost for maintenance (excl. land, taxes, fees)"));
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
        label(DEPRECIATION, l.t("Afschrijving per jaar", "Depreciation per year"));
        label(DEPRECIATION_YEARS, l.t("Afschrijvingstermijn (jaren)", "Depreciation term (years)"));
        for (int i = 0; i < b.optionCount(); i++) {
            g.text(2, col(i), b.optionName(i), st.header);
            option(i, b.option(i));
        }
        g.tallRow(2);
        g.sheet.setColumnWidth(0, 52 * 256);
        for (int i = 0; i < b.optionCount(); i++) {
            g.sheet.setColumnWidth(col(i), 24 * 256);
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
        g.formula(DEPRECIATION, c, o.type().owned()
                ? "(" + total + "-" + Grid.local(LAND, c) + ")/" + a(AssumptionKeys.DEPRECIATION_YEARS)
                : Grid.local(TENANT, c) + "/" + a(AssumptionKeys.FIT_OUT_DEPRECIATION_YEARS), st.euro);
        g.formula(DEPRECIATION_YEARS, c, "ROUND(" + a(o.type().owned() ? AssumptionKeys.DEPRECIATION_YEARS
                : AssumptionKeys.FIT_OUT_DEPRECIATION_YEARS) + ",0)", st.whole);
    }

    private void ownedValue(int i, HousingOption o, int c, String total) {
        var st = g.styles;
        String area = InputSheet.o(i, "area");
        g.formula(BUILDING, c, InputSheet.o(i, "price") + "+" + InputSheet.o(i, "construction") + "+" + InputSheet.o(i, "medical")
                + "+" + InputSheet.o(i, "renovation") + "+" + InputSheet.o(i, "fitOut"), st.euro);
        g.formula(MARKET_RENT, c, InputSheet.o(i, "marketRent") + "*" + area, st.euro);
        g.formula(OWNER_COSTS, c, "(" + InputSheet.o(i, "maintenance") + "*" + Grid.local(BUILDING, c) + "+"
                + InputSheet.o(i, "propertyTax") + "*" + area + ")", st.euro);
        String yield = InputSheet.o(i, "yield");
        String value = switch (o.valuation().method()) {
            case BAR -> {
                g.formula(YIELD, c, "IF(" + yield + ">0," + yield + "," + a(AssumptionKeys.BAR) + ")", st.percent);
                yield Grid.local(MARKET_RENT, c) + "/" + Grid.local(YIELD, c);
            }
            case NAR -> {
                g.formula(YIELD, c, "IF(" + yield + ">0," + yield + "," + a(AssumptionKeys.NAR) + ")", st.percent);
                yield "(" + Grid.local(MARKET_RENT, c) + "-" + Grid.local(OWNER_COSTS, c) + ")/" + Grid.local(YIELD, c);
            }
            case APPRAISAL -> InputSheet.o(i, "appraisal");
        };
        g.formula(VALUE, c, value, st.euro);
        String top = Grid.local(TOP, c);
        g.formula(TOP, c, "MAX(0," + total + "-" + Grid.local(VALUE, c) + ")", st.euro);
        // Each source covers what the previous ones left: left = top − insurer − municipality − …
        String left = top;
        left = cover(COVER_INSURER, c, left, InputSheet.o(i, "insurer"));
        left = cover(COVER_MUNICIPALITY, c, left, InputSheet.o(i, "municipality"));
        left = cover(COVER_OTHER, c, left, InputSheet.o(i, "otherContribution"));
        left = cover(COVER_EQUITY, c, left, b.financing.ref(FinancingSheet.EQUITY_USED, FinancingSheet.col(i)));
        left = cover(COVER_LOAN, c, left, "MAX(0," + b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i)) + "-" + Grid.local(VALUE, c) + ")");
        g.formula(UNCOVERED, c, left, st.euro);
    }

    private String cover(int row, int c, String left, String available) {
        g.formula(row, c, "MIN(" + left + "," + available + ")", g.styles.euro);
        return left + "-" + Grid.local(row, c);
    }
}
