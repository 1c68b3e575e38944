package nl.praktijkplan.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * Bestaande leningen: the yearly schedule of every loan the practice already has (ExistingDebtService), each from its
 * inputs on the Invoer sheet, and per option the year's total of the loans it keeps: every loan in the current
 * premises, the loans not refinanced at a move. Payments are monthly at the yearly rate / 12, as AmortisationSchedule
 * with LoanTerms.fixedForTerm: an annuity pays a fixed monthly amount, a linear loan a fixed monthly principal; a year
 * is the sum of its twelve months. The loan list is generic: a loan is its balance, rate, years, repayment word and
 * whether it counts for an option ({@link #counts}), so that other loans with the same debt service can join it.
 */
final class DebtSheet {

    /** One loan of the list: each field a formula (mostly a name on the Invoer sheet). */
    record Loan(String label, String lender, String balance, String rate, String years, String repayment, String refinance) {
    }

    private static final int PARAM_HEAD = 4;
    /** Columns of a loan's row in the parameter table. */
    private static final int P_NAME = 0, P_LENDER = 1, P_BALANCE = 2, P_RATE = 3, P_MONTHS = 4, P_REPAYMENT = 5, P_REFINANCE = 6,
            P_RUNS = 7, P_MONTHLY_RATE = 8, P_ANNUITY = 9, P_LINEAR = 10;
    /** Columns of a loan within the year table, from the loan's first column. */
    private static final int Y_INTEREST = 0, Y_PRINCIPAL = 1, Y_BALANCE = 2, LOAN_WIDTH = 3;
    /** Columns of a total within the year table. */
    private static final int T_INTEREST = 0, T_PRINCIPAL = 1, T_DEBT_SERVICE = 2, T_BALANCE = 3, TOTAL_WIDTH = 4;

    private final Book b;
    private final Grid g;
    private final List<Loan> loans;

    DebtSheet(Book book) {
        this.b = book;
        this.g = book.debts;
        this.loans = existingDebts(book);
    }

    private static List<Loan> existingDebts(Book b) {
        List<ExistingDebt> debts = b.result.input().financing().existingDebts();
        List<Loan> list = new ArrayList<>();
        for (int k = 1; k <= debts.size(); k++) {
            list.add(new Loan(InputSheet.debtLabel(k, "", b.lang), InputSheet.debt(k, "lender") + "&\"\"", InputSheet.debt(k, "balance"),
                    InputSheet.debt(k, "rate"), InputSheet.debt(k, "years"), InputSheet.debt(k, "repayment"),
                    InputSheet.debt(k, "refinance")));
        }
        return list;
    }

    private int paramRow(int k) {
        return PARAM_HEAD + 1 + k;
    }

    /** The row with the balance the new financing pays off. */
    private int refinancedRow() {
        return paramRow(Math.max(1, loans.size())) + 1;
    }

    private int yearHead() {
        return refinancedRow() + 3;
    }

    /** The row of plan year {@code t}; t = 0 holds today's balances. */
    private int yearRow(int t) {
        return yearHead() + 1 + t;
    }

    private static int loanCol(int k) {
        return 2 + k * LOAN_WIDTH;
    }

    /** First column of option {@code i}'s total: the loans it keeps. */
    private int totalCol(int option) {
        return loanCol(loans.size()) + option * TOTAL_WIDTH;
    }

    /**
     * Whether loan k counts for option {@code i}, as a factor of its figures: every loan runs on in the current premises;
     * a move keeps the loans it does not refinance. A loan of one option only would be 1 there and 0 elsewhere.
     */
    private String counts(int k, int option) {
        return b.option(option).type() == OptionType.STAY ? "" : "*" + Grid.abs(paramRow(k), P_RUNS);
    }

    /** Interest on the existing loans that option {@code i} keeps, in plan year t. */
    String interest(int option, int t) {
        return g.ref(yearRow(t), totalCol(option) + T_INTEREST);
    }

    /** Principal repaid on the existing loans that option {@code i} keeps, in plan year t. */
    String principal(int option, int t) {
        return g.ref(yearRow(t), totalCol(option) + T_PRINCIPAL);
    }

    /** Debt service of the existing loans that option {@code i} keeps, in plan year t. */
    String debtService(int option, int t) {
        return g.ref(yearRow(t), totalCol(option) + T_DEBT_SERVICE);
    }

    /** The balance option {@code i}'s new financing pays off: 0 for the current premises. */
    String refinanced(int option) {
        return b.option(option).type() == OptionType.STAY ? "0" : g.ref(refinancedRow(), P_BALANCE);
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Bestaande leningen: rente, aflossing en restschuld per jaar",
                "Existing loans: interest, principal and balance per year"), st.title);
        g.text(1, 0, l.t("De leningen staan als invoer op het blad Invoer. Termijnen per maand tegen de jaarrente / 12: annuïtair een "
                        + "vaste maandtermijn, lineair een vaste aflossing per maand; een jaar is de som van twaalf maanden.",
                "The loans are inputs on the Inputs sheet. Monthly payments at the yearly rate / 12: an annuity pays a fixed monthly "
                        + "amount, a linear loan a fixed monthly principal; a year is the sum of its twelve months."));
        g.text(2, 0, l.t("Bij blijven lopen alle leningen door. Bij een verhuizing lost de nieuwe financiering de leningen met "
                        + "'herfinancieren: ja' af; de andere lopen door naast de nieuwe lening.",
                "When staying every loan runs on. At a move the new financing pays off the loans marked 'refinance: yes'; the "
                        + "others run on beside the new loan."));
        String[] head = {l.t("Lening", "Loan"), l.t("Geldgever", "Lender"), l.t("Restschuld nu", "Balance now"),
                l.t("Rente per jaar", "Yearly rate"), l.t("Resterende looptijd (maanden)", "Remaining term (months)"), l.t("Aflossingsvorm", "Repayment"),
                l.t("Herfinancieren", "Refinance"), l.t("Loopt door na verhuizing (1 = ja)", "Runs on after a move (1 = yes)"),
                l.t("Maandrente", "Monthly rate"), l.t("Maandtermijn (annuïtair)", "Monthly payment (annuity)"),
                l.t("Aflossing per maand (lineair)", "Principal per month (linear)")};
        for (int k = 0; k < head.length; k++) {
            g.text(PARAM_HEAD, k, head[k], st.header);
        }
        g.tallRow(PARAM_HEAD);
        if (loans.isEmpty()) {
            g.text(paramRow(0), 0, l.t("Geen bestaande leningen in deze casus.", "No existing loans in this case."));
        }
        for (int k = 0; k < loans.size(); k++) {
            parameters(k, loans.get(k));
        }
        // A short label: it runs over the empty lender column up to the amount.
        g.text(refinancedRow(), 0, l.t("Afgelost bij verhuizing", "Paid off at a move"));
        StringBuilder refinanced = new StringBuilder("0");
        for (int k = 0; k < loans.size(); k++) {
            refinanced.append('+').append(Grid.local(paramRow(k), P_BALANCE)).append("*(1-").append(Grid.local(paramRow(k), P_RUNS)).append(')');
        }
        g.formula(refinancedRow(), P_BALANCE, refinanced.toString(), st.euroTotal);
        yearTable();
        g.sheet.setColumnWidth(0, 16 * 256);
        g.sheet.setColumnWidth(1, 16 * 256);
        int width = totalCol(b.optionCount());
        for (int c = 2; c < Math.max(head.length, width); c++) {
            g.sheet.setColumnWidth(c, 15 * 256);
        }
        g.sheet.createFreezePane(0, yearHead() + 1);
        g.pagesWide = (short) Math.max(1, (width + 11) / 12);
        g.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B")); // loan and year on every page
    }

    /** A loan's inputs and what follows from them: monthly rate, months, the annuity's monthly payment, the linear principal. */
    private void parameters(int k, Loan loan) {
        var st = g.styles;
        int r = paramRow(k);
        String balance = Grid.local(r, P_BALANCE);
        String months = Grid.local(r, P_MONTHS);
        String m = Grid.local(r, P_MONTHLY_RATE);
        g.text(r, P_NAME, loan.label());
        g.formula(r, P_LENDER, loan.lender(), st.text);
        g.formula(r, P_BALANCE, loan.balance(), st.euro);
        g.formula(r, P_RATE, loan.rate(), st.percent);
        // Whole years, as the case file holds them; at least one, so that a cleared cell divides by nothing.
        g.formula(r, P_MONTHS, "MAX(1,ROUND(" + loan.years() + ",0))*12", st.whole);
        g.formula(r, P_REPAYMENT, loan.repayment(), st.text);
        g.formula(r, P_REFINANCE, loan.refinance(), st.text);
        g.formula(r, P_RUNS, "IF(" + loan.refinance() + "=\"" + b.lang.t("ja", "yes") + "\",0,1)", st.whole);
        g.formula(r, P_MONTHLY_RATE, loan.rate() + "/12", st.percent);
        g.formula(r, P_ANNUITY, Grid.annuity(balance, null, m, months), st.cents);
        g.formula(r, P_LINEAR, balance + "/" + months, st.cents);
    }

    private void yearTable() {
        Lang l = b.lang;
        var st = g.styles;
        int group = yearHead() - 1;
        g.text(group, 0, "", st.header);
        g.text(group, 1, "", st.header);
        g.text(yearHead(), 0, l.t("Planjaar", "Plan year"), st.header);
        g.text(yearHead(), 1, l.t("Jaar", "Year"), st.header);
        String[] loanHead = {l.t("Rente", "Interest"), l.t("Aflossing", "Principal"), l.t("Restschuld eind jaar", "Balance end of year")};
        for (int k = 0; k < loans.size(); k++) {
            groupHeader(group, loanCol(k), LOAN_WIDTH, loans.get(k).label());
            for (int c = 0; c < LOAN_WIDTH; c++) {
                g.text(yearHead(), loanCol(k) + c, loanHead[c], st.header);
            }
        }
        String[] totalHead = {l.t("Rente", "Interest"), l.t("Aflossing", "Principal"), l.t("Schuldendienst", "Debt service"),
                l.t("Restschuld eind jaar", "Balance end of year")};
        for (int i = 0; i < b.optionCount(); i++) {
            groupHeader(group, totalCol(i), TOTAL_WIDTH, l.t("Totaal bij ", "Total for ") + (i == 0
                    ? l.t("blijven", "staying") : b.letter(i)));
            for (int c = 0; c < TOTAL_WIDTH; c++) {
                g.text(yearHead(), totalCol(i) + c, totalHead[c], st.header);
            }
        }
        g.tallRow(yearHead());
        for (int t = 0; t <= b.horizon; t++) {
            int r = yearRow(t);
            g.value(r, 0, t, st.whole);
            g.formula(r, 1, "i_startYear+" + Grid.local(r, 0) + "-1", st.year);
            for (int k = 0; k < loans.size(); k++) {
                loanYear(k, t);
            }
            for (int i = 0; i < b.optionCount(); i++) {
                totals(t, i);
            }
        }
    }

    private void groupHeader(int row, int col, int width, String text) {
        g.text(row, col, text, g.styles.header);
        for (int c = 1; c < width; c++) {
            g.text(row, col + c, "", g.styles.header);
        }
        g.sheet.addMergedRegion(new CellRangeAddress(row, row, col, col + width - 1));
    }

    /**
     * Loan k in plan year t, over the q = min(12t, N) − 12(t − 1) months it still pays (none after its term). Annuity:
     * the balance after q payments P at monthly rate m is B(1+m)^q − P((1+m)^q − 1)/m, 0 once the term has ended;
     * interest = q·P − principal. Linear with monthly principal A = B₀/N: the balance is B₀(1 − min(12t, N)/N) and the
     * interest m·Σ(B − A·j) over j = 0..q−1 = m·q·(B − A(q − 1)/2), B the balance at the start of the year.
     */
    private void loanYear(int k, int t) {
        var st = g.styles;
        int r = yearRow(t);
        int c = loanCol(k);
        int p = paramRow(k);
        String balance = Grid.abs(p, P_BALANCE);
        if (t == 0) {
            g.formula(r, c + Y_BALANCE, balance, st.euro);
            return;
        }
        String months = Grid.abs(p, P_MONTHS);
        String m = Grid.abs(p, P_MONTHLY_RATE);
        String payment = Grid.abs(p, P_ANNUITY);
        String perMonth = Grid.abs(p, P_LINEAR);
        String linear = Grid.abs(p, P_REPAYMENT) + "=\"" + b.names.of(RepaymentType.LINEAR) + "\"";
        String start = Grid.local(r - 1, c + Y_BALANCE);
        String paidUpTo = "MIN(12*" + Grid.local(r, 0) + "," + months + ")";
        String q = "MAX(0," + paidUpTo + "-12*(" + Grid.local(r, 0) + "-1))";
        String annuityBalance = "IF(" + paidUpTo + ">=" + months + ",0,IF(" + m + "=0," + start + "-" + payment + "*" + q + ","
                + start + "*(1+" + m + ")^" + q + "-" + payment + "*((1+" + m + ")^" + q + "-1)/" + m + "))";
        String linearBalance = balance + "*(1-" + paidUpTo + "/" + months + ")";
        g.formula(r, c + Y_BALANCE, "IF(" + linear + "," + linearBalance + "," + annuityBalance + ")", st.euro);
        g.formula(r, c + Y_PRINCIPAL, start + "-" + Grid.local(r, c + Y_BALANCE), st.euro);
        // Interest is never negative: MAX drops the rounding noise of a final payment (it would read "-€ 0").
        g.formula(r, c + Y_INTEREST, "MAX(0,IF(" + linear + "," + m + "*" + q + "*(" + start + "-" + perMonth + "*(" + q + "-1)/2),"
                + payment + "*" + q + "-" + Grid.local(r, c + Y_PRINCIPAL) + "))", st.euro);
    }

    /** The year's sums over the loans that option {@code i} keeps. */
    private void totals(int t, int option) {
        var st = g.styles;
        int r = yearRow(t);
        int c = totalCol(option);
        String interest = sum(r, Y_INTEREST, option);
        String principal = sum(r, Y_PRINCIPAL, option);
        if (t > 0) {
            g.formula(r, c + T_INTEREST, interest, st.euro);
            g.formula(r, c + T_PRINCIPAL, principal, st.euro);
            g.formula(r, c + T_DEBT_SERVICE, Grid.local(r, c + T_INTEREST) + "+" + Grid.local(r, c + T_PRINCIPAL), st.euro);
        }
        g.formula(r, c + T_BALANCE, sum(r, Y_BALANCE, option), st.euro);
    }

    private String sum(int r, int column, int option) {
        StringBuilder s = new StringBuilder("0");
        for (int k = 0; k < loans.size(); k++) {
            s.append('+').append(Grid.local(r, loanCol(k) + column)).append(counts(k, option));
        }
        return s.toString();
    }

}
