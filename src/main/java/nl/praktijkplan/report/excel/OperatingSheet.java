package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import org.apache.poi.ss.util.CellRangeAddress;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.OptionType;

/**
 * Exploitatie of one option, one row per plan year (t = 0 is the start): patients served, revenue, costs,
 * CFADS, debt service from the monthly schedule, DSCR, LTV, and the discounted cost streams of rent versus buy
 * (OptionCalculator.compute, PracticeEconomics, RentVsBuyCalculator).
 */
final class OperatingSheet {

    static final int ROW0 = 4;
    static final int T = 0, CAL = 1, SERVED = 2, TARIFF_YEAR = 3, REVENUE_PER_PATIENT = 4, COST_INDEX = 5, RENT_INDEX = 6,
            REVENUE = 7, HOUSING = 8, OTHER = 9, EBITDA = 10, DEPRECIATION = 11, TAX = 12, DRAWINGS = 13, CFADS = 14,
            INTEREST = 15, PRINCIPAL = 16, DEBT_SERVICE = 17, BALANCE = 18, DSCR = 19, VALUE = 20, LTV = 21, DISCOUNT = 22,
            CUMULATIVE = 23, PAID = 24, SALE_EQUITY = 25, RENT_REFERENCE = 26, RENT_FACTOR = 27, SERVICE_PV = 28,
            BREAK_EVEN_FLAG = 29, M2_NEEDED = 30, SHORT_FLAG = 31;
    /** A year beyond any horizon: marks "not in this year" in the flag columns that MIN scans. */
    static final int NEVER = 99999;

    private final Book b;
    private final Grid g;
    private final int i;
    private final HousingOption o;
    private final BusinessCase bc;

    OperatingSheet(Book book, int option) {
        this.b = book;
        this.i = option;
        this.g = book.operating.get(option);
        this.o = book.option(option);
        this.bc = book.result.input();
    }

    static int row(int t) {
        return ROW0 + t;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Exploitatie en kasstroom: ", "Operations and cash flow: ") + b.optionName(i), st.title);
        g.text(1, 0, l.t("Bedragen per jaar in euro; kasstromen vallen aan het eind van het jaar, contant gemaakt met (1+d)^t.",
                "Amounts per year in euros; cash flows at the end of the year, discounted by (1+d)^t."));
        String[] head = {l.t("Planjaar", "Plan year"), l.t("Jaar", "Year"), l.t("Patiënten bediend", "Patients served"),
                l.t("Tariefjaar", "Tariff year"), l.t("Opbrengst per patiënt", "Revenue per patient"), l.t("Kostenindex", "Cost index"),
                l.t("Huurindex", "Rent index"), l.t("Opbrengsten", "Revenue"), l.t("Huisvestingskosten", "Housing costs"),
                l.t("Overige kosten", "Other costs"), l.t("Resultaat voor rente en afschrijving", "Result before interest and depreciation"),
                l.t("Afschrijving", "Depreciation"), l.t("Inkomstenbelasting", "Income tax"), l.t("Privé-onttrekkingen", "Private drawings"),
                "CFADS", l.t("Rente", "Interest"), l.t("Aflossing", "Principal repaid"), l.t("Schuldendienst", "Debt service"),
                l.t("Restschuld eind jaar", "Balance end of year"), "DSCR", l.t("Marktwaarde begin jaar", "Market value start of year"),
                "LTV", l.t("Disconteringsfactor", "Discount factor"), l.t("Cumulatieve contante kosten", "Cumulative discounted cost"),
                l.t("Koop: cumulatief betaald (contant)", "Buy: cumulative paid (discounted)"),
                l.t("Koop: overwaarde bij verkoop", "Buy: equity freed by a sale"),
                l.t("Huur zelfde m²: cumulatief (contant)", "Rent same m²: cumulative (discounted)"),
                l.t("Huurfactor (m² × index / disconto)", "Rent factor (m² × index / discount)"),
                l.t("Servicekosten contant", "Service costs discounted"),
                l.t("Kopen niet duurder: jaar", "Buying not dearer: year"), l.t("m² nodig", "m² needed"),
                l.t("Te klein: jaar", "Too small: year")};
        for (int k = 0; k < head.length; k++) {
            g.text(3, k, head[k], st.header);
        }
        for (int t = 0; t <= b.horizon; t++) {
            yearRow(t);
        }
        g.tallRow(3);
        g.sheet.setColumnWidth(0, 9 * 256);
        g.sheet.setColumnWidth(1, 8 * 256);
        for (int k = 2; k < head.length; k++) {
            g.sheet.setColumnWidth(k, 15 * 256);
        }
        g.sheet.createFreezePane(2, 4);
        g.pagesWide = 3;
        g.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
        g.sheet.setRepeatingRows(CellRangeAddress.valueOf("4:4"));
    }

