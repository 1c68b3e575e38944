package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.input.OptionType;
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
            boolean fitOut = b.option(i).type() == OptionType.RENT;
            String months = fitOut ? "d_fitOutTermMonths" : "d_termMonths";
            String annuityPerEuro = fitOut ? "d_fitOutAnnuityPerEuro" : "d_annuityPerEuro";
            g.value(row(0), col(i, MONTH), 0, st.whole);
            g.formula(row(0), col(i, BALANCE), loan, st.euro);
            for (int k = 1; k <= b.horizon * 12; k++) {
                int r = row(k);
                String interest = Grid.local(r, col(i, INTEREST));
                String repaid = annuity ? loan + "*" + annuityPerEuro + "-" + interest : loan + "*(1-i_balloon)/" + months;
                g.value(r, col(i, MONTH), k, st.whole);
                g.formula(r, col(i, INTEREST), Grid.local(r - 1, col(i, BALANCE)) + "*d_monthlyRate", st.euro);
                g.formula(r, col(i, PRINCIPAL), "IF(" + Grid.local(r, col(i, MONTH)) + ">" + months + ",0," + repaid + ")", st.euro);
                g.formula(r, col(i, PAYMENT), interest + "+" + Grid.local(r, col(i, PRINCIPAL)), st.euro);
                // The last payment leaves 0, not -0,000000004 of floating-point noise (shown as "-€ 0").
                String balance = Grid.local(r - 1, col(i, BALANCE)) + "-" + Grid.local(r, col(i, PRINCIPAL));
                g.formula(r, col(i, BALANCE), "IF(ABS(" + balance + ")<0.000001,0," + balance + ")", st.euro);
            }
        }
        g.tallRow(2);
        g.sheet.createFreezePane(0, 4);
    }
}
