package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import org.apache.poi.ss.usermodel.CellStyle;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * Financiering: loan capacity per option (OptionCalculator.financing and collateralLimit), the loan terms as
 * derived constants (LoanTerms), and DSCR and LTV per year. Max loan by cash flow = CFADS₁ / DSCR_min divided by
 * the first year's debt service per euro of loan, which is linear in the loan for both repayment types.
 */
final class FinancingSheet {

    static final int CFADS1 = 3, DSCR_MIN = 4, MAX_DEBT_SERVICE = 5, MAX_BY_CASH_FLOW = 6, SECURED = 7, MAX_BY_COLLATERAL = 8,
            MAX_LOAN = 9, REFINANCED = 10, USES = 11, CONTRIBUTIONS = 12, NEED = 13, LOAN = 14, GUARANTEED = 15, FEE = 16,
            EQUITY_USED = 17, GAP = 18, DSCR1 = 19, DSCR_WORST = 20, LTV1 = 21, PARTS = 22;
    private static final int TERMS = 23;
    static final int YEAR_HEAD = 32;

    private final Book b;
    private final Grid g;
    private final BusinessCase bc;

    FinancingSheet(Book book) {
        this.b = book;
        this.g = book.financing;
        this.bc = book.result.input();
    }

    static int col(int option) {
        return 1 + option;
    }

    static int yearRow(int t) {
        return YEAR_HEAD + t;
    }

