package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.input.RepaymentType;

/**
 * Aflossingsschema: the monthly schedule of each option's loan over the horizon (AmortisationSchedule).
 * Interest is the balance × yearly rate / 12; annuity: the fixed payment less interest is repaid; linear: a fixed
 * principal; after the term a balloon stays outstanding interest-only. One block of columns per option.
 */
final class ScheduleSheet {

    private static final int ROW0 = 4;
    static final int MONTH = 0, PAYMENT = 1, INTEREST = 2, PRINCIPAL = 3, BALANCE = 4;
    private static final int WIDTH = 6;

    private final Book b;
    private final Grid g;

    ScheduleSheet(Book book) {
        this.b = book;
        this.g = book.schedule;
    }

    /** The row of month {@code k}; month 0 holds the principal as the opening balance. */
    static int row(int k) {
        return ROW0 + k;
    }

    static int col(int option, int column) {
        return option * WIDTH + column;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Aflossingsschema per maand", "Monthly amortisation schedule") + " ("
                + b.names.of(b.result.input().financing().repayment()) + ")", st.title);
        boolean annuity = b.result.input().financing().repayment() == RepaymentType.ANNUITY;
        for (int i = 0; i < b.optionCount(); i++) {
            g.text(2, col(i, 0), b.optionName(i), st.header);
            String[] head = {l.t("Maand", "Month"), l.t("Termijn", "Payment"), l.t("Rente", "Interest"),
                    l.t("Aflossing", "Principal"), l.t("Restschuld", "Balance")};
            for (int k = 0; k < head.length; k++) {
                g.text(3, col(i, k), head[k], st.header);
                g.sheet.setColumnWidth(col(i, k), (k == 0 ? 8 : 14) * 256);
            }
            g.sheet.setColumnWidth(col(i, WIDTH - 1), 3 * 256);
            String loan = b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i));
            String months = FinancingSheet.term(i, "termMonths");
            String fixed = FinancingSheet.term(i, "fixedMonths");
            String annuityPerEuro = FinancingSheet.term(i, "annuityPerEuro");
            String refinanced = refinancedPayment(i, loan, months, fixed);
            g.value(row(0), col(i, MONTH), 0, st.whole);
            g.formula(row(0), col(i, BALANCE), loan, st.euro);
            for (int k = 1; k <= b.horizon * 12; k++) {
                int r = row(k);
                String month = Grid.local(r, col(i, MONTH));
                String interest = Grid.local(r, col(i, INTEREST));
                String repaid = annuity
                        ? "IF(" + month + ">" + fixed + "," + refinanced + "," + loan + "*" + annuityPerEuro + ")-" + interest
                        : loan + "*(1-i_balloon)/" + months;
                g.value(r, col(i, MONTH), k, st.whole);
                g.formula(r, col(i, INTEREST), Grid.local(r - 1, col(i, BALANCE)) + "*IF(" + month + ">" + fixed
                        + ",d_refinanceMonthlyRate,d_monthlyRate)", st.euro);
                // The last payment leaves exactly the balloon, as the engine does (no rounding noise after the term).
                g.formula(r, col(i, PRINCIPAL), "IF(" + month + ">" + months + ",0,IF(" + month + "=" + months + ","
                        + Grid.local(r - 1, col(i, BALANCE)) + "-" + loan + "*i_balloon," + repaid + "))", st.euro);
                g.formula(r, col(i, PAYMENT), interest + "+" + Grid.local(r, col(i, PRINCIPAL)), st.euro);
                // The last payment leaves 0, not -0,000000004 of floating-point noise (shown as "-€ 0").
                String balance = Grid.local(r - 1, col(i, BALANCE)) + "-" + Grid.local(r, col(i, PRINCIPAL));
                g.formula(r, col(i, BALANCE), "IF(ABS(" + balance + ")<0.000001,0," + balance + ")", st.euro);
            }
        }
        g.tallRow(2);
        g.sheet.createFreezePane(0, 4);
    }

    /**
     * The annuity after the fixed-rate period (row 1 of the option's block): the payment that brings the balance at the
     * end of the fixed months down to the balloon in the months left, at the refinancing rate. Not used when the rate
     * is fixed for the whole term.
     */
    private String refinancedPayment(int i, String loan, String months, String fixed) {
        var st = g.styles;
        String balance = "INDEX(" + Grid.local(row(0), col(i, BALANCE)) + ":" + Grid.local(row(b.horizon * 12), col(i, BALANCE))
                + "," + fixed + "+1)";
        String left = "(" + months + "-" + fixed + ")";
        String balloon = loan + "*i_balloon";
        String m = "d_refinanceMonthlyRate";
        g.text(1, col(i, MONTH), b.lang.t("Termijn na rentevast", "Payment after fixed"));
        g.formula(1, col(i, PAYMENT), "IF(" + fixed + ">=" + months + ",0," + Grid.annuity(balance, balloon, m, left) + ")", st.euro);
        return Grid.local(1, col(i, PAYMENT));
    }
}
