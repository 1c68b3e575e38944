package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.IncomeMethod;

/**
 * Opbrengsten: each option's revenue by tariff component, one line per component and one column per plan year
 * (PracticeEconomics.breakdown): capitation by NZa age class, opslagwijk, the POH-GGZ and MTVP modules where they
 * apply, GP consults, other revenue, the CBb recalculation of the housing component and each segment-3 arrangement.
 * The total is the revenue of the operating sheet. A block per option, the same lines in each.
 */
final class RevenueSheet {

    /** A line of the block; {@code arrangement} is the 1-based segment-3 arrangement of a SEGMENT3 line, else 0. */
    record Line(Kind kind, int arrangement) {
    }

    enum Kind {
        AGE_UNDER_65, AGE_65_74, AGE_75_84, AGE_85_PLUS, CAPITATION, OPSLAGWIJK, POH_GGZ, MTVP, CONSULTS, SEGMENT1, OTHER,
        RECALCULATION, SEGMENT3, TOTAL
    }

    static final int ROW0 = 3;
    /** Each block opens with the option and its years, the patients paid for, the tariff year and the index after it. */
    private static final int YEARS = 0, SERVED = 1, TARIFF_YEAR = 2, INDEX = 3, HEAD = 4;

    private final Book b;
    private final Grid g;
    private final List<Line> lines;

    RevenueSheet(Book book) {
        this.b = book;
        this.g = book.revenue;
        this.lines = lines(book.result.input());
    }

    /** The lines of this case: the modules only where they apply, one line per segment-3 arrangement. */
    static List<Line> lines(BusinessCase c) {
        List<Line> lines = new ArrayList<>();
        for (Kind k : List.of(Kind.AGE_UNDER_65, Kind.AGE_65_74, Kind.AGE_75_84, Kind.AGE_85_PLUS, Kind.CAPITATION, Kind.OPSLAGWIJK)) {
            lines.add(new Line(k, 0));
        }
        if (c.income().pohGgz()) {
            lines.add(new Line(Kind.POH_GGZ, 0));
        }
        if (c.income().mtvp()) {
            lines.add(new Line(Kind.MTVP, 0));
        }
        for (Kind k : List.of(Kind.CONSULTS, Kind.SEGMENT1, Kind.OTHER, Kind.RECALCULATION)) {
            lines.add(new Line(k, 0));
        }
        for (int k = 1; k <= c.income().segment3().size(); k++) {
            lines.add(new Line(Kind.SEGMENT3, k));
        }
        lines.add(new Line(Kind.TOTAL, 0));
        return lines;
    }

    /** The row of {@code line} in option {@code i}'s block (i = 0 is the current premises). */
    static int row(BusinessCase c, int i, Line line) {
        List<Line> lines = lines(c);
        int index = lines.indexOf(line);
        if (index < 0) {
            throw new IllegalArgumentException(line + " is not a line of this case");
        }
        return blockStart(i, lines.size()) + HEAD + index;
    }

    /** The row of option {@code i}'s average patients, on which its revenue is paid. */
    static int servedRow(BusinessCase c, int i) {
        return blockStart(i, lines(c).size()) + SERVED;
    }

    static int row(BusinessCase c, int i, Kind kind) {
        return row(c, i, new Line(kind, 0));
    }

    private static int blockStart(int i, int lineCount) {
        return ROW0 + i * (HEAD + lineCount + 1);
    }

    /** The column of plan year t (1..H). */
    static int col(int t) {
        return t;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Opbrengsten per component", "Revenue by component"), st.title);
        g.text(1, 0, l.t("Bedragen per jaar in euro, op de gemiddelde patiëntenlijst van het jaar. Segment 1: NZa-tarief van het "
                        + "tariefjaar × 4 kwartalen (consulten: per consult), geïndexeerd na het laatste gepubliceerde tariefjaar.",
                "Amounts per year in euros, on the average list of the year. Segment 1: the NZa tariff of the tariff year × 4 "
                        + "quarters (consults: per consult), indexed after the last published tariff year."));
        for (int i = 0; i < b.optionCount(); i++) {
            block(i);
        }
        g.sheet.setColumnWidth(0, 52 * 256);
        for (int t = 1; t <= b.horizon; t++) {
            g.sheet.setColumnWidth(col(t), 13 * 256); // a bold total of € 1.242.186 fits
        }
        g.sheet.createFreezePane(1, ROW0);
        g.pagesWide = 2;
        g.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
    }

