package nl.praktijkplan.report.excel;

import java.util.ArrayList;
import java.util.List;


import nl.praktijkplan.domain.input.LoanPart;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * Leningdelen: the loan parts each option agrees beside its main loan (LoanParts), each from its inputs on the Invoer
 * sheet. A part is drawn as far as the option still needs money after own funds and contributions, in the order listed;
 * its monthly schedule follows AmortisationSchedule (the rate fixed for the part's fixed years, then the case's
 * refinancing rate with an annuity set anew; the last payment leaves the balloon). Per option the year's interest,
 * principal and balance feed the operating sheet, the loan capacity and the financing. Only in a case with parts.
 */
final class PartsSheet {

    /** One part: its option (1-based) and its number within the option (1-based). */
    private record Part(int option, int k, LoanPart input) {
    }

    private static final int PARAM_HEAD = 3;
    private static final int P_OPTION = 0, P_PART = 1, P_AMOUNT = 2, P_DRAWN = 3, P_MONTHS = 4, P_FIXED = 5, P_RATE = 6,
            P_REFINANCE_RATE = 7, P_BALLOON = 8, P_ANNUITY = 9, P_AFTER_FIXED = 10;
    /** Columns of a part in the monthly table, and of an option in the yearly table. */
    private static final int INTEREST = 0, PRINCIPAL = 1, BALANCE = 2, WIDTH = 3;

    private final Book b;
    private final Grid g;
    private final List<Part> parts = new ArrayList<>();
    private final List<Integer> options = new ArrayList<>();

    PartsSheet(Book book) {
        this.b = book;
        this.g = book.parts;
        for (int i = 1; i < book.optionCount(); i++) {
            List<LoanPart> list = book.option(i).loanParts();
            for (int k = 1; k <= list.size(); k++) {
                parts.add(new Part(i, k, list.get(k - 1)));
            }
            if (!list.isEmpty()) {
                options.add(i);
            }
        }
    }

    /** Whether option {@code i} has loan parts (the other sheets add nothing for an option without). */
    boolean has(int option) {
        return b.parts != null && options.contains(option);
    }

