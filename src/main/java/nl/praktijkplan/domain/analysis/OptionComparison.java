package nl.praktijkplan.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.OptionType;

/**
 * The options of a case side by side: the stay baseline in column 0, then up to four options in the order
 * asked for. Each {@link Row} holds one {@link Metric} for every column and marks the best column(s).
 * <p>
 * "Best" ignores cells that do not apply ({@link Cell#applicable()} false, e.g. the onrendabele top of a rented
 * option, a DSCR without a loan) and cells without a value (an owned option that does not break even within
 * the horizon). Equal values (within 1e-9 relative) are all best. A row with fewer than two comparable values
 * marks nothing: there is nothing to compare.
 * Build it with {@link #of(BusinessCaseResult)} or {@link #of(BusinessCaseResult, List)}.
 *
 * @param columns the stay baseline first, then the chosen options
 * @param rows    one per {@link Metric}, in the enum's order
 */
public record OptionComparison(List<Column> columns, List<Row> rows) {

    /** At most this many options next to the stay baseline. */
    public static final int MAX_OPTIONS = 4;

    public OptionComparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows of the comparison, each with the direction in which a value is better. */
    public enum Metric implements Labelled {
        AREA_M2("m² BVO", "m² gross floor area", false, r -> r.areaM2(), r -> true),
        INVESTMENT("Investering", "Investment", true, OptionResult::investmentTotal, r -> true),
        MARKET_VALUE("Marktwaarde", "Market value", false, OptionResult::marketValue, r -> r.option().type().owned()),
        ONRENDABELE_TOP("Onrendabele top", "Unprofitable gap", true, OptionResult::onrendabeleTop,
                r -> r.option().type().owned()),
        MAX_LOAN("Maximale lening", "Maximum loan", false, r -> r.financing().maxLoan(), OptionComparison::financed),
        FINANCING_GAP("Financieringstekort", "Financing gap", true, r -> r.financing().financingGap(),
                OptionComparison::financed),
        DSCR_YEAR1("DSCR jaar 1", "DSCR year 1", false, OptionResult::dscrYear1, r -> r.dscrYear1() != null),
        DSCR_WORST("Laagste DSCR", "Lowest DSCR", false, OptionResult::dscrWorst, r -> r.dscrWorst() != null),
        NPV_COST("NCW huisvestingskosten over de horizon", "NPV housing cost over the horizon", true,
                r -> r.rentVsBuy().npvCost(), r -> true),
        /** First calendar year buying is not dearer than renting the same m²; owned options only, none = never. */
        BREAK_EVEN_YEAR("Break-evenjaar kopen t.o.v. huren", "Break-even year buy vs rent", true,
                r -> r.rentVsBuy().breakEvenYear() == null ? null : r.rentVsBuy().breakEvenYear().doubleValue(),
                r -> r.option().type().owned()),
        EXTRA_PATIENTS("Extra patiënten t.o.v. blijven", "Extra patients vs staying", false,
                OptionResult::extraPatientsVsStay, r -> true),
        /** Patient places the option's m² add to the current m² ({@link InsurerImpact#placesAdded}); staying adds none. */
        PLACES_ADDED("Patiëntplaatsen erbij", "Patient places added", false, (r, stay) -> InsurerImpact.placesAdded(r, stay),
                r -> true);

        private final String labelNl;
        private final String labelEn;
        private final boolean lowerIsBetter;
        /** The value of an option (first) against the stay baseline (second). */
        private final BiFunction<OptionResult, OptionResult, Double> value;
        private final Function<OptionResult, Boolean> applies;

        Metric(String labelNl, String labelEn, boolean lowerIsBetter, Function<OptionResult, Double> value,
               Function<OptionResult, Boolean> applies) {
            this(labelNl, labelEn, lowerIsBetter, (r, stay) -> value.apply(r), applies);
        }

        Metric(String labelNl, String labelEn, boolean lowerIsBetter, BiFunction<OptionResult, OptionResult, Double> value,
               Function<OptionResult, Boolean> applies) {
            this.labelNl = labelNl;
            this.labelEn = labelEn;
            this.lowerIsBetter = lowerIsBetter;
            this.value = value;
            this.applies = applies;
        }

        public String labelNl() {
            return labelNl;
        }

        public String labelEn() {
            return labelEn;
        }

        public boolean lowerIsBetter() {
            return lowerIsBetter;
        }

        /** The cell of this metric for one option (or the stay baseline itself), set against the stay baseline. */
        public Cell cell(OptionResult r, OptionResult stay) {
            boolean applicable = applies.apply(r);
            return new Cell(applicable ? value.apply(r, stay) : null, applicable, false);
        }
    }

    /**
     * One column.
     *
     * @param optionIndex index in the case's options; -1 for the stay baseline
     */
    public record Column(String name, OptionType type, int optionIndex, OptionResult result) {
        public boolean stay() {
            return optionIndex < 0;
        }
    }

    /**
     * One value.
     *
     * @param value      null when not applicable, or applicable without a value (no break-even within the horizon)
     * @param applicable false for a number that means nothing for this column
     * @param best       this column has the best value of the row
     */
    public record Cell(Double value, boolean applicable, boolean best) {
    }

    /** One metric across the columns; {@code cells} in column order. */
    public record Row(Metric metric, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Column indices (into {@link OptionComparison#columns()}) marked best. */
        public List<Integer> bestColumns() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).best()) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    /** The stay baseline and the first {@value #MAX_OPTIONS} options of the case. */
    public static OptionComparison of(BusinessCaseResult result) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_OPTIONS, result.options().size()); i++) {
            indices.add(i);
        }
        return of(result, indices);
    }

    /**
     * The stay baseline and the chosen options, in the order given.
     *
     * @param optionIndices one to {@value #MAX_OPTIONS} indices into the case's options
     */
    public static OptionComparison of(BusinessCaseResult result, List<Integer> optionIndices) {
        if (optionIndices.isEmpty() || optionIndices.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("Compare 1 to " + MAX_OPTIONS + " options, not " + optionIndices.size());
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(result.stay().option().name(), OptionType.STAY, -1, result.stay()));
        for (int i : optionIndices) {
            OptionResult r = result.options().get(i);
            columns.add(new Column(r.option().name(), r.option().type(), i, r));
        }
        List<Row> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(m.cell(c.result(), result.stay()));
            }
            rows.add(new Row(m, markBest(m, cells)));
        }
        return new OptionComparison(columns, rows);
    }

    public Row row(Metric metric) {
        return rows.get(metric.ordinal());
    }

    private static List<Cell> markBest(Metric m, List<Cell> cells) {
        Double best = null;
        int comparable = 0;
        for (Cell c : cells) {
            if (c.applicable() && c.value() != null && !c.value().isNaN()) {
                comparable++;
                if (best == null || (m.lowerIsBetter() ? c.value() < best : c.value() > best)) {
                    best = c.value();
                }
            }
        }
        if (comparable < 2) {
            return cells;
        }
        double tolerance = 1e-9 * Math.max(1, Math.abs(best));
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            boolean isBest = c.applicable() && c.value() != null && Math.abs(c.value() - best) <= tolerance;
            out.add(new Cell(c.value(), c.applicable(), isBest));
        }
        return out;
    }

    /** Max loan and financing gap apply to a column with something to finance (not to staying on). */
    private static boolean financed(OptionResult r) {
        return r.option().type() != OptionType.STAY && r.investmentTotal() > 0;
    }
}
