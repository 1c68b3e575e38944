package nl.praktijkplan.report.pdf.view;

import java.util.List;

/** A row of a data table, cells already formatted; a total row is set in bold between rules. */
public record Row(List<String> cells, boolean total) {

    public static Row of(String... cells) {
        return new Row(List.of(cells), false);
    }
}
