package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import org.apache.poi.ss.util.CellRangeAddress;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.OptionType;

/**
 * Exploitatie of one option, one row per plan year (t = 0 is the start): patients served, revenue, costs,
 * CFADS, debt service from the monthly schedule, DSCR, LTV, and the discounted cost streams of rent versus buy
 * (OptionCalculator.compute, PracticeEconomics, RentVsBuyCalculator).
 */
final class OperatingSheet {

    static final int ROW0 = 4;
    static final int T = 0, CAL = 1, SERVED_END = 2, SERVED = 3, TARIFF_YEAR = 4, SEGMENT1_PER_PATIENT = 5, TARIFF_INDEX = 6,
            COST_INDEX = 7, RENT_INDEX = 8, SEGMENT1 = 9, REVENUE = 10, EXTRA_GP_FTE = 11, GP_LABOUR = 12, OTHER = 13,
            HOUSING = 14, EBITDA = 15, SCHED_SHELL = 16, SCHED_INSTALLATIONS = 17, SCHED_FIT_OUT = 18, BUILDING_BOOK = 19,
            DEPRECIATION = 20, LOAN_INTEREST = 21, DEBT_INTEREST = 22, INTEREST = 23, LOAN_PRINCIPAL = 24, DEBT_PRINCIPAL = 25,
            PRINCIPAL = 26, DEBT_SERVICE = 27, BALANCE = 28, PROFIT = 29, TAX_LIMIT1 = 30, TAX_LIMIT2 = 31, TAX = 32, DRAWINGS = 33,
            CFADS = 34, DSCR = 35, VALUE = 36, LTV = 37, DISCOUNT = 38, PROFIT_NO_HOUSING = 39, TAX_NO_HOUSING = 40, PAID = 41,
            PAID_PRE_TAX = 42, SALE_EQUITY = 43, CUMULATIVE = 44, RENT_CASH = 45, RENT_FIT_OUT_DEPRECIATION = 46, RENT_PROFIT = 47,
            RENT_TAX = 48, RENT_REFERENCE = 49, RENT_REFERENCE_PRE_TAX = 50, BREAK_EVEN_FLAG = 51, M2_NEEDED = 52, SHORT_FLAG = 53,
            RENT_FACTOR = 54, CASH_AFTER_DEBT_SERVICE = 55;

    private final Book b;
    private final Grid g;
    private final int i;
    private final HousingOption o;
    private final BusinessCase bc;
    private final TaxFormula tax;

    OperatingSheet(Book book, int option) {
        this.b = book;
        this.i = option;
        this.g = book.operating.get(option);
        this.o = book.option(option);
        this.bc = book.result.input();
        this.tax = new TaxFormula(bc.practice());
    }

