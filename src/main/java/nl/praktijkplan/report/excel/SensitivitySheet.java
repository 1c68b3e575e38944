package nl.praktijkplan.report.excel;

import java.util.List;

import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.analysis.StressFigures;
import nl.praktijkplan.domain.analysis.StressTest;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Gevoeligheid / Sensitivity: per option the stress scenarios on the agreed financing (DOMAIN rule 8: the base loan
 * stays; lowest DSCR in and after the fixed-rate period, cash shortfall, gap, verdict), then the tornado values on the
 * same agreed financing. These are values, not formulas: each is an output of the calculation engine re-run on the
 * case with one thing changed; the sheet says so. Beside each stress row stands how the stress switch on Invoer
 * reproduces it, and under each stress table a live row shows what the workbook computes with the switch as set. Each
 * tornado bar likewise states the settings for its low and its high end, and the tornado's header row holds its output
 * live ("Nu in de werkmap").
 */
final class SensitivitySheet {

    /** Row offsets in an option's stress block: the first scenario row after the block's first row. */
    static final int FIRST_SCENARIO = 2;
    /** Columns of the live row and the switch settings. */
    static final int LOAN = 1, DSCR_FIXED = 2, DSCR_AFTER = 3, CASH_SHORTFALL = 4, GAP = 5, VERDICT = 6, SETTINGS = 7;
    /** Columns of a tornado table: its header row's live output, and each bar's switch settings for low and for high. */
    static final int TORNADO_LIVE = 4, SETTINGS_LOW = 7, SETTINGS_HIGH = 8;

    private final Book b;
    private final Grid g;
    private final Lang l;
    private final BusinessCaseResult result;

    SensitivitySheet(Book book) {
        this.b = book;
        this.g = new Grid(book.wb.createSheet(book.lang.t("Gevoeligheid", "Sensitivity")), book.styles);
        this.l = book.lang;
        this.result = book.result;
    }

    Grid grid() {
        return g;
    }

