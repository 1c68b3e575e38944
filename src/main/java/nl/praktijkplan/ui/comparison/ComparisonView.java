package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import nl.praktijkplan.domain.analysis.OptionComparison;
import nl.praktijkplan.domain.analysis.OptionComparison.Cell;
import nl.praktijkplan.domain.analysis.OptionComparison.Column;
import nl.praktijkplan.domain.analysis.OptionComparison.Metric;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.LazyUpdate;
import nl.praktijkplan.ui.common.NumberFormats;
import nl.praktijkplan.ui.common.WrappingCell;
import nl.praktijkplan.ui.help.HelpTips;
import nl.praktijkplan.ui.status.Verdicts;

/**
 * Side-by-side table from the engine's {@link OptionComparison}: staying and up to four options, one row per
 * metric, the best value of each row in bold and colour with a ★ so that it is not told by colour alone.
 */
public final class ComparisonView {

    /** Marker after a best value (also read by screen readers, unlike colour). */
    public static final String BEST = " ★";

    /**
     * One formatted value; {@code best} marks the best column(s) of the row; a verdict's value carries its light
     * ({@code null} for a figure).
     */
    public record Value(String text, boolean best, Verdicts.Light light) {
    }

    /**
     * One row: a metric and its formatted value per column (stay first, then the options); {@code tip} explains the
     * metric (a tooltip on the row), null for a row that needs none.
     */
    public record Row(String metric, List<Value> values, String tip) {
        public Row(String metric, List<Value> values) {
            this(metric, values, null);
        }

        /** The texts of the row without markers. */
        public List<String> texts() {
            return values.stream().map(Value::text).toList();
        }
    }

    private final TableView<Row> table = new TableView<>();
    private final VBox box;
    private final I18n i18n;
    private final LazyUpdate lazy;