    /** What option {@code i}'s parts lend at t = 0. */
    String drawn(int option) {
        StringBuilder s = new StringBuilder("0");
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p).option() == option) {
                s.append('+').append(g.ref(paramRow(p), P_DRAWN));
            }
        }
        return s.toString();
    }

    String interest(int option, int t) {
        return g.ref(yearRow(t), yearCol(option) + INTEREST);
    }

    String principal(int option, int t) {
        return g.ref(yearRow(t), yearCol(option) + PRINCIPAL);
    }

    /** What option {@code i}'s parts still owe at the end of plan year t; the amounts drawn at t = 0. */
    String balance(int option, int t) {
        return g.ref(yearRow(t), yearCol(option) + BALANCE);
    }

    /** Σ amount drawn × monthly rate of option {@code i}'s parts: their first month's interest. */
    String firstMonthInterest(int option) {
        StringBuilder s = new StringBuilder("0");
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p).option() == option) {
                s.append('+').append(g.ref(paramRow(p), P_DRAWN)).append('*').append(g.ref(paramRow(p), P_RATE)).append("/12");
            }
        }
        return s.toString();
    }

    private static int paramRow(int p) {
        return PARAM_HEAD + 1 + p;
    }

    private int yearHead() {
        return paramRow(parts.size()) + 2;
    }

    private int yearRow(int t) {
        return yearHead() + 1 + t;
    }

    private int yearCol(int option) {
        return 1 + options.indexOf(option) * WIDTH;
    }

    private int monthHead() {
        return yearRow(b.horizon) + 3;
    }

    private int monthRow(int k) {
        return monthHead() + 1 + k;
    }

    private static int monthCol(int p) {
        return 1 + p * WIDTH;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Leningdelen naast de hoofdlening, per optie", "Loan parts alongside the main loan, per option"), st.title);
        g.text(1, 0, l.t("Elk deel wordt opgenomen voor zover de optie na eigen geld en bijdragen nog geld nodig heeft, in de volgorde "
                        + "van de lijst; de lening financiert de rest. Termijnen per maand; na de rentevaste maanden geldt de rente "
                        + "na de rentevaste periode (Invoer) en wordt een annuïteit opnieuw berekend. Een slottermijn blijft na de "
                        + "looptijd staan en draagt dan alleen rente (zoals een overbruggingslening tot de verkoop of subsidie).",
                "Each part is drawn as far as the option still needs money after own funds and contributions, in the order "
                        + "listed; the loan finances the rest. Monthly payments; after the fixed-rate months the rate after the "
                        + "fixed-rate period applies (Inputs) and an annuity is set anew. A balloon stays after the term and then "
                        + "bears interest only (as a bridge loan until the sale or grant)."));
        String[] head = {l.t("Optie", "Option"), l.t("Leningdeel", "Loan part"), l.t("Afgesproken bedrag", "Amount agreed"),
                l.t("Opgenomen", "Drawn"), l.t("Looptijd (maanden)", "Term (months)"), l.t("Rentevaste periode (maanden)", "Fixed-rate period (months)"),
                l.t("Rente per jaar", "Yearly rate"), l.t("Rente na rentevaste periode", "Rate after the fixed-rate period"), l.t("Slottermijn (% van opgenomen)", "Balloon (% of drawn)"),
                l.t("Maandtermijn per euro (annuïtair)", "Monthly payment per euro (annuity)"),
                l.t("Maandtermijn na rentevaste periode", "Monthly payment after the fixed-rate period")};
        for (int c = 0; c < head.length; c++) {
            g.text(PARAM_HEAD, c, head[c], st.header);
        }
        g.tallRow(PARAM_HEAD);
        for (int p = 0; p < parts.size(); p++) {
            parameters(p);
        }
        yearTable();
        monthTable();
        for (int p = 0; p < parts.size(); p++) {
            afterFixed(p);
        }
        g.sheet.setColumnWidth(0, 12 * 256);
        for (int c = 1; c < Math.max(head.length, 1 + WIDTH * parts.size()); c++) {
            g.sheet.setColumnWidth(c, 15 * 256);
        }
        g.pagesWide = (short) Math.max(1, (1 + WIDTH * parts.size() + 11) / 12);
    }

    private void parameters(int p) {
        var st = g.styles;
        Part part = parts.get(p);
        int r = paramRow(p);
        int i = part.option();
        String name = InputSheet.part(i, part.k(), "");
        g.text(r, P_OPTION, b.letter(i));
        g.text(r, P_PART, part.k() + ": " + part.input().purpose().label(b.lang.dutch()));
        g.formula(r, P_AMOUNT, name + "amount", st.euro);
        // The option's need before parts: uses − contributions − own money; each part takes what the earlier ones left.
        String need = b.financing.ref(FinancingSheet.USES, FinancingSheet.col(i)) + "-"
                + b.financing.ref(FinancingSheet.CONTRIBUTIONS, FinancingSheet.col(i)) + "-i_equity";
        StringBuilder earlier = new StringBuilder("0");
        for (int q = 0; q < p; q++) {
            if (parts.get(q).option() == i) {
                earlier.append('+').append(Grid.local(paramRow(q), P_DRAWN));
            }
        }
        // On the agreed plan held by the stress switch (Invoer) the part keeps what it drew in the base case (LoanParts.agreed).
        g.formula(r, P_DRAWN, "IF(" + InputSheet.S_HOLD + "=\"" + InputSheet.holdWord(b.lang) + "\"," + InputSheet.plan(i, "Part" + part.k())
                + ",MIN(" + Grid.local(r, P_AMOUNT) + ",MAX(0," + need + "-(" + earlier + "))))", st.euro);
        String months = Grid.local(r, P_MONTHS);
        g.formula(r, P_MONTHS, "MAX(1,ROUND(" + name + "term,0))*12", st.whole);
        // Fixed for the whole term when 0 or at least the term (LoanParts.terms).
        g.formula(r, P_FIXED, "IF(OR(ROUND(" + name + "fixed,0)<=0,ROUND(" + name + "fixed,0)*12>=" + months + ")," + months
                + ",ROUND(" + name + "fixed,0)*12)", st.whole);
        g.formula(r, P_RATE, name + "rate", st.percent);
        g.formula(r, P_REFINANCE_RATE, "IF(" + Grid.local(r, P_FIXED) + ">=" + months + "," + Grid.local(r, P_RATE) + ","
                + InputSheet.a(nl.praktijkplan.domain.assumption.AssumptionKeys.REFINANCE_RATE) + ")", st.percent);
        g.formula(r, P_BALLOON, name + "balloon", st.percent);
        String m = Grid.local(r, P_RATE) + "/12";
        String bl = Grid.local(r, P_BALLOON);
        g.formula(r, P_ANNUITY, Grid.annuity("1", bl, m, months), st.fine);
    }

    /**
     * The annuity after the fixed-rate months: the payment that brings the balance then down to the balloon in the months
     * left, at the rate after the fixed-rate period. 0 when the rate is fixed for the term or beyond the horizon.
     */
    private void afterFixed(int p) {
        int r = paramRow(p);
        String fixed = Grid.abs(r, P_FIXED);
        String months = Grid.abs(r, P_MONTHS);
        String balance = "INDEX(" + g.range(monthRow(0), monthCol(p) + BALANCE, monthRow(b.horizon * 12), monthCol(p) + BALANCE)
                + "," + fixed + "+1)";
        String left = "(" + months + "-" + fixed + ")";
        String balloon = Grid.abs(r, P_DRAWN) + "*" + Grid.abs(r, P_BALLOON);
        String m = Grid.abs(r, P_REFINANCE_RATE) + "/12";
        g.formula(r, P_AFTER_FIXED, "IF(OR(" + fixed + ">=" + months + "," + fixed + ">=" + b.horizon * 12 + "),0,"
                + Grid.annuity(balance, balloon, m, left) + ")", g.styles.cents);
    }

    private void yearTable() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(yearHead() - 1, 0, l.t("Per jaar, per optie", "Per year, per option"));
        g.text(yearHead(), 0, l.t("Planjaar", "Plan year"), st.header);
        String[] head = {l.t("Rente", "Interest"), l.t("Aflossing", "Principal"), l.t("Restschuld eind jaar", "Balance end of year")};
        for (int i : options) {
            for (int c = 0; c < WIDTH; c++) {
                g.text(yearHead(), yearCol(i) + c, b.letter(i) + ": " + head[c], st.header);
            }
        }
        g.tallRow(yearHead());
        for (int t = 0; t <= b.horizon; t++) {
            int r = yearRow(t);
            g.value(r, 0, t, st.whole);
            for (int i : options) {
                StringBuilder interest = new StringBuilder("0");
                StringBuilder principal = new StringBuilder("0");
                StringBuilder balance = new StringBuilder("0");
                for (int p = 0; p < parts.size(); p++) {
                    if (parts.get(p).option() != i) {
                        continue;
                    }
                    int c = monthCol(p);
                    if (t > 0) {
                        interest.append("+SUM(").append(g.range(monthRow((t - 1) * 12 + 1), c + INTEREST, monthRow(t * 12), c + INTEREST)).append(')');
                        principal.append("+SUM(").append(g.range(monthRow((t - 1) * 12 + 1), c + PRINCIPAL, monthRow(t * 12), c + PRINCIPAL)).append(')');
                    }
                    balance.append('+').append(g.ref(monthRow(t * 12), c + BALANCE));
                }
                if (t > 0) {
                    g.formula(r, yearCol(i) + INTEREST, interest.toString(), st.euro);
                    g.formula(r, yearCol(i) + PRINCIPAL, principal.toString(), st.euro);
                }
                g.formula(r, yearCol(i) + BALANCE, balance.toString(), st.euro);
            }
        }
    }

    /** Each part's months: interest on the balance, principal by its repayment, the last payment leaving the balloon. */
    private void monthTable() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(monthHead(), 0, l.t("Maand", "Month"), st.header);
        String[] head = {l.t("Rente", "Interest"), l.t("Aflossing", "Principal"), l.t("Restschuld", "Balance")};
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            for (int c = 0; c < WIDTH; c++) {
                g.text(monthHead(), monthCol(p) + c, b.letter(part.option()) + " " + part.k() + ": " + head[c], st.header);
            }
        }
        g.tallRow(monthHead());
        for (int k = 0; k <= b.horizon * 12; k++) {
            g.value(monthRow(k), 0, k, st.whole);
        }
        for (int p = 0; p < parts.size(); p++) {
            int pr = paramRow(p);
            int c = monthCol(p);
            String drawn = Grid.abs(pr, P_DRAWN);
            String months = Grid.abs(pr, P_MONTHS);
            String fixed = Grid.abs(pr, P_FIXED);
            boolean annuity = parts.get(p).input().repayment() == RepaymentType.ANNUITY;
            g.formula(monthRow(0), c + BALANCE, drawn, st.euro);
            for (int k = 1; k <= b.horizon * 12; k++) {
                int r = monthRow(k);
                String month = Grid.local(r, 0);
                String before = Grid.local(r - 1, c + BALANCE);
                String interest = Grid.local(r, c + INTEREST);
                g.formula(r, c + INTEREST, before + "*IF(" + month + ">" + fixed + "," + Grid.abs(pr, P_REFINANCE_RATE) + ","
                        + Grid.abs(pr, P_RATE) + ")/12", st.euro);
                String repaid = annuity
                        ? "IF(" + month + ">" + fixed + "," + Grid.abs(pr, P_AFTER_FIXED) + "," + drawn + "*" + Grid.abs(pr, P_ANNUITY) + ")-" + interest
                        : drawn + "*(1-" + Grid.abs(pr, P_BALLOON) + ")/" + months;
                g.formula(r, c + PRINCIPAL, "IF(" + month + ">" + months + ",0,IF(" + month + "=" + months + "," + before + "-"
                        + drawn + "*" + Grid.abs(pr, P_BALLOON) + "," + repaid + "))", st.euro);
                String balance = before + "-" + Grid.local(r, c + PRINCIPAL);
                g.formula(r, c + BALANCE, "IF(ABS(" + balance + ")<0.000001,0," + balance + ")", st.euro);
            }
        }
    }

}
