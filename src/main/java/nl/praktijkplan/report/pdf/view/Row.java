package nl.praktijkplan.report.pdf.view;

import java.util.List;

/** A row of a data table, cells already formatted; a total row is set in bold between rules. */
public record Row(List<String> cells, boolean total) {

    public static Row of(String... cells) {
        return new Row(List.of(cells), false);
    }

    /** A label followed by one value per option (or per year); a total row is set in bold. */
    public static Row line(String label, List<String> values, boolean total) {
        List<String> cells = new java.util.ArrayList<>(values.size() + 1);
        cells.add(label);
        cells.addAll(values);
        return new Row(List.copyOf(cells), total);
    }
}
