package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.analysis.OptionComparison;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.analysis.StressFigures;
import nl.praktijkplan.domain.analysis.StressTest;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;

/**
 * Chapter "Risico's en gevoeligheid": the stress scenarios on the preferred option's agreed financing (DOMAIN rule 8:
 * the loan stays, the rows show the lowest DSCR, the cash shortfall and the gap), the options side by side (null
 * without options) and the tornado of the preferred option on the same agreed financing (null when its output does not
 * apply).
 */
public record RisksView(Lang l, String preferred, List<Row> scenarios, List<String> comparisonHeads, List<Row> comparison,
                        String optionNames, Tornado tornado) {

    /** The tornado: which output, its base value, one row per factor and the chart. */
    public record Tornado(String output, String base, List<Row> bars, Chart chart) {
    }

    public static RisksView of(DossierData d) {
        if (d.r.options().isEmpty()) {
            return new RisksView(d.l, d.pref.option().name(), List.of(), null, null, "", null);
        }
        List<Row> scenarios = new StressTest(new BusinessCaseEngine(d.a.catalogue())).run(d.r, d.r.options().indexOf(d.pref))
                .stream().map(s -> stressRow(d, s.label(d.l.nl()), s.figures())).toList();
        OptionComparison cmp = OptionComparison.of(d.r);
        // Columns by letter, as in the other tables of the dossier: full names would not fit the page side by side.
        List<String> heads = new ArrayList<>();
        for (OptionComparison.Column col : cmp.columns()) {
            heads.add(col.stay() ? d.t("Blijven", "Stay") : d.optionLetter(col.optionIndex()));
        }
        List<Row> rows = new ArrayList<>();
        for (OptionComparison.Row row : cmp.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.metric().label(d.l.nl()));
            for (OptionComparison.Cell cell : row.cells()) {
                line.add(comparisonValue(d, row.metric(), cell) + (cell.best() ? " ★" : ""));
            }
            rows.add(new Row(List.copyOf(line), false));
        }
        return new RisksView(d.l, d.pref.option().name(), scenarios, heads, rows, d.optionNames(), tornado(d));
    }

    /** Scenario, loan, lowest DSCR in and after the fixed-rate period, cash shortfall, gap. */
    private static Row stressRow(DossierData d, String label, StressFigures s) {
        return Row.of(label, d.f.money(s.loan()), ratioOrDash(d, s.dscrMinFixedPeriod()), ratioOrDash(d, s.dscrMinAfterFixed()),
                d.f.money(s.cashShortfall()), d.f.money(s.gap()));
    }

    private static String ratioOrDash(DossierData d, Double v) {
        return v == null ? "–" : d.f.ratio(v);
    }

    private static Tornado tornado(DossierData d) {
        var pref = d.pref;
        AnalysisOutput out = pref.dscrYear1() != null ? AnalysisOutput.DSCR_FIXED_PERIOD : AnalysisOutput.FINANCING_GAP;
        SensitivityAnalysis.Tornado tornado;
        try {
            tornado = new SensitivityAnalysis(new BusinessCaseEngine(d.a.catalogue()))
                    .tornado(d.c, d.r.options().indexOf(pref), out, SensitivityAnalysis.Swing.defaults());
        } catch (IllegalArgumentException e) {
            return null; // the output does not apply to the preferred option: no tornado (any other error is a defect)
        }
        boolean ratio = out.ratio();
        String outLabel = out.label(d.l.nl());
        List<Row> bars = new ArrayList<>();
        for (SensitivityAnalysis.Bar b : tornado.bars()) {
            bars.add(Row.of(b.driver().label(d.l.nl()), shift(d, b.driver(), b.lowShift()) + " / " + shift(d, b.driver(), b.highShift()),
                    Double.isNaN(b.lowOutput()) ? "–" : ratio ? d.f.ratio(b.lowOutput()) : d.f.money(b.lowOutput()),
                    Double.isNaN(b.highOutput()) ? "–" : ratio ? d.f.ratio(b.highOutput()) : d.f.money(b.highOutput())));
        }
        return new Tornado(outLabel, ratio ? d.f.ratio(tornado.baseOutput()) : d.f.money(tornado.baseOutput()), bars,
                d.chart("chart-tornado", d.chartFactory.tornado(tornado, outLabel, pref.option().name()), 80));
    }

    /** A driver's shift as the reader writes it: "+0,5 pp", "−10%" (decimal comma in Dutch, a real minus sign). */
    private static String shift(DossierData d, Driver driver, double v) {
        String num = (v > 0 ? "+" : v < 0 ? "−" : "") + d.f.plain(Math.abs(v));
        return num + (driver.unit() == Driver.ShiftUnit.PERCENTAGE_POINTS ? " pp" : "%");
    }

    private static String comparisonValue(DossierData d, OptionComparison.Metric m, OptionComparison.Cell cell) {
        if (!cell.applicable()) {
            return "–";
        }
        if (cell.value() == null) {
            return m == OptionComparison.Metric.BREAK_EVEN_YEAR ? d.t("nooit", "never") : "–";
        }
        double v = cell.value();
        return switch (m) {
            case AREA_M2 -> Math.round(v) + " m²";
            case DSCR_YEAR1, DSCR_WORST -> d.f.ratio(v);
            case BREAK_EVEN_YEAR -> String.valueOf(Math.round(v));
            case EXTRA_PATIENTS, PLACES_ADDED -> String.valueOf(Math.round(v));
            default -> d.f.money(v);
        };
    }
}
