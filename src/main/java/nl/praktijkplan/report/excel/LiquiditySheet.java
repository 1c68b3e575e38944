package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.Relocation;

/**
 * Liquiditeit: the liquidity forecast of every option (LiquidityForecast), one row per month from the decision to the
 * horizon, one block of columns per option. The opening cash and each option's relocation months and costs are
 * inputs on this sheet; the investment, loan, equity, contributions, CFADS and debt service come from the other
 * sheets. Month 1 is the first month after the decision; the move is at month construction months + 1, the first
 * month of plan year 1. The rows run to the end of the horizon for the construction months of the case.
 */
final class LiquiditySheet {

    static final int OPENING_CASH_ROW = 2;
    /** Rows of each option's block above its months. */
    static final int NAME = 4, CONSTRUCTION = 5, OVERLAP = 6, MOVING = 7, CONTRIBUTIONS_MONTH = 8, MOVE = 9,
            PAID_AT_START = 10, WORKS = 11, LOAN = 12, EQUITY = 13, CONTRIBUTIONS = 14, LOWEST = 15, LOWEST_MONTH = 16,
            BUFFER = 17, MEETS_BUFFER = 18, HEAD = 20;
    /** Columns of a month within an option's block. */
    static final int MONTH = 0, YEAR = 1, OPENING = 2, OPERATING = 3, EQUITY_IN = 4, DRAWS = 5, FROM_DEPOSIT = 6,
            PAID_OUT = 7, INTEREST = 8, INTEREST_FROM_DEPOSIT = 9, FROM_CASH = 10, RELEASED = 11, DEPOSIT = 12,
            OLD_HOUSING = 13, MOVING_COSTS = 14, CONTRIBUTIONS_IN = 15, DEBT_SERVICE = 16, CLOSING = 17;
    /** The column of the block's inputs and results, right of labels that run over the first columns. */
    static final int VALUE = 5;
    private static final int WIDTH = 19;

    private final Book b;
    private final Grid g;

    LiquiditySheet(Book book) {
        this.b = book;
        this.g = book.liquidity;
    }

    /** The row of month {@code m} (1-based). */
    static int row(int m) {
        return HEAD + m;
    }

    static int col(int option, int column) {
        return option * WIDTH + column;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Liquiditeitsbegroting per maand", "Cash-flow forecast per month"), st.title);
        g.text(1, 0, l.t("Maand 1 is de eerste maand na het besluit; verhuizing in maand bouwmaanden + 1 (het begin van planjaar 1). "
                        + "Gele cellen zijn invoer. Eigen geld en lening gaan in maand 1 naar het bouwdepot; betalingen gaan uit het depot "
                        + "zolang het geld bevat, daarna uit de kas. Bouwrente: maandrente over het uitbetaalde deel van de lening. "
                        + "Vóór de verhuizing betaalt de praktijk rente en aflossing van de bestaande leningen die doorlopen. "
                        + "De rijen lopen tot het eind van de looptijd bij de bouwmaanden van de casus: exporteer opnieuw na het wijzigen daarvan.",
                "Month 1 is the first month after the decision; the move is in month construction months + 1 (the start of plan year 1). "
                        + "Yellow cells are inputs. Own money and the loan go into the construction deposit in month 1; payments come out of "
                        + "the deposit while it holds money, then out of cash. Construction interest: the monthly rate on the loan paid out. "
                        + "Before the move the practice pays interest and principal on the existing loans that run on. "
                        + "The rows run to the end of the horizon for the case's construction months: export again after changing them."));
        g.text(OPENING_CASH_ROW, 0, l.t("Beginsaldo liquide middelen", "Opening cash"));
        g.value(OPENING_CASH_ROW, VALUE, b.result.input().financing().openingCash(), st.inputEuro);
        for (int i = 0; i < b.optionCount(); i++) {
            block(i);
        }
        g.sheet.createFreezePane(0, HEAD + 1);
        g.pagesWide = (short) b.optionCount(); // one option's block a page wide
    }

    private OptionResult result(int i) {
        return i == 0 ? b.result.stay() : b.result.options().get(i - 1);
    }