    /**
     * The loan terms, named before other sheets use them: d_monthlyRate and d_refinanceMonthlyRate, and per option i
     * (one column each, as OptionCalculator.loanTerms) the term in months, the fixed-rate months, the monthly annuity per
     * euro and the first year's interest and debt service per euro ({@link #term}). A building is lent over the loan
     * term; a tenant's fit-out over at most the fit-out term and not beyond the lease.
     */
    void loanTerms() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(TERMS, 0, l.t("Leenvoorwaarden nieuwe lening (afgeleid)", "Terms of the new loan (derived)"), st.header);
        global(TERMS + 1, "d_monthlyRate", l.t("Maandrente (jaarrente / 12)", "Monthly rate (yearly rate / 12)"),
                InputSheet.LOAN_RATE + "/12", st.percent);
        global(TERMS + 2, "d_refinanceMonthlyRate", l.t("Maandrente na de rentevaste periode", "Monthly rate after the fixed-rate period"),
                InputSheet.REFINANCE_RATE + "/12", st.percent);
        g.text(TERMS + 3, 0, l.t("Looptijd in maanden (huurpand: inrichting, hoogstens tot het eind van het huurcontract)",
                "Term in months (rented premises: fit-out, at most to the end of the lease)"));
        g.text(TERMS + 4, 0, l.t("Rentevaste maanden", "Fixed-rate months"));
        g.text(TERMS + 5, 0, l.t("Maandtermijn annuïteit per euro lening", "Monthly annuity per euro of loan"));
        g.text(TERMS + 6, 0, l.t("Rente jaar 1 per euro lening", "Year-1 interest per euro of loan"));
        g.text(TERMS + 7, 0, l.t("Schuldendienst jaar 1 per euro lening", "Year-1 debt service per euro of loan"));
        boolean annuity = bc.financing().repayment() == RepaymentType.ANNUITY;
        String years = "ROUND(" + a(AssumptionKeys.LOAN_TERM) + ",0)";
        for (int i = 0; i < b.optionCount(); i++) {
            String termYears = years;
            if (b.option(i).type() == OptionType.RENT) {
                String lease = "ROUND(" + InputSheet.o(i, "leaseYears") + ",0)";
                termYears = "MIN(" + years + ",ROUND(" + a(AssumptionKeys.FIT_OUT_LOAN_TERM) + ",0),IF(" + lease + ">0," + lease + ","
                        + years + "))";
            }
            String months = term(i, "termMonths");
            perOption(TERMS + 3, i, months, termYears + "*12", st.whole);
            perOption(TERMS + 4, i, term(i, "fixedMonths"), "MIN(ROUND(" + a(AssumptionKeys.FIXED_RATE_YEARS) + ",0)*12," + months + ")",
                    st.whole);
            String payment = term(i, "annuityPerEuro");
            perOption(TERMS + 5, i, payment, annuityPerEuro(months), st.fine);
            String interest = term(i, "interest1PerEuro");
            perOption(TERMS + 6, i, interest, interestYear1(payment, months, annuity), st.fine);
            perOption(TERMS + 7, i, term(i, "ds1PerEuro"), debtServiceYear1(payment, months, interest, annuity), st.fine);
        }
    }

    /** The name of a loan term of option {@code i}: d1_termMonths, d1_fixedMonths, d1_annuityPerEuro, d1_interest1PerEuro, d1_ds1PerEuro. */
    static String term(int option, String field) {
        return "d" + option + "_" + field;
    }

    /**
     * Interest of the first 12 months per euro. Annuity: 12 payments less the principal repaid, 1 − B₁₂, with
     * B₁₂ = (1+m)¹² − p·((1+m)¹² − 1)/m (without interest 1 − 12p). Linear: m·(12 − 66·step), step = (1 − b)/N.
     */
    private static String interestYear1(String payment, String months, boolean annuity) {
        if (!annuity) {
            return "d_monthlyRate*(12-66*((1-i_balloon)/" + months + "))";
        }
        String balance12 = "IF(d_monthlyRate=0,1-12*" + payment + ",(1+d_monthlyRate)^12-" + payment
                + "*((1+d_monthlyRate)^12-1)/d_monthlyRate)";
        return "12*" + payment + "-(1-" + balance12 + ")";
    }

    private static String debtServiceYear1(String payment, String months, String interest, boolean annuity) {
        return annuity ? "12*" + payment : "12*((1-i_balloon)/" + months + ")+" + interest;
    }

    /** Annuity per euro leaving balloon b: (1 − b·(1+m)^−N)·m / (1 − (1+m)^−N); without interest (1 − b)/N. */
    private static String annuityPerEuro(String months) {
        return Grid.annuity("1", "i_balloon", "d_monthlyRate", months);
    }

    /**
     * A financing figure of option {@code i}: the agreed plan's when the stress switch on Invoer holds it, else as the
     * bank sizes it. The current premises have no plan.
     */
    private String held(int i, String plan, String sized) {
        return i == 0 ? sized : "IF(" + InputSheet.S_HOLD + "=\"" + InputSheet.holdWord(b.lang) + "\"," + plan + "," + sized + ")";
    }

    private void global(int r, String name, String label, String formula, CellStyle style) {
        g.text(r, 0, label);
        g.formula(r, 1, formula, style);
        name(name, r, 1);
    }

    private void perOption(int r, int i, String name, String formula, CellStyle style) {
        g.formula(r, col(i), formula, style);
        name(name, r, col(i));
    }

    private void name(String name, int r, int c) {
        var n = b.wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(g.ref(r, c));
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Financiering: leencapaciteit, lening en financieringstekort", "Financing: borrowing capacity, loan and financing gap"), st.title);
        g.text(2, 0, "", st.header);
        String[] labels = {
                l.t("CFADS jaar 1 (resultaat voor rente en afschrijving − belasting − privé)", "CFADS year 1 (result before interest and depreciation − tax − drawings)"),
                l.t("Minimale DSCR", "Minimum DSCR"),
                l.t("Maximale schuldendienst per jaar", "Maximum debt service per year"),
                l.t("Max. lening op kasstroom (rente aftrekbaar; zie Leencapaciteit)", "Max. loan by cash flow (interest deductible; see Borrowing capacity)"),
                l.t("LTV-norm × marktwaarde", "LTV norm × market value"),
                l.t("Max. lening op onderpand (incl. BMKB)", "Max. loan by collateral (incl. BMKB)"),
                l.t("Maximale lening", "Maximum loan"),
                l.t("Bestaande leningen afgelost uit de nieuwe financiering (herfinanciering)",
                        "Existing loans paid off from the new financing (refinancing)"),
                l.t("Te financieren: investering en af te lossen leningen", "To finance: investment and loans paid off"),
                l.t("Bijdragen van derden", "Contributions of others"),
                l.t("Financieringsbehoefte na eigen geld, bijdragen en leningdelen (rij hieronder)",
                        "Need after equity, contributions and loan parts (row below)"),
                l.t("Lening", "Loan"),
                l.t("BMKB-geborgd deel", "BMKB guaranteed part"),
                l.t("BMKB-provisie", "BMKB fee"),
                l.t("Eigen vermogen ingezet", "Equity used"),
                l.t("Financieringstekort", "Financing gap"),
                l.t("DSCR jaar 1", "DSCR year 1"),
                l.t("Laagste DSCR", "Lowest DSCR"),
                l.t("LTV jaar 1", "LTV year 1")};
        for (int k = 0; k < labels.length; k++) {
            g.text(CFADS1 + k, 0, labels[k], k == MAX_LOAN - CFADS1 || k == GAP - CFADS1 ? st.header : st.text);
        }
        g.text(PARTS, 0, l.t("Leningdelen naast de hoofdlening, opgenomen (zie Leningdelen)", "Loan parts alongside the main loan, drawn (see Loan parts)"));
        g.text(YEAR_HEAD, 0, l.t("Jaar", "Year"), st.header);
        for (int i = 0; i < b.optionCount(); i++) {
            g.text(2, col(i), b.optionName(i), st.header);
            option(i, b.option(i));
            g.text(YEAR_HEAD, 1 + 2 * i, "DSCR " + (i == 0 ? l.t("huidig", "current") : b.letter(i)), st.header);
            g.text(YEAR_HEAD, 2 + 2 * i, "LTV " + (i == 0 ? l.t("huidig", "current") : b.letter(i)), st.header);
            Grid op = b.operating.get(i);
            for (int t = 1; t <= b.horizon; t++) {
                int r = yearRow(t);
                if (i == 0) {
                    g.formula(r, 0, op.ref(OperatingSheet.row(t), OperatingSheet.CAL), st.year);
                }
                g.formula(r, 1 + 2 * i, op.ref(OperatingSheet.row(t), OperatingSheet.DSCR), st.decimal);
                g.formula(r, 2 + 2 * i, op.ref(OperatingSheet.row(t), OperatingSheet.LTV), st.percent);
            }
        }
        g.tallRow(2);
        g.tallRow(YEAR_HEAD);
        g.sheet.setColumnWidth(0, 62 * 256);
        for (int k = 1; k <= 2 * b.optionCount(); k++) {
            g.sheet.setColumnWidth(k, b.optionColumnChars(22) * 256);
        }
        g.sheet.createFreezePane(1, 3);
    }

    private void option(int i, HousingOption o) {
        var st = g.styles;
        int c = col(i);
        Grid op = b.operating.get(i);
        String investment = b.investment.ref(InvestmentSheet.TOTAL, InvestmentSheet.col(i));
        String total = Grid.local(USES, c);
        String value = b.investment.ref(InvestmentSheet.VALUE, InvestmentSheet.col(i));
        boolean owned = o.type().owned();
        boolean starter = bc.financing().starter();
        String share = a(starter ? AssumptionKeys.BMKB_STARTER_SHARE : AssumptionKeys.BMKB_SHARE);
        String max = a(starter ? AssumptionKeys.BMKB_STARTER_MAX : AssumptionKeys.BMKB_MAX);
        String ltv = a(AssumptionKeys.LTV_MAX);

        // The uses of funds (OptionCalculator.financing): the investment and the existing loans a move pays off.
        g.formula(REFINANCED, c, new DebtSheet(b).refinanced(i), st.euro);
        g.formula(USES, c, investment + "+" + Grid.local(REFINANCED, c), st.euro);
        g.formula(CFADS1, c, op.ref(OperatingSheet.row(1), OperatingSheet.CFADS), st.euro);
        g.formula(DSCR_MIN, c, a(AssumptionKeys.DSCR_MIN), st.decimal);
        g.formula(MAX_DEBT_SERVICE, c, "MAX(0," + Grid.local(CFADS1, c) + ")/" + Grid.local(DSCR_MIN, c), st.euro);
        // Interest is deductible, so the cash-flow limit depends on its own interest: solved on its own sheet.
        g.formula(MAX_BY_CASH_FLOW, c, new LoanCapacitySheet(b).result(i), st.euro);
        String maxLoan = Grid.local(MAX_BY_CASH_FLOW, c);
        // The loan parts (drawn at t = 0 before the loan) lend beside it and share its mortgage: they take their part of
        // the LTV norm.
        PartsSheet parts = new PartsSheet(b);
        g.formula(PARTS, c, parts.has(i) ? parts.drawn(i) : "0", st.euro);
        String partsDrawn = Grid.local(PARTS, c);
        if (owned) {
            String secured = Grid.local(SECURED, c);
            g.formula(SECURED, c, "MAX(0," + ltv + "*" + value + "-" + partsDrawn + ")", st.euro);
            // With BMKB the guaranteed part may exceed the collateral: L ≤ LTV·V / (1 − share) while share·L ≤ max.
            g.formula(MAX_BY_COLLATERAL, c, bc.financing().useBmkb()
                    ? "IF(" + share + "*(" + secured + "/(1-" + share + "))<=" + max + "," + secured + "/(1-" + share + ")," + secured + "+" + max + ")"
                    : secured, st.euro);
            maxLoan = "MIN(" + maxLoan + "," + Grid.local(MAX_BY_COLLATERAL, c) + ")";
        }
        g.formula(MAX_LOAN, c, "IF(" + total + "=0,0," + maxLoan + ")", st.euro);
        if (i > 0) {
            g.formula(CONTRIBUTIONS, c, InputSheet.o(i, "insurer") + "+" + InputSheet.o(i, "municipality") + "+"
                    + InputSheet.o(i, "otherContribution"), st.euro);
        }
        String contributions = Grid.local(CONTRIBUTIONS, c);
        String loan = Grid.local(LOAN, c);
        String fee = Grid.local(FEE, c);
        g.formula(NEED, c, "MAX(0," + total + "-" + contributions + "-i_equity-" + partsDrawn + ")", st.euro);
        // RVO's fee by the guarantee's term in quarters; the guarantee runs as long as the loan, at most 12 years for
        // a building and 6 for other credit.
        String quarters = "4*MIN(" + term(i, "termMonths") + "/12,"
                + a(owned ? AssumptionKeys.BMKB_YEARS_REAL_ESTATE : AssumptionKeys.BMKB_YEARS_OTHER) + ")";
        String feeRate = "IF(" + quarters + "<=8," + a(AssumptionKeys.BMKB_FEE_UP_TO_8_QUARTERS) + ",IF(" + quarters + "<=24,"
                + a(AssumptionKeys.BMKB_FEE_9_TO_24_QUARTERS) + "," + a(AssumptionKeys.BMKB_FEE_25_TO_48_QUARTERS) + "))";
        if (bc.financing().useBmkb()) {
            // As the engine: the guarantee covers the loan with its fee, the fixed point G = g(need + fee rate × G),
            // the smallest of its branches' fixed points; a capped loan takes the guarantee of the cap.
            String need = Grid.local(NEED, c);
            String collateral = owned ? Grid.local(SECURED, c) : "0";
            String fixedPoint = "MAX(0,MIN((" + need + "-" + collateral + ")/(1-" + feeRate + ")," + share + "*" + need + "/(1-"
                    + share + "*" + feeRate + ")," + max + "))";
            String withFee = "MIN(" + Grid.local(MAX_LOAN, c) + "," + need + "+" + feeRate + "*" + fixedPoint + ")";
            g.formula(GUARANTEED, c, held(i, InputSheet.plan(i, "Guaranteed"),
                    "MIN(MAX(0," + withFee + "-" + collateral + "),MIN(" + share + "*" + withFee + "," + max + "))"), st.euro);
        }
        g.formula(FEE, c, held(i, InputSheet.plan(i, "Fee"), Grid.local(GUARANTEED, c) + "*" + feeRate), st.euro);
        g.formula(LOAN, c, held(i, InputSheet.plan(i, "Loan"), "MIN(" + Grid.local(MAX_LOAN, c) + ",MAX(0," + total + "+" + fee + "-"
                + contributions + "-i_equity-" + partsDrawn + "))"), st.euro);
        // On the agreed plan (OptionCalculator.computeOnPlan) the plan's own money is a source beside its parts and loan.
        String equity = InputSheet.plan(i, "Equity");
        g.formula(EQUITY_USED, c, held(i, "MIN(" + equity + ",MAX(0," + total + "+" + fee + "-" + contributions + "-" + partsDrawn + "-"
                + loan + "))", "MIN(i_equity,MAX(0," + total + "+" + fee + "-" + contributions + "-" + partsDrawn + "-" + loan + "))"), st.euro);
        g.formula(GAP, c, held(i, "MAX(0," + total + "+" + fee + "-" + contributions + "-" + equity + "-" + partsDrawn + "-" + loan + ")",
                "MAX(0," + total + "+" + fee + "-" + contributions + "-i_equity-" + partsDrawn + "-" + Grid.local(MAX_LOAN, c) + ")"), st.euro);
        g.formula(DSCR1, c, op.ref(OperatingSheet.row(1), OperatingSheet.DSCR), st.decimal);
        String dscrs = op.range(OperatingSheet.row(1), OperatingSheet.DSCR, OperatingSheet.row(b.horizon), OperatingSheet.DSCR);
        g.formula(DSCR_WORST, c, "IF(COUNT(" + dscrs + ")=0,\"\",MIN(" + dscrs + "))", st.decimal);
        g.formula(LTV1, c, op.ref(OperatingSheet.row(1), OperatingSheet.LTV), st.percent);
    }
}