    private String n(int r, int col) {
        return Grid.local(r, col);
    }

    private String area() {
        return b.area(i);
    }

    private void yearRow(int t) {
        var st = g.styles;
        int r = row(t);
        boolean owned = o.type().owned();
        String inv = b.investment.ref(InvestmentSheet.TOTAL, InvestmentSheet.col(i));
        String value = b.investment.ref(InvestmentSheet.VALUE, InvestmentSheet.col(i));
        String loan = b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i));
        String discountRate = a(AssumptionKeys.DISCOUNT_RATE);
        g.value(r, T, t, st.whole);
        g.formula(r, CAL, "i_startYear+" + n(r, T) + "-1", st.year);
        g.formula(r, DISCOUNT, "(1+" + discountRate + ")^" + n(r, T), st.fine);
        g.formula(r, M2_NEEDED, b.projection.ref(ProjectionSheet.row(t), ProjectionSheet.M2), st.decimal);
        // The engine reports plan year 0 as year 1: a practice that is already too small is short from the start.
        g.formula(r, SHORT_FLAG, "IF(" + n(r, M2_NEEDED) + ">" + area() + ",i_startYear+MAX(" + n(r, T) + ",1)-1," + NEVER + ")", st.year);
        if (t == 0) {
            g.formula(r, BALANCE, loan, st.euro);
            if (owned) {
                g.formula(r, PAID, inv + "+" + b.financing.ref(FinancingSheet.FEE, FinancingSheet.col(i)) + "-" + loan + "-"
                        + b.financing.ref(FinancingSheet.CONTRIBUTIONS, FinancingSheet.col(i)), st.euro);
                g.formula(r, SALE_EQUITY, value + "*(1-" + a(AssumptionKeys.SELLING_COSTS) + ")-" + loan, st.euro);
                g.formula(r, CUMULATIVE, n(r, PAID) + "-" + n(r, SALE_EQUITY), st.euro);
                g.formula(r, RENT_REFERENCE, InputSheet.o(i, "tenantFitOut"), st.euro);
            } else {
                g.formula(r, CUMULATIVE, inv, st.euro);
            }
            return;
        }
        g.formula(r, SERVED, "MIN(" + b.projection.ref(ProjectionSheet.row(t), ProjectionSheet.PATIENTS) + ",MAX("
                + b.projection.ref(ProjectionSheet.ROW0 + i, ProjectionSheet.O_CAPACITY) + ",i_patients))", st.decimal);
        revenuePerPatient(r);
        g.formula(r, COST_INDEX, "(1+" + a(AssumptionKeys.COST_INDEX) + ")^(" + n(r, T) + "-1)", st.fine);
        g.formula(r, RENT_INDEX, "(1+" + a(AssumptionKeys.RENT_INDEX) + ")^(" + n(r, T) + "-1)", st.fine);
        g.formula(r, REVENUE, n(r, SERVED) + "*" + n(r, REVENUE_PER_PATIENT), st.euro);
        g.formula(r, HOUSING, housing(r), st.euro);
        String fixed = a(AssumptionKeys.FIXED_COST_SHARE);
        g.formula(r, OTHER, "i_otherCosts*" + n(r, COST_INDEX) + "*(" + fixed + "+(1-" + fixed + ")*(" + n(r, SERVED) + "/i_patients))", st.euro);
        g.formula(r, EBITDA, n(r, REVENUE) + "-" + n(r, HOUSING) + "-" + n(r, OTHER), st.euro);
        g.formula(r, DEPRECIATION, "IF(" + n(r, T) + "<=" + b.investment.ref(InvestmentSheet.DEPRECIATION_YEARS, InvestmentSheet.col(i)) + ","
                + b.investment.ref(InvestmentSheet.DEPRECIATION, InvestmentSheet.col(i)) + ",0)", st.euro);
        // Tax on the result after depreciation, interest not deducted (PracticeEconomics.incomeTax).
        g.formula(r, TAX, a(AssumptionKeys.INCOME_TAX) + "*MAX(0," + n(r, EBITDA) + "-" + n(r, DEPRECIATION) + ")", st.euro);
        g.formula(r, DRAWINGS, "i_holders*i_drawingsPerHolder*" + n(r, COST_INDEX), st.euro);
        g.formula(r, CFADS, n(r, EBITDA) + "-" + n(r, TAX) + "-" + n(r, DRAWINGS), st.euro);
        int first = ScheduleSheet.row((t - 1) * 12 + 1);
        int last = ScheduleSheet.row(t * 12);
        Grid s = b.schedule;
        g.formula(r, INTEREST, "SUM(" + s.range(first, ScheduleSheet.col(i, ScheduleSheet.INTEREST), last, ScheduleSheet.col(i, ScheduleSheet.INTEREST)) + ")", st.euro);
        g.formula(r, PRINCIPAL, "SUM(" + s.range(first, ScheduleSheet.col(i, ScheduleSheet.PRINCIPAL), last, ScheduleSheet.col(i, ScheduleSheet.PRINCIPAL)) + ")", st.euro);
        g.formula(r, DEBT_SERVICE, n(r, INTEREST) + "+" + n(r, PRINCIPAL), st.euro);
        g.formula(r, BALANCE, s.ref(last, ScheduleSheet.col(i, ScheduleSheet.BALANCE)), st.euro);
        g.formula(r, DSCR, "IF(" + n(r, DEBT_SERVICE) + ">0," + n(r, CFADS) + "/" + n(r, DEBT_SERVICE) + ",\"\")", st.decimal);
        g.formula(r, VALUE, value + "*(1+" + a(AssumptionKeys.RESIDUAL_GROWTH) + ")^(" + n(r, T) + "-1)", st.euro);
        g.formula(r, LTV, "IF(" + n(r, VALUE) + ">0," + n(r - 1, BALANCE) + "/" + n(r, VALUE) + ",\"\")", st.percent);
        String discount = n(r, DISCOUNT);
        if (!owned) {
            g.formula(r, CUMULATIVE, n(r - 1, CUMULATIVE) + "+" + n(r, HOUSING) + "/" + discount, st.euro);
            return;
        }
        g.formula(r, PAID, n(r - 1, PAID) + "+(" + n(r, DEBT_SERVICE) + "+" + n(r, HOUSING) + ")/" + discount, st.euro);
        g.formula(r, SALE_EQUITY, value + "*(1+" + a(AssumptionKeys.RESIDUAL_GROWTH) + ")^" + n(r, T) + "*(1-"
                + a(AssumptionKeys.SELLING_COSTS) + ")-" + n(r, BALANCE), st.euro);
        g.formula(r, CUMULATIVE, n(r, PAID) + "-" + n(r, SALE_EQUITY) + "/" + discount, st.euro);
        String service = area() + "*" + InputSheet.o(i, "service") + "*" + n(r, COST_INDEX);
        g.formula(r, RENT_REFERENCE, n(r - 1, RENT_REFERENCE) + "+(" + InputSheet.o(i, "marketRent") + "*" + area() + "*"
                + n(r, RENT_INDEX) + "+" + service + ")/" + discount, st.euro);
        g.formula(r, RENT_FACTOR, area() + "*" + n(r, RENT_INDEX) + "/" + discount, st.decimal);
        g.formula(r, SERVICE_PV, service + "/" + discount, st.euro);
        g.formula(r, BREAK_EVEN_FLAG, "IF(" + n(r, CUMULATIVE) + "<=" + n(r, RENT_REFERENCE) + "," + n(r, CAL) + "," + NEVER + ")", st.year);
    }

    private String housing(int r) {
        String cost = n(r, COST_INDEX);
        String rent = n(r, RENT_INDEX);
        if (o.type() == OptionType.STAY) {
            return "i_curArea*(i_curRent*" + rent + "+i_curService*" + cost + ")";
        }
        if (o.type() == OptionType.RENT) {
            return area() + "*(" + InputSheet.o(i, "rent") + "*" + rent + "+" + InputSheet.o(i, "service") + "*" + cost + ")";
        }
        return "(" + InputSheet.o(i, "maintenance") + "*" + b.investment.ref(InvestmentSheet.BUILDING, InvestmentSheet.col(i)) + "+"
                + InputSheet.o(i, "propertyTax") + "*" + area() + ")*" + cost;
    }

    /** PracticeEconomics.revenuePerPatient: NZa tariffs of the tariff year, indexed after it, or the annual accounts. */
    private void revenuePerPatient(int r) {
        var st = g.styles;
        String index = "(1+" + a(AssumptionKeys.TARIFF_INDEX) + ")";
        String change = "IF(OR(i_tariffChange=0," + n(r, CAL) + "<i_tariffChangeFrom),1,1+" + a(AssumptionKeys.TARIFF_HOUSING_SHARE) + "*i_tariffChange)";
        if (bc.income().method() == IncomeMethod.ACCOUNTS) {
            g.formula(r, REVENUE_PER_PATIENT, "i_accountsRevenue/i_patients*" + index + "^(" + n(r, T) + "-1)*" + change, st.euro);
            return;
        }
        g.formula(r, TARIFF_YEAR, "MAX(" + AssumptionKeys.FIRST_TARIFF_YEAR + ",MIN(" + AssumptionKeys.LAST_TARIFF_YEAR + "," + n(r, CAL) + "))", st.year);
        String ty = n(r, TARIFF_YEAR);
        String quarterly = tariff(AssumptionKeys.TARIFF_INSCHRIJF, ty) + "+i_opslagwijk*" + tariff(AssumptionKeys.TARIFF_OPSLAGWIJK, ty)
                + "+" + tariff(AssumptionKeys.TARIFF_POH_GGZ, ty) + "+" + tariff(AssumptionKeys.TARIFF_MTVP, ty);
        String perYear = "(4*(" + quarterly + ")+" + a(AssumptionKeys.CONTACTS_PER_PATIENT) + "*" + tariff(AssumptionKeys.TARIFF_CONSULT, ty) + ")";
        g.formula(r, REVENUE_PER_PATIENT, perYear + "*" + index + "^(" + n(r, CAL) + "-" + ty + ")*" + change
                + "+i_otherRevenue*" + index + "^(" + n(r, T) + "-1)", st.euro);
    }

    /** The tariff of the tariff year in {@code ty}: the catalogue has one assumption per published year. */
    private static String tariff(String base, String ty) {
        String expr = a(AssumptionKeys.tariff(base, AssumptionKeys.LAST_TARIFF_YEAR));
        for (int y = AssumptionKeys.LAST_TARIFF_YEAR - 1; y >= AssumptionKeys.FIRST_TARIFF_YEAR; y--) {
            expr = "IF(" + ty + "=" + y + "," + a(AssumptionKeys.tariff(base, y)) + "," + expr + ")";
        }
        return expr;
    }
}