    public ComparisonView(CaseViewModel vm, I18n i18n) {
        this.i18n = i18n;
        table.setId("comparisonTable");
        table.getStyleClass().addAll("pp-comparison", atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(420);
        table.setRowFactory(t -> new TipRow());
        lazy = new LazyUpdate(table, () -> fill(vm.result()));
        vm.on(vm.resultProperty(), lazy::request);
        fill(vm.result());
        box = new VBox(table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS); // taller than its 420 px where the window has room
        // The constrained policy does not fit its columns again when the table grows and its vertical scroll bar goes
        // (JavaFX 21): the last column then ran past the table's edge. Setting the policy anew fits them.
        table.heightProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            var policy = table.getColumnResizePolicy();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        }));
        box.setPadding(new Insets(8, 12, 12, 12));
    }

    public VBox node() {
        return box;
    }

    /** Refills the table if the result changed while it was hidden (its tab now selected). */
    public void flush() {
        lazy.flush();
    }

    public TableView<Row> table() {
        return table;
    }

    /** The column headers: stay, then the option names (★ after the preferred option's name). */
    public static List<String> headers(BusinessCaseResult r, I18n i18n) {
        List<String> headers = new ArrayList<>();
        for (Column c : OptionComparison.of(r).columns()) {
            if (c.stay()) {
                headers.add(i18n.t("cmp.stay"));
            } else {
                headers.add(c.optionIndex() == r.input().preferredOption() ? c.name() + " (" + i18n.t("cmp.preferred") + ")"
                        : c.name());
            }
        }
        return headers;
    }

    /** Widest line of a column header, in characters: longer option names go over several lines. */
    static final int HEADER_LINE = 20;

    /**
     * An option name broken at spaces into lines of at most {@value #HEADER_LINE} characters (a longer word keeps its
     * own line): the column stays as wide as its figures, and the name is read whole. A column header does not wrap
     * by itself; it would cut the name ("Huur begane grond ...").
     */
    public static String headerLines(String header) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : header.strip().split("\\s+")) {
            if (line > 0 && line + 1 + word.length() > HEADER_LINE) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    /**
     * The rows for a result; public so that it is tested without a screen. Each option's verdict comes first (sluitend
     * or niet sluitend, what binds, the amount short), then the figures; the financing gap is the verdict's shortfall
     * and is not repeated among them. Staying finances nothing: it has no verdict.
     */
    public static List<Row> rows(BusinessCaseResult r, I18n i18n) {
        OptionComparison cmp = OptionComparison.of(r);
        List<Row> rows = new ArrayList<>(verdictRows(cmp, i18n));
        for (OptionComparison.Row row : cmp.rows()) {
            if (row.metric() == Metric.FINANCING_GAP) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (Cell c : row.cells()) {
                values.add(new Value(format(row.metric(), c, i18n), c.best(), null));
            }
            rows.add(new Row(label(row.metric(), i18n), values, tip(row.metric(), i18n)));
        }
        return rows;
    }

    private static List<Row> verdictRows(OptionComparison cmp, I18n i18n) {
        boolean nl = i18n.dutch();
        List<Value> status = new ArrayList<>();
        List<Value> binding = new ArrayList<>();
        List<Value> shortfall = new ArrayList<>();
        for (Column c : cmp.columns()) {
            if (c.stay()) {
                Value none = new Value("–", false, null);
                status.add(none);
                binding.add(none);
                shortfall.add(none);
                continue;
            }
            FinancingVerdict v = c.result().verdict();
            status.add(new Value(v.status().label(nl), false, Verdicts.plan(v, i18n).light()));
            // One constraint a line: the column stays as wide as its figures.
            binding.add(new Value(v.closes() ? "–" : v.binding().stream().map(b -> b.label(nl))
                    .collect(Collectors.joining(",\n")), false, null));
            shortfall.add(new Value(i18n.numbers().money(v.shortfall()), false, null));
        }
        return List.of(new Row(i18n.t("status.plan"), status), new Row(i18n.t("cmp.binding"), binding),
                new Row(i18n.t("cmp.shortfall"), shortfall));
    }

    public static String label(Metric m, I18n i18n) {
        return m.label(i18n.dutch());
    }

    /**
     * What a row means where two rows are easily confused: the patients an option serves beyond staying against the
     * patient places its m² add (the effect the insurers' Leidraad asks for). Null for the other rows.
     */
    static String tip(Metric m, I18n i18n) {
        return switch (m) {
            case EXTRA_PATIENTS -> i18n.t("cmp.tip.extraPatients");
            case PLACES_ADDED -> i18n.t("cmp.tip.placesAdded");
            default -> null;
        };
    }

    /** A cell as text: "–" when it does not apply; "never" for no break-even year. */
    public static String format(Metric m, Cell c, I18n i18n) {
        NumberFormats n = i18n.numbers();
        if (!c.applicable()) {
            return "–";
        }
        if (c.value() == null) {
            return m == Metric.BREAK_EVEN_YEAR ? i18n.t("result.never") : "–";
        }
        double v = c.value();
        return switch (m) {
            case AREA_M2 -> n.format(v, 0) + " m²";
            case DSCR_YEAR1, DSCR_WORST -> n.format(v, 2);
            case BREAK_EVEN_YEAR -> String.valueOf(Math.round(v));
            case EXTRA_PATIENTS, PLACES_ADDED -> n.format(v, 0);
            default -> n.money(v);
        };
    }

    private void fill(BusinessCaseResult r) {
        List<String> headers = headers(r, i18n);
        if (table.getColumns().size() != headers.size() + 1) {
            table.getColumns().clear();
            TableColumn<Row, Object> metric = new TableColumn<>(i18n.t("cmp.metric"));
            metric.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().metric()));
            metric.setSortable(false);
            metric.setPrefWidth(260);
            metric.setMinWidth(160); // the metric names wrap
            metric.setCellFactory(t -> new WrappingCell<>());
            table.getColumns().add(metric);
            for (int i = 0; i < headers.size(); i++) {
                int col = i;
                TableColumn<Row, Object> c = new TableColumn<>();
                c.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().values().get(col)));
                c.setCellFactory(t -> new ValueCell());
                c.setSortable(false);
                table.getColumns().add(c);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            table.getColumns().get(i + 1).setText(headerLines(headers.get(i)));
        }
        table.getItems().setAll(rows(r, i18n));
    }

    /**
     * Widens a value column to its widest text and its header, never narrows it below: the table's resize policy then
     * cannot squeeze a column to "€…", whatever changed the options (open, new, add, remove, rename) and whether the
     * table was on screen at the time. Measured in the cell's own font, bold (the best value is bold).
     */
    static void fitColumn(TableCell<?, ?> cell) {
        TableColumn<?, ?> column = cell.getTableColumn();
        if (column == null || cell.getText() == null) {
            return;
        }
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(cell.getFont().getFamily(),
                javafx.scene.text.FontWeight.BOLD, cell.getFont().getSize());
        // Headers are broken into lines (headerLines): a header needs its longest line, a value its whole text.
        double word = 0;
        for (String w : (column.getText() == null ? "" : column.getText()).split("\n")) {
            word = Math.max(word, textWidth(w, bold));
        }
        double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
        double needed = Math.max(textWidth(cell.getText(), bold) + graphic + cell.snappedLeftInset() + cell.snappedRightInset(),
                word + 2 * cell.getFont().getSize()) + 8; // header padding and margin
        if (column.getMinWidth() < Math.ceil(needed)) {
            column.setMinWidth(Math.ceil(needed));
        }
    }

    private static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s == null ? "" : s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** A row with its metric's explanation as tooltip, in the style of the results' tooltips. */
    private static final class TipRow extends javafx.scene.control.TableRow<Row> {
        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            String tip = empty || item == null ? null : item.tip();
            if (tip == null) {
                setTooltip(null);
            } else if (getTooltip() == null || !tip.equals(getTooltip().getText())) {
                setTooltip(HelpTips.tooltip(tip));
            }
        }
    }

    /** The verdict's light, as in the status bar. */
    private static Circle light(Verdicts.Light light) {
        Circle dot = new Circle(7);
        dot.getStyleClass().addAll("pp-light", "pp-light-" + light.name().toLowerCase());
        return dot;
    }

    /** Right-aligned value; the best one bold in the theme's success colour, with ★; a verdict large, with its light. */
    private static final class ValueCell extends TableCell<Row, Object> {
        /** Measured at layout, when the cell has its font from CSS (in updateItem a new cell still has the default). */
        @Override
        protected void layoutChildren() {
            fitColumn(this);
            super.layoutChildren();
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || !(item instanceof Value v)) {
                setText(null);
                setGraphic(null);
                setStyle("-fx-alignment: CENTER-RIGHT;");
                getStyleClass().remove("pp-best");
                return;
            }
            setText(v.best() ? v.text() + BEST : v.text());
            setGraphic(v.light() == null ? null : light(v.light()));
            if (v.light() != null) {
                getStyleClass().remove("pp-best");
                setStyle("-fx-alignment: CENTER-RIGHT; -fx-font-weight: bold; -fx-font-size: 1.15em;");
            } else if (v.best()) {
                if (!getStyleClass().contains("pp-best")) {
                    getStyleClass().add("pp-best");
                }
                setStyle("-fx-alignment: CENTER-RIGHT; -fx-font-weight: bold; -fx-text-fill: -color-success-fg;");
            } else {
                getStyleClass().remove("pp-best");
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        }
    }
}
