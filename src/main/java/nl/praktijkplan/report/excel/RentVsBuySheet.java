package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.input.HousingOption;

/**
 * Huur vs koop: per option the discounted cost over the horizon and, for an owned option, the comparison with
 * renting the same m² at its market rent: break-even year and break-even rent (RentVsBuyCalculator), plus the
 * cumulative curves and their chart. After tax (each path's deductible items save tax at the practice's brackets),
 * with the pre-tax figures below. The break-even rent is shown before tax, where it has a closed form; the one after
 * tax (tax brackets make it non-linear) is in the dossier.
 */
final class RentVsBuySheet {

    static final int NPV = 3, NPV_RENT = 4, BREAK_EVEN_YEAR = 5, BREAK_EVEN_RENT = 6, NPV_PRE_TAX = 7, NPV_RENT_PRE_TAX = 8;
    static final int YEAR_HEAD = 10;

    private final Book b;
    private final Grid g;

    RentVsBuySheet(Book book) {
        this.b = book;
        this.g = book.rentVsBuy;
    }

    static int col(int option) {
        return 1 + option;
    }

    static int yearRow(int t) {
        return YEAR_HEAD + 1 + t;
    }

    /** Column of the option's cumulative cost in the year table; its rent reference is the next column. */
    static int curveCol(int option) {
        return 1 + 2 * option;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Huur versus koop: contante waarde van de huisvestingskosten", "Rent versus buy: present value of housing costs"), st.title);
        g.text(1, 0, l.t("Disconteringsvoet: zie Invoer (npv.discountRatePct). Koop: eigen geld en kosten op t = 0, schuldendienst en "
                        + "eigenaarslasten per jaar, aan het eind de waarde na verkoopkosten min restschuld als ontvangst.",
                "Discount rate: see Inputs (npv.discountRatePct). Buy: equity and costs at t = 0, debt service and owner costs each "
                        + "year, at the end the value after selling costs less the loan outstanding as an inflow."));
        g.text(2, 0, "", st.header);
        g.text(NPV, 0, l.t("Contante waarde kosten over de horizon, na belasting", "Present value of costs over the horizon, after tax"));
        g.text(NPV_RENT, 0, l.t("Contante waarde huren zelfde m² tegen markthuur, na belasting",
                "Present value of renting the same m² at market rent, after tax"));
        g.text(BREAK_EVEN_YEAR, 0, l.t("Eerste jaar waarin kopen niet duurder is", "First year in which buying is not dearer"));
        g.text(BREAK_EVEN_RENT, 0, l.t("Break-evenhuur per m² (jaar 1, voor belasting)", "Break-even rent per m² (year 1, before tax)"));
        g.text(NPV_PRE_TAX, 0, l.t("Contante waarde kosten, voor belasting", "Present value of costs, before tax"));
        g.text(NPV_RENT_PRE_TAX, 0, l.t("Contante waarde huren zelfde m², voor belasting", "Present value of renting the same m², before tax"));
        g.text(YEAR_HEAD, 0, l.t("Jaar", "Year"), st.header);
        int h = b.horizon;
        for (int i = 0; i < b.optionCount(); i++) {
            HousingOption o = b.option(i);
            Grid op = b.operating.get(i);
            int c = col(i);
            g.text(2, c, b.optionName(i), st.header);
            g.formula(NPV, c, op.ref(OperatingSheet.row(h), OperatingSheet.CUMULATIVE), st.euro);
            g.formula(NPV_PRE_TAX, c, op.ref(OperatingSheet.row(h), OperatingSheet.PAID_PRE_TAX) + "-"
                    + op.ref(OperatingSheet.row(h), OperatingSheet.SALE_EQUITY) + "/" + op.ref(OperatingSheet.row(h), OperatingSheet.DISCOUNT), st.euro);
            String label = i == 0 ? l.t("huidig", "current") : b.letter(i);
            g.text(YEAR_HEAD, curveCol(i), l.t("Cumulatief ", "Cumulative ") + label, st.header);
            if (o.type().owned()) {
                g.formula(NPV_RENT, c, op.ref(OperatingSheet.row(h), OperatingSheet.RENT_REFERENCE), st.euro);
                String flags = op.range(OperatingSheet.row(1), OperatingSheet.BREAK_EVEN_FLAG, OperatingSheet.row(h), OperatingSheet.BREAK_EVEN_FLAG);
                g.formula(BREAK_EVEN_YEAR, c, "IF(COUNT(" + flags + ")=0,\"" + b.names.never() + "\",MIN(" + flags + "))", st.year);
                // Before tax the rent is linear: market rent + (buy − rent at market rent) / Σ m² × index / discount.
                String factor = op.range(OperatingSheet.row(1), OperatingSheet.RENT_FACTOR, OperatingSheet.row(h), OperatingSheet.RENT_FACTOR);
                g.formula(BREAK_EVEN_RENT, c, "IF(SUM(" + factor + ")>0," + InputSheet.o(i, "marketRent") + "+(" + Grid.local(NPV_PRE_TAX, c)
                        + "-" + Grid.local(NPV_RENT_PRE_TAX, c) + ")/SUM(" + factor + "),\"\")", st.euro);
                g.formula(NPV_RENT_PRE_TAX, c, op.ref(OperatingSheet.row(h), OperatingSheet.RENT_REFERENCE_PRE_TAX), st.euro);
                g.text(YEAR_HEAD, curveCol(i) + 1, l.t("Huur zelfde m² ", "Rent same m² ") + label, st.header);
            }
            for (int t = 0; t <= h; t++) {
                int r = yearRow(t);
                if (i == 0) {
                    g.formula(r, 0, op.ref(OperatingSheet.row(t), OperatingSheet.CAL), st.year);
                }
                g.formula(r, curveCol(i), op.ref(OperatingSheet.row(t), OperatingSheet.CUMULATIVE), st.euro);
                if (o.type().owned()) {
                    g.formula(r, curveCol(i) + 1, op.ref(OperatingSheet.row(t), OperatingSheet.RENT_REFERENCE), st.euro);
                }
            }
        }
        g.tallRow(2);
        g.tallRow(YEAR_HEAD);
        g.sheet.setColumnWidth(0, 56 * 256);
        for (int k = 1; k <= 2 * b.optionCount(); k++) {
            g.sheet.setColumnWidth(k, b.optionColumnChars(18) * 256);
        }
        g.sheet.createFreezePane(1, 3);
        Charts.cumulativeCost(b, g, YEAR_HEAD, yearRow(0), yearRow(h), 2 * b.optionCount() + 1);
    }
}
