package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.report.charts.ChartPalette;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * What every chapter's view is built from: the snapshot, its formatter and language, the names the dossier gives
 * to options and codes, and the charts the chapters place (by element id, for the PDF's object drawer).
 */
public final class DossierData {

    public final ReportSnapshot snapshot;
    public final BusinessCaseResult r;
    public final BusinessCase c;
    public final Assumptions a;
    public final OptionResult pref;
    public final DossierFormat f;
    public final Lang l;
    public final BusinessCaseCharts chartFactory;
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();

    public DossierData(ReportSnapshot snapshot) {
        this.snapshot = snapshot;
        this.r = snapshot.result();
        this.c = r.input();
        this.a = r.assumptions();
        this.pref = r.preferred();
        this.f = new DossierFormat(snapshot.locale());
        this.l = new Lang(f.dutch());
        this.chartFactory = new BusinessCaseCharts(snapshot.locale(), ChartPalette.PRINT);
    }

    /** The letterhead's logo as a data URI, or null when the settings name none. */
    public String logo() {
        var logo = snapshot.letterhead().logo();
        return logo == null ? null : logo.dataUri();
    }

    /** The charts the views placed, by element id. */
    public Map<String, JFreeChart> charts() {
        return charts;
    }

    Chart chart(String id, JFreeChart chart, int heightMm) {
        charts.put(id, chart);
        return new Chart(id, heightMm);
    }

    String t(String dutch, String english) {
        return l.t(dutch, english);
    }

    int lastYear() {
        return r.projection().get(r.projection().size() - 1).calendarYear();
    }

    double lastPatients() {
        return r.projection().get(r.projection().size() - 1).patients();
    }

    /** The legal form of the practice in the dossier's language. */
    String legalFormName() {
        return switch (c.practice().legalForm()) {
            case EENMANSZAAK -> t("eenmanszaak", "sole proprietorship");
            case MAATSCHAP -> t("maatschap", "partnership");
            case BV -> "BV";
        };
    }

    /** "A" for an option named "A: …", else "Optie 1". */
    String optionLetter(int i) {
        return nl.praktijkplan.report.OptionLabels.letter(r.options().get(i).option().name(), i, l.nl());
    }

    /** The options' letters, the preferred one marked "*". */
    List<String> optionHeads() {
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < r.options().size(); i++) {
            heads.add(optionLetter(i) + (r.options().get(i) == pref ? " *" : ""));
        }
        return heads;
    }

    /** "Optie 1 = Huur Centrum." for every option whose name does not start with its letter. */
    String optionLegend() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.options().size(); i++) {
            String letter = optionLetter(i);
            String name = r.options().get(i).option().name();
            if (!name.startsWith(letter)) {
                sb.append(letter).append(" = ").append(name).append(". ");
            }
        }
        return sb.toString().trim();
    }

    /** Every option's full name, introduced by its letter when the name does not start with it: "Optie 1 = Huur". */
    String optionNames() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.options().size(); i++) {
            String letter = optionLetter(i);
            String name = r.options().get(i).option().name();
            sb.append(name.startsWith(letter) ? name : letter + " = " + name).append(". ");
        }
        return sb.toString().trim();
    }

    /** One formatted value per option. */
    List<String> perOption(List<OptionResult> options, Function<OptionResult, String> cell) {
        return options.stream().map(cell).toList();
    }

    String typeName(OptionResult o) {
        return switch (o.option().type()) {
            case STAY -> t("blijven", "stay");
            case RENT -> t("huren", "rent");
            case BUY_EXISTING -> t("kopen", "buy");
            case NEW_BUILD -> t("nieuwbouw", "new build");
            case RENOVATE -> t("verbouw", "renovation");
        };
    }

    String valuationMethod(OptionResult o) {
        return switch (o.option().valuation().method()) {
            case BAR -> t("BAR-methode", "gross yield (BAR)");
            case NAR -> t("NAR-methode", "net yield (NAR)");
            case APPRAISAL -> t("taxatie", "appraisal");
        };
    }

    String repaymentName() {
        return switch (c.financing().repayment()) {
            case ANNUITY -> t("annuïtair", "annuity");
            case LINEAR -> t("lineair", "linear");
        };
    }

    String assumptionValue(Assumption as) {
        double v = a.value(as.key());
        return switch (as.unit()) {
            case EUR -> f.money(v);
            case EUR_PER_QUARTER, EUR_PER_M2 -> v == Math.rint(v) ? f.money(v) : f.moneyCents(v);
            case PERCENT -> f.percent(v);
            case RATIO -> f.ratio(v);
            default -> f.plain(v);
        };
    }

    String unitName(Assumption as) {
        return switch (as.unit()) {
            case EUR -> "€";
            case EUR_PER_QUARTER -> t("€ per kwartaal", "€ per quarter");
            case EUR_PER_M2 -> "€/m²";
            case M2 -> "m²";
            case PATIENTS -> t("patiënten", "patients");
            case PERCENT -> "%";
            case YEARS -> t("jaar", "years");
            case MONTHS -> t("maanden", "months");
            case COUNT -> t("aantal", "count");
            case FACTOR -> t("factor", "factor");
            case RATIO -> t("ratio", "ratio");
        };
    }

    String confidenceName(Assumption as) {
        return switch (as.confidence()) {
            case HIGH -> t("hoog", "high");
            case MEDIUM -> t("middel", "medium");
            case LOW -> t("laag", "low");
        };
    }

    /** An assumption as a line of the loan terms: its label, value ("20 jaar") and whether the case changed it. */
    Kv assumptionLine(String key) {
        Assumption as = a.catalogue().get(key);
        // No unit column here: a number of years or months says so ("20 jaar"); %, € and ratios carry their own sign.
        boolean time = as.unit() == nl.praktijkplan.domain.assumption.Unit.YEARS
                || as.unit() == nl.praktijkplan.domain.assumption.Unit.MONTHS;
        String value = assumptionValue(as) + (time ? " " + unitName(as) : "");
        return new Kv(as.label(l.nl()), value, a.isOverridden(key) ? t("aangepast in deze casus", "changed in this case") : t("standaardwaarde", "default"));
    }
}
