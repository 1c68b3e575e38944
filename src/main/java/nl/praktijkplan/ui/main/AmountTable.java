package nl.praktijkplan.ui.main;

import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.LazyUpdate;
import nl.praktijkplan.ui.common.HelpId;

/**
 * A table of amounts whose rows the result decides (a line that is zero may be left out): a label column that wraps
 * and amount columns that are never cut. Rebuilt from every result and option choice.
 */
final class AmountTable {

    enum Kind {
        /** A heading over the rows that follow. */
        SECTION,
        LINE,
        /** A bold line under a rule: a total or the figure a section is about. */
        TOTAL,
        /** A sentence in the label column instead of amounts. */
        NOTE
    }

    /**
     * One row; {@code key} names its amount labels for tests: {@code <table id>-<key>-<column>}, column 1 first.
     */
    record Row(String key, Kind kind, String label, List<String> cells) {
        static Row section(String label) {
            return new Row(null, Kind.SECTION, label, List.of());
        }

        static Row note(String key, String label) {
            return new Row(key, Kind.NOTE, label, List.of());
        }
    }

    private final GridPane grid = new GridPane();
    private final String id;
    private final List<String> headers;

    /** @param headers the column headings, the label column's first; empty for a table without a heading row */
    AmountTable(CaseViewModel vm, String id, List<String> headers, Function<BusinessCaseResult, List<Row>> rows) {
        this.id = id;
        this.headers = headers;
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(3);
        grid.setPadding(new Insets(8, 12, 8, 12));
        grid.getStyleClass().addAll("pp-figures", "pp-amounts");
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        label.setMinWidth(120);
        grid.getColumnConstraints().add(label);
        int amounts = Math.max(1, headers.size() - 1);
        for (int i = 0; i < amounts; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.RIGHT);
            c.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(c);
        }
        LazyUpdate lazy = new LazyUpdate(grid, () -> fill(rows.apply(vm.result())));
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        fill(rows.apply(vm.result()));
    }

    GridPane node() {
        return grid;
    }

    private void fill(List<Row> rows) {
        grid.getChildren().clear();
        int r = 0;
        if (!headers.isEmpty()) {
            for (int c = 0; c < headers.size(); c++) {
                Label h = new Label(headers.get(c));
                h.getStyleClass().add(Styles.TEXT_MUTED);
                h.setMinWidth(c == 0 ? 0 : Region.USE_PREF_SIZE);
                grid.add(h, c, r);
            }
            r++;
        }
        int columns = grid.getColumnConstraints().size();
        for (Row row : rows) {
            Label label = new Label(row.label());
            label.setWrapText(true);
            switch (row.kind()) {
                case SECTION -> {
                    label.getStyleClass().add(Styles.TITLE_4);
                    GridPane.setMargin(label, new Insets(r == 0 ? 0 : 10, 0, 2, 0));
                    grid.add(label, 0, r++, columns, 1);
                    continue;
                }
                case NOTE -> {
                    label.setId(id + "-" + row.key());
                    label.getStyleClass().add(Styles.TEXT_ITALIC);
                    grid.add(label, 0, r++, columns, 1);
                    continue;
                }
                case TOTAL -> {
                    label.getStyleClass().addAll(Styles.TEXT_BOLD, "pp-amount-total");
                    label.setMaxWidth(Double.MAX_VALUE); // the rule runs across the row
                }
                case LINE -> { }
            }
            grid.add(label, 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                Label v = new Label(row.cells().get(c));
                v.setId(id + "-" + row.key() + "-" + (c + 1));
                v.setMinWidth(Region.USE_PREF_SIZE); // an amount is never cut
                v.getStyleClass().add("pp-figure-value");
                HelpId.set(v, id);
                if (row.kind() == Kind.TOTAL) {
                    v.getStyleClass().addAll(Styles.TEXT_BOLD, "pp-amount-total");
                    v.setMaxWidth(Double.MAX_VALUE);
                    v.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
                }
                v.setAccessibleText(row.label() + ": " + v.getText());
                grid.add(v, c + 1, r);
            }
            r++;
        }
    }
}