    private void block(int i) {
        Lang l = b.lang;
        var st = g.styles;
        Relocation rel = b.option(i).relocation();
        int c0 = col(i, 0);
        int v = c0 + VALUE;
        g.text(NAME, c0, b.optionName(i), st.header);
        g.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(NAME, NAME, c0, c0 + CLOSING));
        label(i, CONSTRUCTION, l.t("Bouw- of inrichtingsmaanden", "Construction or fit-out months"));
        g.value(CONSTRUCTION, v, rel.constructionMonths(), st.inputNumber);
        label(i, OVERLAP, l.t("Maanden dubbele huisvesting", "Months of double housing"));
        g.value(OVERLAP, v, rel.overlapMonths(), st.inputNumber);
        label(i, MOVING, l.t("Verhuiskosten", "Moving costs"));
        g.value(MOVING, v, rel.movingCosts(), st.inputEuro);
        label(i, CONTRIBUTIONS_MONTH, l.t("Maand van de bijdragen", "Month of the contributions"));
        g.value(CONTRIBUTIONS_MONTH, v, rel.contributionsMonth(), st.inputNumber);

        String construction = Grid.abs(CONSTRUCTION, v);
        String move = Grid.abs(MOVE, v);
        label(i, MOVE, l.t("Verhuismaand", "Month of the move"));
        g.formula(MOVE, v, "MAX(0," + construction + ")+1", st.whole);
        int ic = InvestmentSheet.col(i);
        label(i, PAID_AT_START, l.t("Maand 1: koopsom, belasting, grond, kosten koper, provisie, afgeloste leningen",
                "Month 1: price, tax, land, buyer's costs, fee, loans paid off"));
        g.formula(PAID_AT_START, v, b.investment.ref(InvestmentSheet.PRICE, ic) + "+" + b.investment.ref(InvestmentSheet.TRANSFER, ic)
                + "+" + b.investment.ref(InvestmentSheet.LAND, ic) + "+" + b.investment.ref(InvestmentSheet.BUYER, ic)
                + "+" + b.financing.ref(FinancingSheet.FEE, FinancingSheet.col(i))
                + "+" + b.financing.ref(FinancingSheet.REFINANCED, FinancingSheet.col(i)), st.euro);
        label(i, WORKS, l.t("Werken en btw, gespreid over de bouwmaanden", "Works and VAT, over the construction months"));
        g.formula(WORKS, v, "(" + b.investment.ref(InvestmentSheet.CONSTRUCTION, ic) + "+" + b.investment.ref(InvestmentSheet.MEDICAL, ic)
                + "+" + b.investment.ref(InvestmentSheet.RENOVATION, ic) + "+" + b.investment.ref(InvestmentSheet.FIT_OUT, ic)
                + "+" + b.investment.ref(InvestmentSheet.TENANT, ic) + ")+" + b.investment.ref(InvestmentSheet.VAT, ic), st.euro);
        PartsSheet parts = new PartsSheet(b);
        String mainLoan = b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(i));
        label(i, LOAN, parts.has(i) ? l.t("Lening en leningdelen (naar het bouwdepot)", "Loan and loan parts (into the deposit)")
                : l.t("Lening (naar het bouwdepot)", "Loan (into the deposit)"));
        g.formula(LOAN, v, mainLoan + (parts.has(i) ? "+" + parts.drawn(i) : ""), st.euro);
        label(i, EQUITY, l.t("Eigen geld (naar het bouwdepot)", "Own money (into the deposit)"));
        g.formula(EQUITY, v, b.financing.ref(FinancingSheet.EQUITY_USED, FinancingSheet.col(i)), st.euro);
        label(i, CONTRIBUTIONS, l.t("Subsidies en bijdrage zorgverzekeraar", "Grants and insurer contribution"));
        g.formula(CONTRIBUTIONS, v, b.financing.ref(FinancingSheet.CONTRIBUTIONS, FinancingSheet.col(i)), st.euro);

        int months = result(i).liquidity().months().size();
        int first = row(1);
        int last = row(months);
        String closingRange = range(first, c0 + CLOSING, last, c0 + CLOSING);
        label(i, LOWEST, l.t("Laagste saldo einde maand", "Lowest month-end balance"));
        g.formula(LOWEST, v, "MIN(" + closingRange + ")", st.euro);
        label(i, LOWEST_MONTH, l.t("Maand van het laagste saldo", "Month of the lowest balance"));
        g.formula(LOWEST_MONTH, v, "INDEX(" + range(first, c0 + MONTH, last, c0 + MONTH) + ",MATCH(" + Grid.abs(LOWEST, v) + ","
                + closingRange + ",0))", st.whole);
        Grid op0 = b.operating.get(0);
        Grid op = b.operating.get(i);
        int y1 = OperatingSheet.row(1);
        label(i, BUFFER, l.t("Buffernorm: maanden × (kosten + rente en aflossing) / 12", "Buffer norm: months × (costs + debt service) / 12"));
        g.formula(BUFFER, v, InputSheet.a(AssumptionKeys.LIQUIDITY_BUFFER_MONTHS) + "*((" + op.ref(y1, OperatingSheet.GP_LABOUR) + "+"
                + op.ref(y1, OperatingSheet.OTHER) + "+" + op.ref(y1, OperatingSheet.HOUSING) + "+"
                + op.ref(y1, OperatingSheet.DEBT_SERVICE) + ")/12)", st.euro);
        label(i, MEETS_BUFFER, l.t("Saldo blijft boven de buffernorm", "Balance stays above the buffer norm"));
        g.formula(MEETS_BUFFER, v, "IF(" + Grid.abs(LOWEST, v) + ">=" + Grid.abs(BUFFER, v) + ",\"" + l.t("ja", "yes") + "\",\""
                + l.t("nee", "no") + "\")", st.text);

        String[] head = {l.t("Maand", "Month"), l.t("Planjaar", "Plan year"), l.t("Saldo begin", "Opening"),
                l.t("Exploitatie (CFADS/12)", "Operations (CFADS/12)"), l.t("Eigen geld naar depot", "Own money to deposit"),
                l.t("Betalingen investering", "Investment payments"), l.t("Uit depot", "From deposit"),
                l.t("Uitbetaald uit depot (cum.)", "Paid from deposit (cum.)"), l.t("Bouwrente", "Construction interest"),
                l.t("Bouwrente uit depot", "Interest from deposit"), l.t("Investering uit kas", "Investment from cash"),
                l.t("Vrijval depot", "Deposit released"), l.t("Bouwdepot eind", "Deposit end"),
                l.t("Oude huisvesting", "Old premises"), l.t("Verhuiskosten", "Moving costs"), l.t("Bijdragen", "Contributions"),
                l.t("Rente en aflossing", "Debt service"), l.t("Saldo eind", "Closing balance")};
        for (int k = 0; k < head.length; k++) {
            g.text(HEAD, c0 + k, head[k], st.header);
            g.sheet.setColumnWidth(c0 + k, (k <= 1 ? 9 : 14) * 256);
        }
        g.sheet.setColumnWidth(c0 + WIDTH - 1, 3 * 256);
        g.tallRow(HEAD);

        int h = b.horizon;
        String cfads = op.range(OperatingSheet.row(1), OperatingSheet.CFADS, OperatingSheet.row(h), OperatingSheet.CFADS);
        String ds = op.range(OperatingSheet.row(1), OperatingSheet.DEBT_SERVICE, OperatingSheet.row(h), OperatingSheet.DEBT_SERVICE);
        String cfadsBefore = op0.ref(y1, OperatingSheet.CFADS);
        // Before the move the practice pays the year-1 debt service of the existing loans that this option keeps.
        String debtServiceBeforeMove = new DebtSheet(b).debtService(i, 1);
        String oldHousing = op0.ref(y1, OperatingSheet.HOUSING);
        String loan = Grid.abs(LOAN, v);
        String equity = Grid.abs(EQUITY, v);
        // Interest during construction at the rate of all new lending together: the loan's and the parts' own rates.
        String rate = parts.has(i) ? "IF(" + loan + ">0,(" + mainLoan + "*d_monthlyRate+" + parts.firstMonthInterest(i) + ")/" + loan
                + ",d_monthlyRate)" : "d_monthlyRate";
        String spread = "MAX(1," + construction + ")";
        for (int m = 1; m <= months; m++) {
            int r = row(m);
            String mc = cell(r, c0 + MONTH);
            String year = cell(r, c0 + YEAR);
            String avail = (m == 1 ? "(" + equity + "+" + loan + ")" : cell(r - 1, c0 + DEPOSIT));
            g.value(r, c0 + MONTH, m, st.whole);
            g.formula(r, c0 + YEAR, "IF(" + mc + "<" + move + ",0,INT((" + mc + "-" + move + ")/12)+1)", st.whole);
            g.formula(r, c0 + OPENING, m == 1 ? Grid.abs(OPENING_CASH_ROW, VALUE) : cell(r - 1, c0 + CLOSING), st.euro);
            g.formula(r, c0 + OPERATING, "IF(" + year + "=0," + cfadsBefore + ",INDEX(" + cfads + "," + year + "))/12", st.euro);
            g.formula(r, c0 + EQUITY_IN, m == 1 ? equity : "0", st.euro);
            g.formula(r, c0 + DRAWS, (m == 1 ? Grid.abs(PAID_AT_START, v) : "0") + "+IF(" + mc + "<=" + spread + "," + Grid.abs(WORKS, v)
                    + "/" + spread + ",0)", st.euro);
            g.formula(r, c0 + FROM_DEPOSIT, "MIN(" + avail + "," + cell(r, c0 + DRAWS) + ")", st.euro);
            g.formula(r, c0 + PAID_OUT, (m == 1 ? "" : "(" + cell(r - 1, c0 + PAID_OUT) + "+" + cell(r - 1, c0 + INTEREST_FROM_DEPOSIT) + ")+")
                    + cell(r, c0 + FROM_DEPOSIT), st.euro);
            g.formula(r, c0 + INTEREST, "IF(" + mc + "<=" + construction + ",MIN(" + loan + ",MAX(0," + cell(r, c0 + PAID_OUT) + "-"
                    + equity + "))*" + rate + ",0)", st.euro);
            String left = avail + "-" + cell(r, c0 + FROM_DEPOSIT);
            g.formula(r, c0 + INTEREST_FROM_DEPOSIT, "MIN(" + left + "," + cell(r, c0 + INTEREST) + ")", st.euro);
            g.formula(r, c0 + FROM_CASH, "(" + cell(r, c0 + DRAWS) + "-" + cell(r, c0 + FROM_DEPOSIT) + ")+(" + cell(r, c0 + INTEREST) + "-"
                    + cell(r, c0 + INTEREST_FROM_DEPOSIT) + ")", st.euro);
            String after = left + "-" + cell(r, c0 + INTEREST_FROM_DEPOSIT);
            g.formula(r, c0 + RELEASED, "IF(" + mc + "=" + move + "," + after + ",0)", st.euro);
            g.formula(r, c0 + DEPOSIT, "IF(" + mc + "=" + move + ",0," + after + ")", st.euro);
            g.formula(r, c0 + OLD_HOUSING, "IF(AND(" + mc + ">=" + move + "," + mc + "<" + move + "+MAX(0," + Grid.abs(OVERLAP, v) + ")),"
                    + oldHousing + "/12,0)", st.euro);
            g.formula(r, c0 + MOVING_COSTS, "IF(" + mc + "=" + move + "," + Grid.abs(MOVING, v) + ",0)", st.euro);
            g.formula(r, c0 + CONTRIBUTIONS_IN, "IF(" + mc + "=MIN(" + construction + "+12*" + h + ",MAX(1," + Grid.abs(CONTRIBUTIONS_MONTH, v)
                    + "))," + Grid.abs(CONTRIBUTIONS, v) + ",0)", st.euro);
            g.formula(r, c0 + DEBT_SERVICE, "IF(" + year + "=0," + debtServiceBeforeMove + ",INDEX(" + ds + "," + year + "))/12", st.euro);
            g.formula(r, c0 + CLOSING, cell(r, c0 + OPENING) + "+" + cell(r, c0 + OPERATING) + "-" + cell(r, c0 + EQUITY_IN) + "-"
                    + cell(r, c0 + FROM_CASH) + "+" + cell(r, c0 + RELEASED) + "-" + cell(r, c0 + OLD_HOUSING) + "-"
                    + cell(r, c0 + MOVING_COSTS) + "+" + cell(r, c0 + CONTRIBUTIONS_IN) + "-" + cell(r, c0 + DEBT_SERVICE), st.euro);
        }
    }

    private void label(int option, int row, String text) {
        g.text(row, col(option, 0), text);
    }


    private static String cell(int row, int col) {
        return Grid.local(row, col);
    }

    private static String range(int r1, int c1, int r2, int c2) {
        return Grid.abs(r1, c1) + ":" + Grid.abs(r2, c2);
    }
}