    static int row(int t) {
        return ROW0 + t;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Exploitatie en kasstroom: ", "Operations and cash flow: ") + b.optionName(i), st.title);
        g.text(1, 0, l.t("Bedragen per jaar in euro; kasstromen vallen aan het eind van het jaar, contant gemaakt met (1+d)^t. "
                        + "Opbrengsten op de gemiddelde patiëntenlijst van het jaar; belasting naar rechtsvorm, rente aftrekbaar.",
                "Amounts per year in euros; cash flows at the end of the year, discounted by (1+d)^t. Revenue on the average list "
                        + "of the year; tax by legal form, interest deductible."));
        String[] head = {l.t("Planjaar", "Plan year"), l.t("Jaar", "Year"), l.t("Patiënten eind jaar", "Patients end of year"),
                l.t("Patiënten gemiddeld (bekostigd)", "Average patients (paid)"), l.t("Tariefjaar", "Tariff year"),
                l.t("Segment 1 per patiënt", "Segment 1 per patient"), l.t("Tariefindex", "Tariff index"), l.t("Kostenindex", "Cost index"),
                l.t("Huurindex", "Rent index"), l.t("Segment 1-opbrengst", "Segment-1 revenue"), l.t("Opbrengsten", "Revenue"),
                l.t("Extra fte huisarts", "Extra GP FTE"), l.t("Kosten extra huisartsen", "Cost of extra GPs"),
                l.t("Personeel en overige kosten", "Staff and other costs"), l.t("Huisvestingskosten", "Housing costs"),
                l.t("Resultaat voor rente en afschrijving", "Result before interest and depreciation"),
                l.t("Afschrijving casco (schema)", "Depreciation shell (scheduled)"),
                l.t("Afschrijving installaties (schema)", "Depreciation installations (scheduled)"),
                l.t("Afschrijving inrichting", "Depreciation fit-out"), l.t("Boekwaarde gebouw eind jaar", "Building book value end of year"),
                l.t("Afschrijving", "Depreciation"), l.t("Rente nieuwe lening en leningdelen", "Interest new loan and loan parts"),
                l.t("Rente bestaande leningen", "Interest existing loans"), l.t("Rente totaal", "Interest total"),
                l.t("Aflossing nieuwe lening en leningdelen", "Principal new loan and loan parts"), l.t("Aflossing bestaande leningen", "Principal existing loans"),
                l.t("Aflossing totaal", "Principal total"), l.t("Schuldendienst (rente en aflossing)", "Debt service (interest and principal)"),
                l.t("Restschuld nieuwe lening en leningdelen eind jaar", "Balance new loan and loan parts end of year"),
                l.t("Winst voor belasting", "Profit before tax"), l.t("Grens schijf 1", "Bracket 1 limit"), l.t("Grens schijf 2", "Bracket 2 limit"),
                l.t("Belasting", "Tax"), l.t("Privé-onttrekkingen / salaris DGA", "Private drawings / director's salary"),
                "CFADS", "DSCR", l.t("Marktwaarde begin jaar", "Market value start of year"), "LTV",
                l.t("Disconteringsfactor", "Discount factor"), l.t("Winst zonder huisvesting", "Profit without housing"),
                l.t("Belasting zonder huisvesting", "Tax without housing"),
                l.t("Cumulatief betaald na belasting (contant)", "Cumulative paid after tax (discounted)"),
                l.t("Cumulatief betaald voor belasting (contant)", "Cumulative paid before tax (discounted)"),
                l.t("Overwaarde bij verkoop min restschuld", "Equity freed by a sale less the loan"),
                l.t("Cumulatieve contante kosten", "Cumulative discounted cost"),
                l.t("Huur zelfde m²: huur en service", "Rent same m²: rent and service"),
                l.t("Huur zelfde m²: afschrijving inrichting", "Rent same m²: fit-out depreciation"),
                l.t("Huur zelfde m²: winst", "Rent same m²: profit"), l.t("Huur zelfde m²: belasting", "Rent same m²: tax"),
                l.t("Huur zelfde m²: cumulatief na belasting", "Rent same m²: cumulative after tax"),
                l.t("Huur zelfde m²: cumulatief voor belasting", "Rent same m²: cumulative before tax"),
                l.t("Kopen niet duurder: jaar", "Buying not dearer: year"), l.t("m² nodig", "m² needed"),
                l.t("Te klein: jaar", "Too small: year"), l.t("Huurfactor (m² × index / disconto)", "Rent factor (m² × index / discount)"),
                l.t("Cumulatief: CFADS − rente en aflossing", "Cumulative: CFADS − debt service")};
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
            g.fit(k, 15, head[k]);
        }
        g.sheet.createFreezePane(2, 4);
        g.pagesWide = 4;
        g.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
        g.sheet.setRepeatingRows(CellRangeAddress.valueOf("4:4"));
    }

    private String n(int r, int col) {
        return Grid.local(r, col);
    }

    private String area() {
        return b.area(i);
    }

    private String inv(int row) {
        return b.investment.ref(row, InvestmentSheet.col(i));
    }

    private void yearRow(int t) {
        var st = g.styles;
        int r = row(t);
        boolean owned = o.type().owned();
        String value = inv(InvestmentSheet.VALUE);
        // All new lending: the loan and the loan parts drawn beside it.
        String loan = "(" + b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i)) + "+" + b.financing.ref(FinancingSheet.PARTS, FinancingSheet.col(i)) + ")";
        String discountRate = a(AssumptionKeys.DISCOUNT_RATE);
        g.value(r, T, t, st.whole);
        g.formula(r, CAL, "i_startYear+" + n(r, T) + "-1", st.year);
        g.formula(r, DISCOUNT, "(1+" + discountRate + ")^" + n(r, T), st.index);
        g.formula(r, M2_NEEDED, b.projection.ref(ProjectionSheet.row(t), ProjectionSheet.M2), st.decimal);
        // The engine reports plan year 0 as year 1: a practice that is already too small is short from the start.
        g.formula(r, SHORT_FLAG, "IF(" + n(r, M2_NEEDED) + ">" + area() + ",i_startYear+MAX(" + n(r, T) + ",1)-1,\"\")", st.year);
        g.formula(r, SERVED_END, "MIN(" + b.projection.ref(ProjectionSheet.row(t), ProjectionSheet.PATIENTS) + ",MAX("
                + b.projection.ref(ProjectionSheet.ROW0 + i, ProjectionSheet.O_CAPACITY) + ",i_patients))", st.number);
        if (t == 0) {
            g.value(r, CASH_AFTER_DEBT_SERVICE, 0, st.euro);
            g.formula(r, BALANCE, loan, st.euro);
            g.formula(r, BUILDING_BOOK, inv(InvestmentSheet.SHELL) + "+" + inv(InvestmentSheet.INSTALLATIONS), st.euro);
            // RentVsBuyCalculator: what the practice pays itself at t = 0, and what a sale right away would free.
            String outlay = inv(InvestmentSheet.TOTAL) + "+" + b.financing.ref(FinancingSheet.REFINANCED, FinancingSheet.col(i))
                    + "+" + b.financing.ref(FinancingSheet.FEE, FinancingSheet.col(i)) + "-" + loan
                    + "-" + b.financing.ref(FinancingSheet.CONTRIBUTIONS, FinancingSheet.col(i));
            g.formula(r, PAID, outlay, st.euro);
            g.formula(r, PAID_PRE_TAX, outlay, st.euro);
            g.formula(r, SALE_EQUITY, (owned ? value + "*(1-" + a(AssumptionKeys.SELLING_COSTS) + ")" : "0") + "-" + loan, st.euro);
            g.formula(r, CUMULATIVE, n(r, PAID) + "-" + n(r, SALE_EQUITY), st.euro);
            if (owned) {
                g.formula(r, RENT_REFERENCE, fitOutPaid(), st.euro);
                g.formula(r, RENT_REFERENCE_PRE_TAX, fitOutPaid(), st.euro);
            }
            return;
        }
        g.formula(r, SERVED, "(" + n(r - 1, SERVED_END) + "+" + n(r, SERVED_END) + ")/2", st.number);
        String avg1 = n(row(1), SERVED);
        g.formula(r, TARIFF_INDEX, "(1+" + a(AssumptionKeys.TARIFF_INDEX) + ")^(" + n(r, T) + "-1)", st.index);
        g.formula(r, COST_INDEX, "(1+" + a(AssumptionKeys.COST_INDEX) + ")^(" + n(r, T) + "-1)", st.index);
        g.formula(r, RENT_INDEX, "(1+" + a(AssumptionKeys.RENT_INDEX) + ")^(" + n(r, T) + "-1)", st.index);
        segment1(r, t);
        g.formula(r, REVENUE, b.revenue.ref(RevenueSheet.row(bc, i, RevenueSheet.Kind.TOTAL), RevenueSheet.col(t)), st.euro);
        g.formula(r, EXTRA_GP_FTE, "MAX(0," + n(r, SERVED) + "/" + a(AssumptionKeys.PATIENTS_PER_FTE) + "-i_gpFte)", st.decimal);
        g.formula(r, GP_LABOUR, n(r, EXTRA_GP_FTE) + "*" + a(AssumptionKeys.EMPLOYED_GP_COST) + "*" + n(r, COST_INDEX), st.euro);
        String fixed = a(AssumptionKeys.FIXED_COST_SHARE);
        g.formula(r, OTHER, "i_otherCosts*" + n(r, COST_INDEX) + "*(" + fixed + "+(1-" + fixed + ")*IF(" + avg1 + ">0," + n(r, SERVED)
                + "/" + avg1 + ",1))", st.euro);
        g.formula(r, HOUSING, housing(r), st.euro);
        g.formula(r, EBITDA, n(r, REVENUE) + "-" + n(r, GP_LABOUR) + "-" + n(r, OTHER) + "-" + n(r, HOUSING), st.euro);
        depreciation(r);
        int first = ScheduleSheet.row((t - 1) * 12 + 1);
        int last = ScheduleSheet.row(t * 12);
        Grid s = b.schedule;
        PartsSheet parts = new PartsSheet(b);
        boolean withParts = parts.has(i);
        g.formula(r, LOAN_INTEREST, "SUM(" + s.range(first, ScheduleSheet.col(i, ScheduleSheet.INTEREST), last, ScheduleSheet.col(i, ScheduleSheet.INTEREST)) + ")"
                + (withParts ? "+" + parts.interest(i, t) : ""), st.euro);
        g.formula(r, LOAN_PRINCIPAL, "SUM(" + s.range(first, ScheduleSheet.col(i, ScheduleSheet.PRINCIPAL), last, ScheduleSheet.col(i, ScheduleSheet.PRINCIPAL)) + ")"
                + (withParts ? "+" + parts.principal(i, t) : ""), st.euro);
        // Total debt service (DOMAIN rule 5): the existing loans this option keeps run beside the new loan.
        DebtSheet debts = new DebtSheet(b);
        g.formula(r, DEBT_INTEREST, debts.interest(i, t), st.euro);
        g.formula(r, DEBT_PRINCIPAL, debts.principal(i, t), st.euro);
        g.formula(r, INTEREST, n(r, LOAN_INTEREST) + "+" + n(r, DEBT_INTEREST), st.euro);
        g.formula(r, PRINCIPAL, n(r, LOAN_PRINCIPAL) + "+" + n(r, DEBT_PRINCIPAL), st.euro);
        g.formula(r, DEBT_SERVICE, n(r, INTEREST) + "+" + n(r, PRINCIPAL), st.euro);
        g.formula(r, BALANCE, s.ref(last, ScheduleSheet.col(i, ScheduleSheet.BALANCE)) + (withParts ? "+" + parts.balance(i, t) : ""), st.euro);
        boolean bv = bc.practice().legalForm() == LegalForm.BV;
        g.formula(r, DRAWINGS, drawings() + "*" + n(r, COST_INDEX), st.euro);
        g.formula(r, PROFIT, n(r, EBITDA) + "-" + n(r, DEPRECIATION) + "-" + n(r, INTEREST) + (bv ? "-" + n(r, DRAWINGS) : "")
                + taxableGrants(b, i, t, "+"), st.euro);
        g.formula(r, TAX_LIMIT1, TaxFormula.limit1(n(r, CAL)), st.euro);
        g.formula(r, TAX_LIMIT2, TaxFormula.limit2(n(r, CAL), n(r, TAX_LIMIT1)), st.euro);
        g.formula(r, TAX, taxOf(r, PROFIT), st.euro);
        g.formula(r, CFADS, n(r, EBITDA) + "-" + n(r, TAX) + "-" + n(r, DRAWINGS), st.euro);
        g.formula(r, DSCR, "IF(" + n(r, DEBT_SERVICE) + ">0," + n(r, CFADS) + "/" + n(r, DEBT_SERVICE) + ",\"\")", st.decimal);
        // OptionResult.cashShortfall: the running sum of CFADS − debt service; its lowest point is the cash shortfall.
        g.formula(r, CASH_AFTER_DEBT_SERVICE, n(r - 1, CASH_AFTER_DEBT_SERVICE) + "+" + n(r, CFADS) + "-" + n(r, DEBT_SERVICE), st.euro);
        g.formula(r, VALUE, value + "*(1+" + a(AssumptionKeys.RESIDUAL_GROWTH) + ")^(" + n(r, T) + "-1)", st.euro);
        g.formula(r, LTV, "IF(" + n(r, VALUE) + ">0," + n(r - 1, BALANCE) + "/" + n(r, VALUE) + ",\"\")", st.percent);
        rentVersusBuy(r, owned, value);
    }

    /** RentVsBuyCalculator: every path after tax, with the tax its deductible housing items save. */
    private void rentVersusBuy(int r, boolean owned, String value) {
        var st = g.styles;
        String discount = n(r, DISCOUNT);
        g.formula(r, PROFIT_NO_HOUSING, n(r, PROFIT) + "+" + n(r, HOUSING) + "+" + n(r, DEPRECIATION) + "+" + n(r, INTEREST)
                + taxableGrants(b, i, r - ROW0, "-"), st.euro);
        g.formula(r, TAX_NO_HOUSING, taxOf(r, PROFIT_NO_HOUSING), st.euro);
        String cash = "(" + n(r, DEBT_SERVICE) + "+" + n(r, HOUSING) + ")";
        g.formula(r, PAID, n(r - 1, PAID) + "+(" + cash + "-(" + n(r, TAX_NO_HOUSING) + "-" + n(r, TAX) + "))/" + discount, st.euro);
        g.formula(r, PAID_PRE_TAX, n(r - 1, PAID_PRE_TAX) + "+" + cash + "/" + discount, st.euro);
        g.formula(r, SALE_EQUITY, (owned ? value + "*(1+" + a(AssumptionKeys.RESIDUAL_GROWTH) + ")^" + n(r, T) + "*(1-"
                + a(AssumptionKeys.SELLING_COSTS) + ")" : "0") + "-" + n(r, BALANCE), st.euro);
        g.formula(r, CUMULATIVE, n(r, PAID) + "-" + n(r, SALE_EQUITY) + "/" + discount, st.euro);
        if (!owned) {
            return;
        }
        g.formula(r, RENT_CASH, area() + "*(" + InputSheet.o(i, "marketRent") + "*" + n(r, RENT_INDEX) + "+" + InputSheet.o(i, "service")
                + "*" + n(r, COST_INDEX) + ")", st.euro);
        g.formula(r, RENT_FIT_OUT_DEPRECIATION, scheduled(fitOutPaid(), a(AssumptionKeys.FIT_OUT_YEARS), r), st.euro);
        g.formula(r, RENT_PROFIT, n(r, PROFIT_NO_HOUSING) + "-" + n(r, RENT_CASH) + "-" + n(r, RENT_FIT_OUT_DEPRECIATION), st.euro);
        g.formula(r, RENT_TAX, taxOf(r, RENT_PROFIT), st.euro);
        g.formula(r, RENT_REFERENCE, n(r - 1, RENT_REFERENCE) + "+(" + n(r, RENT_CASH) + "-(" + n(r, TAX_NO_HOUSING) + "-"
                + n(r, RENT_TAX) + "))/" + discount, st.euro);
        g.formula(r, RENT_REFERENCE_PRE_TAX, n(r - 1, RENT_REFERENCE_PRE_TAX) + "+" + n(r, RENT_CASH) + "/" + discount, st.euro);
        g.formula(r, RENT_FACTOR, area() + "*" + n(r, RENT_INDEX) + "/" + discount, st.decimal);
        g.formula(r, BREAK_EVEN_FLAG, "IF(" + n(r, CUMULATIVE) + "<=" + n(r, RENT_REFERENCE) + "," + n(r, CAL) + ",\"\")", st.year);
    }

    /**
     * Investment grants taxed as income are profit of year 1 of option {@code i}: the term {@code sign} + grants to
     * add to (or take from) a profit formula, or empty in every other year and without taxable grants.
     */
    static String taxableGrants(Book b, int i, int t, String sign) {
        if (t != 1 || i == 0 || !b.option(i).contributions().taxable()) {
            return "";
        }
        return sign + b.financing.ref(FinancingSheet.CONTRIBUTIONS, FinancingSheet.col(i));
    }

    /** A tenant pays the fit-out of the same m² with VAT (not recoverable). */
    private String fitOutPaid() {
        return InputSheet.o(i, "tenantFitOut") + (o.worksIncludeVat() ? "" : "*(1+" + a(AssumptionKeys.VAT) + ")");
    }

    private String taxOf(int r, int profitColumn) {
        return tax.of(n(r, profitColumn), n(r, TAX_LIMIT1), n(r, TAX_LIMIT2));
    }

    private String drawings() {
        if (bc.practice().legalForm() != LegalForm.BV) {
            return "i_holders*i_drawingsPerHolder";
        }
        StringBuilder sum = new StringBuilder("(0");
        for (int k = 1; k <= bc.practice().holders().size(); k++) {
            sum.append('+').append(InputSheet.holder(k, "salary"));
        }
        return sum.append(')').toString();
    }

    /** DepreciationPlan: components straight-line, the last partial year takes the rest; the building not below the bodemwaarde. */
    private void depreciation(int r) {
        var st = g.styles;
        g.formula(r, SCHED_FIT_OUT, scheduled(inv(InvestmentSheet.FIT_OUT_PART), a(AssumptionKeys.FIT_OUT_YEARS), r), st.euro);
        if (!o.type().owned()) {
            g.formula(r, DEPRECIATION, n(r, SCHED_FIT_OUT), st.euro);
            return;
        }
        g.formula(r, SCHED_SHELL, scheduled(inv(InvestmentSheet.SHELL), a(AssumptionKeys.SHELL_YEARS), r), st.euro);
        g.formula(r, SCHED_INSTALLATIONS, scheduled(inv(InvestmentSheet.INSTALLATIONS), a(AssumptionKeys.INSTALLATIONS_YEARS), r), st.euro);
        String allowed = "MAX(0," + inv(InvestmentSheet.LAND_IN_BASE) + "+" + n(r - 1, BUILDING_BOOK) + "-" + inv(InvestmentSheet.BODEMWAARDE) + ")";
        g.formula(r, BUILDING_BOOK, n(r - 1, BUILDING_BOOK) + "-MIN(" + n(r, SCHED_SHELL) + "+" + n(r, SCHED_INSTALLATIONS) + "," + allowed + ")", st.euro);
        g.formula(r, DEPRECIATION, n(r - 1, BUILDING_BOOK) + "-" + n(r, BUILDING_BOOK) + "+" + n(r, SCHED_FIT_OUT), st.euro);
    }

    /** cost × (min(t, L) − min(t − 1, L)) / L: the share of plan year t within a life of L years. */
    private String scheduled(String cost, String life, int r) {
        String t = n(r, T);
        return "IF(AND(" + cost + ">0," + life + ">0)," + cost + "*MAX(0,MIN(" + t + "," + life + ")-MIN(" + t + "-1," + life + "))/"
                + life + ",0)";
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
        return "(" + InputSheet.o(i, "maintenance") + "*" + inv(InvestmentSheet.BUILDING) + "+"
                + InputSheet.o(i, "propertyTax") + "*" + area() + ")*" + cost;
    }

    /**
     * The tariff year (NZa tariffs are published up to {@value AssumptionKeys#LAST_TARIFF_YEAR}; later years are indexed)
     * and segment 1, which the Opbrengsten sheet builds up by tariff component.
     */
    private void segment1(int r, int t) {
        var st = g.styles;
        g.formula(r, TARIFF_YEAR, "MAX(" + AssumptionKeys.FIRST_TARIFF_YEAR + ",MIN(" + AssumptionKeys.LAST_TARIFF_YEAR + "," + n(r, CAL) + "))", st.year);
        g.formula(r, SEGMENT1, b.revenue.ref(RevenueSheet.row(bc, i, RevenueSheet.Kind.SEGMENT1), RevenueSheet.col(t)), st.euro);
        g.formula(r, SEGMENT1_PER_PATIENT, "IF(" + n(r, SERVED) + ">0," + n(r, SEGMENT1) + "/" + n(r, SERVED) + ",0)", st.cents);
    }
}