    private void block(int i) {
        Lang l = b.lang;
        var st = g.styles;
        int top = blockStart(i, lines.size());
        Grid op = b.operating.get(i);
        g.text(top + YEARS, 0, b.optionName(i), st.header);
        g.text(top + SERVED, 0, l.t("Patiënten gemiddeld (bekostigd)", "Average patients (paid)"));
        g.text(top + TARIFF_YEAR, 0, l.t("Tariefjaar NZa", "NZa tariff year"));
        g.text(top + INDEX, 0, l.t("Indexatie na het tariefjaar", "Indexation after the tariff year"));
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            boolean subtotal = line.kind() == Kind.CAPITATION || line.kind() == Kind.SEGMENT1 || line.kind() == Kind.TOTAL;
            g.text(top + HEAD + k, 0, label(line), subtotal ? st.header : st.text);
        }
        for (int t = 1; t <= b.horizon; t++) {
            int c = col(t);
            int r = OperatingSheet.row(t);
            g.formula(top + YEARS, c, op.ref(r, OperatingSheet.CAL), st.header);
            g.formula(top + SERVED, c, op.ref(r, OperatingSheet.SERVED), st.number);
            g.formula(top + TARIFF_YEAR, c, op.ref(r, OperatingSheet.TARIFF_YEAR), st.year);
            g.formula(top + INDEX, c, "(1+" + a(AssumptionKeys.TARIFF_INDEX) + ")^(" + op.ref(r, OperatingSheet.CAL) + "-"
                    + Grid.local(top + TARIFF_YEAR, c) + ")", st.index);
            for (int k = 0; k < lines.size(); k++) {
                Line line = lines.get(k);
                boolean subtotal = line.kind() == Kind.CAPITATION || line.kind() == Kind.SEGMENT1 || line.kind() == Kind.TOTAL;
                g.formula(top + HEAD + k, c, formula(i, t, line), subtotal ? st.euroTotal : st.euro);
            }
        }
    }

    private String label(Line line) {
        Lang l = b.lang;
        return switch (line.kind()) {
            case AGE_UNDER_65 -> l.t("Inschrijftarief jonger dan 65", "Capitation under 65");
            case AGE_65_74 -> l.t("Inschrijftarief 65–74 jaar", "Capitation 65–74");
            case AGE_75_84 -> l.t("Inschrijftarief 75–84 jaar", "Capitation 75–84");
            case AGE_85_PLUS -> l.t("Inschrijftarief 85 jaar en ouder", "Capitation 85 and over");
            case CAPITATION -> l.t("Inschrijftarief totaal", "Capitation total");
            case OPSLAGWIJK -> l.t("Opslag achterstandswijk", "Deprived-area supplement (opslagwijk)");
            case POH_GGZ -> l.t("Module POH-GGZ", "POH-GGZ module");
            case MTVP -> l.t("Module MTVP", "MTVP module");
            case CONSULTS -> l.t("Huisartsconsulten", "GP consults");
            case SEGMENT1 -> l.t("Segment 1 (NZa-tarieven)", "Segment 1 (NZa tariffs)");
            case OTHER -> b.result.input().income().method() == IncomeMethod.ACCOUNTS
                    ? l.t("Jaarrekening boven de segment 1-schatting", "Accounts beyond the segment-1 estimate")
                    : l.t("Overige opbrengsten", "Other revenue");
            case RECALCULATION -> l.t("CBb-herberekening huisvestingscomponent (met nabetaling)",
                    "CBb recalculation of the housing component (with back-payment)");
            case SEGMENT3 -> l.t("Segment 3: ", "Segment 3: ") + b.result.input().income().segment3().get(line.arrangement() - 1).name();
            case TOTAL -> l.t("Opbrengsten totaal", "Revenue total");
        };
    }

    private String formula(int i, int t, Line line) {
        int top = blockStart(i, lines.size());
        int c = col(t);
        String served = Grid.local(top + SERVED, c);
        String ty = Grid.local(top + TARIFF_YEAR, c);
        String perQuarter = "4*" + served + "*";
        String index = "*" + Grid.local(top + INDEX, c);
        Grid op = b.operating.get(i);
        String cal = op.ref(OperatingSheet.row(t), OperatingSheet.CAL);
        return switch (line.kind()) {
            case AGE_UNDER_65 -> perQuarter + "i_ageU65*" + tariff(AssumptionKeys.TARIFF_INSCHRIJF, ty) + index;
            case AGE_65_74 -> perQuarter + "i_age65*" + tariff(AssumptionKeys.TARIFF_INSCHRIJF_65_74, ty) + index;
            case AGE_75_84 -> perQuarter + "i_age75*" + tariff(AssumptionKeys.TARIFF_INSCHRIJF_75_84, ty) + index;
            case AGE_85_PLUS -> perQuarter + "i_age85*" + tariff(AssumptionKeys.TARIFF_INSCHRIJF_85PLUS, ty) + index;
            case CAPITATION -> "SUM(" + cell(i, Kind.AGE_UNDER_65, c) + ":" + cell(i, Kind.AGE_85_PLUS, c) + ")";
            case OPSLAGWIJK -> perQuarter + "i_opslagwijk*" + tariff(AssumptionKeys.TARIFF_OPSLAGWIJK, ty) + index;
            case POH_GGZ -> perQuarter + tariff(AssumptionKeys.TARIFF_POH_GGZ, ty) + index;
            case MTVP -> perQuarter + tariff(AssumptionKeys.TARIFF_MTVP, ty) + index;
            case CONSULTS -> served + "*i_gpConsults*" + tariff(AssumptionKeys.TARIFF_CONSULT, ty) + index;
            case SEGMENT1 -> sumOf(i, c, Kind.CAPITATION, Kind.OPSLAGWIJK, Kind.POH_GGZ, Kind.MTVP, Kind.CONSULTS);
            case OTHER -> other(i, t, served);
            case RECALCULATION -> "IF(AND(i_tariffChange<>0," + cal + ">=i_tariffChangeFrom)," + cell(i, Kind.SEGMENT1, c) + "*"
                    + a(AssumptionKeys.TARIFF_HOUSING_COMPONENT) + "*i_tariffChange,0)+IF(" + cal + "=i_tariffChangeFrom,i_backPayment,0)";
            case SEGMENT3 -> {
                String start = InputSheet.segment3(line.arrangement(), "start");
                yield "IF(AND(" + cal + ">=" + start + "," + cal + "<" + start + "+" + InputSheet.segment3(line.arrangement(), "years")
                        + ")," + InputSheet.segment3(line.arrangement(), "amount") + ",0)";
            }
            case TOTAL -> total(i, c);
        };
    }

    /**
     * Other revenue per patient, indexed like the tariffs; with the accounts method the accounts' revenue (scaled by the
     * average list against year 1's) less the segment-1 estimate, so that the total is the accounts' revenue.
     */
    private String other(int i, int t, String served) {
        Grid op = b.operating.get(i);
        String tariffIndex = op.ref(OperatingSheet.row(t), OperatingSheet.TARIFF_INDEX);
        if (b.result.input().income().method() != IncomeMethod.ACCOUNTS) {
            return served + "*i_otherRevenue*" + tariffIndex;
        }
        String avg1 = op.ref(OperatingSheet.row(1), OperatingSheet.SERVED);
        return "i_accountsRevenue*" + tariffIndex + "*IF(" + avg1 + ">0," + served + "/" + avg1 + ",0)-" + cell(i, Kind.SEGMENT1, col(t));
    }

    private String total(int i, int c) {
        StringBuilder sum = new StringBuilder(sumOf(i, c, Kind.SEGMENT1, Kind.OTHER, Kind.RECALCULATION));
        for (Line line : lines) {
            if (line.kind() == Kind.SEGMENT3) {
                sum.append('+').append(Grid.local(row(i, line), c));
            }
        }
        return sum.toString();
    }

    /** The sum of the lines of these kinds that the case has. */
    private String sumOf(int i, int c, Kind... kinds) {
        List<String> cells = new ArrayList<>();
        for (Kind k : kinds) {
            if (lines.contains(new Line(k, 0))) {
                cells.add(cell(i, k, c));
            }
        }
        return String.join("+", cells);
    }

    private String cell(int i, Kind kind, int c) {
        return Grid.local(row(i, new Line(kind, 0)), c);
    }

    private int row(int i, Line line) {
        return blockStart(i, lines.size()) + HEAD + lines.indexOf(line);
    }

    /** The tariff of the tariff year in {@code ty}: the catalogue has one assumption per published year. */
    static String tariff(String base, String ty) {
        String expr = a(AssumptionKeys.tariff(base, AssumptionKeys.LAST_TARIFF_YEAR));
        for (int y = AssumptionKeys.LAST_TARIFF_YEAR - 1; y >= AssumptionKeys.FIRST_TARIFF_YEAR; y--) {
            expr = "IF(" + ty + "=" + y + "," + a(AssumptionKeys.tariff(base, y)) + "," + expr + ")";
        }
        return expr;
    }
}
