package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.LegalForm;

/**
 * The cash-flow limit with interest deductible, solved in the open: the largest loan L with
 * DSCR_min × DS₁(L) ≤ CFADS₁(L) = EBITDA₁ − tax(profit₁ before interest − interest₁ per euro × L) − drawings₁
 * (OptionCalculator.CashFlowLimit). The headroom falls with L, so {@value #STEPS} bisection steps from [0, 10¹⁰]
 * find it to far below a cent, as live formulas: change the rate or a cost and the limit follows.
 */
final class LoanCapacitySheet {

    static final int STEPS = 80;
    static final int ROW0 = 4;
    private static final int LO = 0, HI = 1, MID = 2, PROFIT = 3, HEADROOM = 4, FITS = 5, WIDTH = 7;
    private static final String UPPER = "1E+10";

    private final Book b;
    private final Grid g;

    LoanCapacitySheet(Book book) {
        this.b = book;
        this.g = book.loanCapacity;
    }

    static int col(int option, int column) {
        return 1 + option * WIDTH + column;
    }

    /** The cell holding the solved cash-flow limit of option {@code i}. */
    String result(int i) {
        return g.ref(ROW0 + STEPS, col(i, LO));
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Leencapaciteit op kasstroom, met aftrekbare rente (halveringsmethode)",
                "Borrowing capacity by cash flow, with deductible interest (bisection)"), st.title);
        g.text(1, 0, l.t("Per stap: ligt de ruimte (CFADS₁ − DSCR-norm × schuldendienst₁) bij het midden boven 0, dan wordt het "
                        + "midden de ondergrens, anders de bovengrens. De laatste ondergrens is de maximale lening op kasstroom. "
                        + "De ruimte staat er op centen; 'past' beslist op de exacte waarde.",
                "Each step: if the headroom (CFADS₁ − DSCR norm × debt service₁) at the midpoint is above 0, the midpoint becomes "
                        + "the lower bound, else the upper bound. The last lower bound is the maximum loan by cash flow. "
                        + "The headroom is shown to the cent; 'fits' decides on the exact value."));
        g.text(ROW0 - 1, 0, l.t("Stap", "Step"), st.header);
        for (int k = 0; k <= STEPS; k++) {
            g.value(ROW0 + k, 0, k, st.whole);
        }
        for (int i = 0; i < b.optionCount(); i++) {
            option(i);
        }
        g.sheet.setColumnWidth(0, 8 * 256);
        g.sheet.createFreezePane(1, ROW0);
    }

    private void option(int i) {
        Lang l = b.lang;
        var st = g.styles;
        // The option's name spans its block on one line: a single 16-character column would cut it.
        g.text(2, col(i, LO), b.optionName(i), st.header);
        for (int k = 1; k <= FITS; k++) {
            g.text(2, col(i, k), "", st.header);
        }
        g.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, col(i, LO), col(i, FITS)));
        String[] head = {l.t("Ondergrens", "Lower bound"), l.t("Bovengrens", "Upper bound"), l.t("Midden", "Midpoint"),
                l.t("Winst bij midden", "Profit at midpoint"), l.t("Ruimte bij midden", "Headroom at midpoint"),
                l.t("Midden past", "Midpoint fits")};
        for (int k = 0; k < head.length; k++) {
            g.text(ROW0 - 1, col(i, k), head[k], st.header);
            // The headroom at the first midpoints runs to billions: room for "-€ 494.820.853,97".
            g.sheet.setColumnWidth(col(i, k), (k == FITS ? 10 : k == HEADROOM ? 20 : 16) * 256);
        }
        g.sheet.setColumnWidth(col(i, WIDTH - 1), 3 * 256);
        Grid op = b.operating.get(i);
        int year1 = OperatingSheet.row(1);
        String ebitda = op.ref(year1, OperatingSheet.EBITDA);
        String drawings = op.ref(year1, OperatingSheet.DRAWINGS);
        boolean bv = b.result.input().practice().legalForm() == LegalForm.BV;
        // Profit before interest: EBITDA − depreciation (− the BV's salaries) + grants taxed as income; none depends on L.
        String profitBeforeInterest = ebitda + "-" + op.ref(year1, OperatingSheet.DEPRECIATION) + (bv ? "-" + drawings : "")
                + OperatingSheet.taxableGrants(b, i, 1, "+");
        String interestPerEuro = FinancingSheet.term(i, "interest1PerEuro");
        String debtServicePerEuro = FinancingSheet.term(i, "ds1PerEuro");
        // The existing loans that run on and the loan parts: their year-1 interest is deducted for tax, their debt service
        // counts in the norm.
        DebtSheet debts = new DebtSheet(b);
        PartsSheet parts = new PartsSheet(b);
        String existingInterest = "(" + debts.interest(i, 1) + (parts.has(i) ? "+" + parts.interest(i, 1) : "") + ")";
        String existingDebtService = "(" + debts.debtService(i, 1) + (parts.has(i)
                ? "+" + parts.interest(i, 1) + "+" + parts.principal(i, 1) : "") + ")";
        TaxFormula tax = new TaxFormula(b.result.input().practice());
        String limit1 = op.ref(year1, OperatingSheet.TAX_LIMIT1);
        String limit2 = op.ref(year1, OperatingSheet.TAX_LIMIT2);
        String yes = l.t("ja", "yes");
        String no = l.t("nee", "no");
        for (int k = 0; k <= STEPS; k++) {
            int r = ROW0 + k;
            String lo = Grid.local(r, col(i, LO));
            String hi = Grid.local(r, col(i, HI));
            if (k == 0) {
                g.value(r, col(i, LO), 0, st.euro);
                g.formula(r, col(i, HI), UPPER, st.euro);
            } else {
                String previousFits = Grid.local(r - 1, col(i, FITS)) + "=\"" + yes + "\"";
                g.formula(r, col(i, LO), "IF(" + previousFits + "," + Grid.local(r - 1, col(i, MID)) + ","
                        + Grid.local(r - 1, col(i, LO)) + ")", st.euro);
                g.formula(r, col(i, HI), "IF(" + previousFits + "," + Grid.local(r - 1, col(i, HI)) + ","
                        + Grid.local(r - 1, col(i, MID)) + ")", st.euro);
            }
            if (k == STEPS) {
                continue;
            }
            String mid = Grid.local(r, col(i, MID));
            g.formula(r, col(i, MID), "(" + lo + "+" + hi + ")/2", st.euro);
            g.formula(r, col(i, PROFIT), profitBeforeInterest + "-" + existingInterest + "-" + interestPerEuro + "*" + mid, st.euro);
            String headroom = ebitda + "-(" + tax.of(Grid.local(r, col(i, PROFIT)), limit1, limit2) + ")-" + drawings
                    + "-" + a(AssumptionKeys.DSCR_MIN) + "*(" + debtServicePerEuro + "*" + mid + "+" + existingDebtService + ")";
            // The search converges on a headroom of 0: shown to the cent it would read "-€ 0,00" for a few cents' noise,
            // so the shown amount is rounded and the decision is taken on the exact headroom in its own column.
            g.formula(r, col(i, HEADROOM), "ROUND(" + headroom + ",2)", st.cents);
            g.formula(r, col(i, FITS), "IF(" + headroom + ">0,\"" + yes + "\",\"" + no + "\")", st.text);
        }
    }
}