    void write() {
        var st = g.styles;
        BusinessCase c = result.input();
        g.text(0, 0, l.t("Gevoeligheid (tornado) per optie", "Sensitivity (tornado) per option"), st.title);
        g.text(1, 0, l.t("De tabellen zijn uitkomsten van het rekenmodel (waarden), opnieuw doorgerekend met telkens één scenario of één factor laag of hoog, op de afgesproken financiering (lening, looptijd, eigen geld en bijdragen van het basisscenario blijven staan); elke regel rekent de werkmap live na met de stresstoets op Invoer.",
                "The tables are outputs of the calculation engine (values), re-run with one scenario or one factor low or high at a time, on the agreed financing (the base case's loan, term, own money and contributions stay); the workbook recomputes every row live with the stress test on Inputs."));
        g.text(2, 0, l.t("Narekenen: zet op Invoer (sectie 'Stresstoets op het afgesproken plan') wat naast een stressregel of tornadobalk staat; 'Nu in de werkmap' rekent dan live en hoort gelijk te zijn aan die uitkomst van het rekenmodel.",
                "To recompute: set on Inputs (section 'Stress test on the agreed plan') what stands beside a stress row or tornado bar; 'Now in the workbook' then computes live and should equal that output of the engine."));
        g.sheet.setColumnWidth(0, 42 * 256);
        for (int k = 1; k <= 6; k++) {
            g.sheet.setColumnWidth(k, 20 * 256);
        }
        g.sheet.setColumnWidth(SETTINGS, 70 * 256);
        g.sheet.setColumnWidth(SETTINGS_HIGH, 70 * 256);
        BusinessCaseEngine engine = new BusinessCaseEngine(result.assumptions().catalogue());
        SensitivityAnalysis analysis = new SensitivityAnalysis(engine);
        StressTest stress = new StressTest(engine);
        int row = 3;
        for (int i = 0; i < c.options().size(); i++) {
            row = stressTable(row, i + 1, c.options().get(i).name(), stress.run(result, i));
            for (AnalysisOutput out : new AnalysisOutput[] {AnalysisOutput.DSCR_FIXED_PERIOD, AnalysisOutput.FINANCING_GAP,
                    AnalysisOutput.NPV_BUY_MINUS_RENT}) {
                SensitivityAnalysis.Tornado t;
                try {
                    t = analysis.tornado(c, i, out, SensitivityAnalysis.Swing.defaults());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                boolean ratio = out.ratio();
                var style = ratio ? st.decimal : st.euro;
                g.text(row, 0, c.options().get(i).name() + " – " + l.t(out.labelNl(), out.labelEn()), st.header);
                g.tallRow(row);
                g.text(row, 1, l.t("Basis", "Base"), st.header);
                g.value(row, 2, t.baseOutput(), style);
                g.text(row, TORNADO_LIVE - 1, l.t("Nu in de werkmap (live)", "Now in the workbook (live)"), st.header);
                g.formula(row, TORNADO_LIVE, liveOutput(i + 1, out), style);
                row++;
                String[] head = {l.t("Factor", "Factor"), l.t("Verschuiving laag", "Shift low"), l.t("Verschuiving hoog", "Shift high"),
                        l.t("Uitkomst laag", "Output low"), l.t("Uitkomst hoog", "Output high"), l.t("Verschil laag", "Change low"),
                        l.t("Verschil hoog", "Change high"), l.t("Narekenen laag: zet op Invoer", "Recompute low: set on Inputs"),
                        l.t("Narekenen hoog: zet op Invoer", "Recompute high: set on Inputs")};
                for (int k = 0; k < head.length; k++) {
                    g.text(row, k, head[k], st.header);
                }
                g.tallRow(row);
                row++;
                for (SensitivityAnalysis.Bar b : t.bars()) {
                    String unit = b.driver().unit() == nl.praktijkplan.domain.analysis.Driver.ShiftUnit.PERCENTAGE_POINTS
                            ? " pp" : " %";
                    g.text(row, 0, l.t(b.driver().labelNl(), b.driver().labelEn()) + " (" + unit.trim() + ")");
                    g.value(row, 1, b.lowShift(), st.decimal);
                    g.value(row, 2, b.highShift(), st.decimal);
                    put(row, 3, b.lowOutput(), style);
                    put(row, 4, b.highOutput(), style);
                    // A DSCR changes in thousandths (−0,003 would read "-0,00" with two decimals).
                    put(row, 5, b.lowDelta(), ratio ? st.fine3 : style);
                    put(row, 6, b.highDelta(), ratio ? st.fine3 : style);
                    g.text(row, SETTINGS_LOW, StressSwitch.describe(b.driver(), b.lowShift(), l), g.styles.indented);
                    g.text(row, SETTINGS_HIGH, StressSwitch.describe(b.driver(), b.highShift(), l), g.styles.indented);
                    row++;
                }
                row++;
            }
        }
    }

    /** The stress scenarios of one option: a header row, column heads, one row per scenario; returns the next free row. */
    private int stressTable(int row, int option, String name, List<StressTest.Row> rows) {
        var st = g.styles;
        g.text(row, 0, name + " – " + l.t("Stresstoets op de afgesproken financiering", "Stress test on the agreed financing"), st.header);
        g.tallRow(row);
        // Beside the wrapped header, in plain text that may run on over the empty cells to its right.
        g.text(row++, 1, l.t("Uitkomsten van het rekenmodel (waarden), om mee te vergelijken", "The engine's results (values), to compare with"));
        String[] head = {l.t("Scenario", "Scenario"), l.t("Lening", "Loan"), l.t("Laagste DSCR rentevast", "Lowest DSCR fixed rate"),
                l.t("Laagste DSCR daarna", "Lowest DSCR after"), l.t("Kastekort", "Cash shortfall"),
                l.t("Financieringstekort", "Financing gap"), l.t("Oordeel", "Verdict"),
                l.t("Narekenen: zet op Invoer", "To recompute: set on Inputs")};
        for (int k = 0; k < head.length; k++) {
            g.text(row, k, head[k], st.header);
        }
        g.tallRow(row); // the heads wrap on two lines
        row++;
        for (StressTest.Row r : rows) {
            StressFigures f = r.figures();
            g.text(row, 0, l.t(r.labelNl(), r.labelEn()));
            g.value(row, 1, f.loan(), st.euro);
            put(row, 2, f.dscrMinFixedPeriod() == null ? Double.NaN : f.dscrMinFixedPeriod(), st.decimal);
            put(row, 3, f.dscrMinAfterFixed() == null ? Double.NaN : f.dscrMinAfterFixed(), st.decimal);
            g.value(row, 4, f.cashShortfall(), st.euro);
            g.value(row, 5, f.gap(), st.euro);
            g.text(row, 6, f.verdict().status().label(l.dutch()));
            g.text(row, SETTINGS, StressSwitch.describe(r.key(), result, l), g.styles.indented);
            row++;
        }
        live(row++, option);
        return row + 1;
    }

    /**
     * The live row under an option's stress table: the workbook's own figures with the stress switch as set on Invoer
     * (formulas, not values): loan, lowest DSCR in and after the fixed-rate period, gap and verdict.
     */
    private void live(int row, int option) {
        var st = g.styles;
        g.text(row, 0, l.t("Nu in de werkmap (live, stresstoets van Invoer)", "Now in the workbook (live, stress test of Inputs)"));
        g.formula(row, LOAN, b.financing.ref(FinancingSheet.LOAN, FinancingSheet.col(option)), st.euro);
        Grid op = b.operating.get(option);
        String first = op.ref(OperatingSheet.row(1), OperatingSheet.DSCR);
        String fixed = fixedYears();
        g.formula(row, DSCR_FIXED, dscrFixed(option), st.decimal);
        String after = "OFFSET(" + first + "," + fixed + ",0," + b.horizon + "-" + fixed + ",1)";
        g.formula(row, DSCR_AFTER, "IF(" + fixed + ">=" + b.horizon + ",\"–\",IF(COUNT(" + after + ")=0,\"–\",MIN(" + after + ")))",
                st.decimal);
        String running = op.range(OperatingSheet.row(1), OperatingSheet.CASH_AFTER_DEBT_SERVICE, OperatingSheet.row(b.horizon),
                OperatingSheet.CASH_AFTER_DEBT_SERVICE);
        g.formula(row, CASH_SHORTFALL, "MAX(0,-MIN(" + running + "))", st.euro);
        g.formula(row, GAP, b.financing.ref(FinancingSheet.GAP, FinancingSheet.col(option)), st.euro);
        g.formula(row, VERDICT, b.summary.ref(SummarySheet.VERDICT, SummarySheet.col(option)), st.text);
    }

    /** The years of the fixed-rate period within the horizon, as a formula. */
    private String fixedYears() {
        return "MIN(ROUND(" + InputSheet.a(AssumptionKeys.FIXED_RATE_YEARS) + ",0)," + b.horizon + ")";
    }

    /** The lowest DSCR in the fixed-rate period of option {@code option} (1-based), "–" when there is none. */
    private String dscrFixed(int option) {
        String first = b.operating.get(option).ref(OperatingSheet.row(1), OperatingSheet.DSCR);
        String fixed = fixedYears();
        String inFixed = "OFFSET(" + first + ",0,0," + fixed + ",1)";
        return "IF(" + fixed + "<1,\"–\",IF(COUNT(" + inFixed + ")=0,\"–\",MIN(" + inFixed + ")))";
    }

    /** A tornado's output of option {@code option} (1-based) as the workbook computes it with the switch as set. */
    private String liveOutput(int option, AnalysisOutput out) {
        return switch (out) {
            case DSCR_FIXED_PERIOD -> dscrFixed(option);
            case FINANCING_GAP -> b.financing.ref(FinancingSheet.GAP, FinancingSheet.col(option));
            case NPV_BUY_MINUS_RENT -> b.rentVsBuy.ref(RentVsBuySheet.NPV, RentVsBuySheet.col(option)) + "-"
                    + b.rentVsBuy.ref(RentVsBuySheet.NPV_RENT, RentVsBuySheet.col(option));
            default -> throw new IllegalArgumentException("No live formula for " + out);
        };
    }

    /** An engine value; a change below 10⁻⁹ is floating-point noise of an unchanged output and is written as 0 (not "-0,00"). */
    private void put(int r, int col, double v, org.apache.poi.ss.usermodel.CellStyle style) {
        if (Math.abs(v) < 1e-9) {
            v = 0;
        }
        if (Double.isNaN(v)) {
            g.text(r, col, "–");
        } else {
            g.value(r, col, v, style);
        }
    }
}
