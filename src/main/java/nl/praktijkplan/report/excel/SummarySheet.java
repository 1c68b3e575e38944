package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.assumption.AssumptionKeys;

import org.apache.poi.ss.usermodel.CellStyle;

import nl.praktijkplan.report.ReportSnapshot;

/** Samenvatting: who, when, and the key figures of every option, each a reference to the sheet that computes it. */
final class SummarySheet {

    static final int HEAD = 9;
    /** The verdict comes first, right under the options' names. */
    static final int VERDICT = 10, AREA = 11, CAPACITY = 12, EXTRA = 13, INVESTMENT = 14, VALUE = 15, TOP = 16, MAX_LOAN = 17,
            LOAN = 18, GAP = 19, DSCR1 = 20, DSCR_WORST = 21, LTV1 = 22, NPV = 23, NPV_RENT = 24, BREAK_EVEN = 25;
    static final int SPACE_RUNS_OUT = 7;

    private final Book b;
    private final Grid g;

    SummarySheet(Book book) {
        this.b = book;
        this.g = book.summary;
    }

    static int col(int option) {
        return 1 + option;
    }

    void write(ReportSnapshot snapshot) {
        Lang l = b.lang;
        var st = g.styles;
        var c = b.result.input();
        g.text(0, 0, l.t("Business case huisvesting: ", "Housing business case: ") + c.practice().name(), st.title);
        g.text(1, 0, c.caseName());
        g.text(3, 0, l.t("Datum", "Date"));
        g.cell(3, 1).setCellValue(snapshot.date());
        g.cell(3, 1).setCellStyle(st.date);
        g.text(4, 0, l.t("Opgesteld door", "Prepared by"));
        g.text(4, 1, snapshot.preparedBy() == null ? "" : snapshot.preparedBy());
        g.text(5, 0, l.t("Praktijkplan-versie", "Praktijkplan version"));
        g.text(5, 1, snapshot.appVersion());
        g.text(SPACE_RUNS_OUT, 0, l.t("Huidige ruimte te klein vanaf", "Current premises too small from"), st.header);
        g.formula(SPACE_RUNS_OUT, 1, b.projection.ref(ProjectionSheet.ROW0, ProjectionSheet.O_RUNS_OUT), st.year);
        g.text(HEAD, 0, l.t("Kerncijfers per optie", "Key figures per option"), st.header);
        String[] labels = {l.t("Oppervlakte (m²)", "Floor area (m²)"), l.t("Capaciteit (patiënten)", "Capacity (patients)"),
                l.t("Extra patiënten t.o.v. blijven (laatste jaar)", "Extra patients vs staying (last year)"),
                l.t("Totale investering", "Total investment"), l.t("Marktwaarde", "Market value"),
                l.t("Onrendabele top", "Unprofitable gap"), l.t("Maximale lening", "Maximum loan"), l.t("Lening", "Loan"),
                l.t("Financieringstekort", "Financing gap"), l.t("DSCR jaar 1", "DSCR year 1"), l.t("Laagste DSCR", "Lowest DSCR"),
                l.t("LTV jaar 1", "LTV year 1"), l.t("Contante waarde huisvestingskosten", "Present value of housing costs"),
                l.t("Contante waarde huren zelfde m²", "Present value of renting the same m²"),
                l.t("Break-evenjaar kopen t.o.v. huren", "Break-even year buy vs rent")};
        for (int k = 0; k < labels.length; k++) {
            g.text(AREA + k, 0, labels[k]);
        }
        g.text(VERDICT, 0, l.t("Oordeel financiering", "Verdict on the financing"), st.header);
        g.text(BREAK_EVEN + 2, 0, l.t("Oordeel: sluitend = geen tekort, DSCR ≥ norm in elk jaar van de rentevaste periode en "
                + "lening (zonder BMKB-deel) ≤ LTV-norm × marktwaarde, ook als de borgstelling afloopt.", "Verdict: closes = no gap, "
                + "DSCR ≥ norm in every year of the fixed-rate period and loan (less the BMKB part) ≤ LTV norm × market value, also "
                + "when the guarantee ends."));
        for (int i = 0; i < b.optionCount(); i++) {
            int col = col(i);
            g.text(HEAD, col, b.optionName(i), st.header);
            ref(AREA, col, b.projection.ref(ProjectionSheet.ROW0 + i, ProjectionSheet.O_AREA), st.number);
            ref(CAPACITY, col, b.projection.ref(ProjectionSheet.ROW0 + i, ProjectionSheet.O_CAPACITY), st.number);
            ref(EXTRA, col, b.projection.ref(ProjectionSheet.ROW0 + i, ProjectionSheet.O_EXTRA), st.number);
            ref(INVESTMENT, col, b.investment.ref(InvestmentSheet.TOTAL, InvestmentSheet.col(i)), st.euro);
            boolean owned = b.option(i).type().owned();
            if (owned) {
                ref(VALUE, col, b.investment.ref(InvestmentSheet.VALUE, InvestmentSheet.col(i)), st.euro);
                ref(TOP, col, b.investment.ref(InvestmentSheet.TOP, InvestmentSheet.col(i)), st.top);
            }
            ref(MAX_LOAN, col, b.financing.ref(FinancingSheet.MAX_LOAN, FinancingSheet.col(i)), st.euro);
            ref(LOAN, col, b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i)), st.euro);
            ref(GAP, col, b.financing.ref(FinancingSheet.GAP, FinancingSheet.col(i)), st.euro);
            ref(DSCR1, col, b.financing.ref(FinancingSheet.DSCR1, FinancingSheet.col(i)), st.decimal);
            ref(DSCR_WORST, col, b.financing.ref(FinancingSheet.DSCR_WORST, FinancingSheet.col(i)), st.decimal);
            ref(LTV1, col, b.financing.ref(FinancingSheet.LTV1, FinancingSheet.col(i)), st.percent);
            ref(NPV, col, b.rentVsBuy.ref(RentVsBuySheet.NPV, RentVsBuySheet.col(i)), st.euro);
            if (owned) {
                ref(NPV_RENT, col, b.rentVsBuy.ref(RentVsBuySheet.NPV_RENT, RentVsBuySheet.col(i)), st.euro);
                ref(BREAK_EVEN, col, b.rentVsBuy.ref(RentVsBuySheet.BREAK_EVEN_YEAR, RentVsBuySheet.col(i)), st.year);
            }
            g.formula(VERDICT, col, verdict(i, owned), st.header);
        }
        g.tallRow(HEAD);
        g.sheet.setColumnWidth(0, 46 * 256);
        for (int i = 0; i < b.optionCount(); i++) {
            g.sheet.setColumnWidth(col(i), b.optionColumnChars(26) * 256);
        }
    }

    /**
     * FinancingVerdict as a formula: sluitend when there is no gap (a cent is rounding), no year of the fixed-rate
     * period has DSCR below the norm, and the unguaranteed part of a property loan stays within the LTV norm.
     */
    private String verdict(int i, boolean owned) {
        Grid op = b.operating.get(i);
        String years = op.range(OperatingSheet.row(1), OperatingSheet.T, OperatingSheet.row(b.horizon), OperatingSheet.T);
        String dscrs = op.range(OperatingSheet.row(1), OperatingSheet.DSCR, OperatingSheet.row(b.horizon), OperatingSheet.DSCR);
        String below = "COUNTIFS(" + years + ",\"<=\"&" + InputSheet.a(AssumptionKeys.FIXED_RATE_YEARS) + "," + dscrs + ",\"<\"&("
                + InputSheet.a(AssumptionKeys.DSCR_MIN) + "*(1-1E-9)))";
        String fin = b.financing.ref(FinancingSheet.GAP, FinancingSheet.col(i));
        String conditions = fin + "<=0.005," + below + "=0";
        if (owned) {
            // The loan parts share the mortgage: the secured part is the loan and the parts less the guarantee.
            conditions += "," + b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i)) + "+"
                    + b.financing.ref(FinancingSheet.PARTS, FinancingSheet.col(i)) + "-"
                    + b.financing.ref(FinancingSheet.GUARANTEED, FinancingSheet.col(i)) + "<=" + InputSheet.a(AssumptionKeys.LTV_MAX)
                    + "*" + b.investment.ref(InvestmentSheet.VALUE, InvestmentSheet.col(i)) + "+0.005";
            // When the guarantee ends (the loan's term, at most 12 years for a building) the whole balance must meet
            // the LTV norm: the LTV at the start of the next year. Without BMKB the guarantee cell is blank, which the
            // comparison counts as 0 (no N(): POI's evaluator, which the workbook tests use, does not implement it).
            String guaranteed = b.financing.ref(FinancingSheet.GUARANTEED, FinancingSheet.col(i));
            String end = "MIN(" + FinancingSheet.term(i, "termMonths") + "/12," + InputSheet.a(AssumptionKeys.BMKB_YEARS_REAL_ESTATE) + ")";
            String ltvs = op.range(OperatingSheet.row(1), OperatingSheet.LTV, OperatingSheet.row(b.horizon), OperatingSheet.LTV);
            conditions += ",OR(" + guaranteed + "<=0," + end + ">=" + b.horizon + ",INDEX(" + ltvs + "," + end + "+1)<="
                    + InputSheet.a(AssumptionKeys.LTV_MAX) + "+1E-9)";
        }
        Lang l = b.lang;
        return "IF(AND(" + conditions + "),\"" + l.t("sluitend", "closes") + "\",\"" + l.t("niet sluitend", "does not close") + "\")";
    }

    /** A key figure: a reference to the cell that computes it. */
    private void ref(int row, int col, String target, CellStyle style) {
        g.formula(row, col, target, style);
    }
}
