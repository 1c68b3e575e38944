package nl.praktijkplan.report.pdf.view;

import java.util.List;

/** A column of a data table: its heading and whether it holds numbers (right-aligned). */
public record Column(String title, boolean numeric) {

    /** A table with more columns than this is set in a smaller type (dossier.css: table.dense) to fit the page. */
    public static final int DENSE_FROM = 6;

    public static Column text(String title) {
        return new Column(title, false);
    }

    public static Column num(String title) {
        return new Column(title, true);
    }

    /** A first text column followed by one numeric column per title. */
    public static List<Column> labelAnd(String label, List<String> numericTitles) {
        List<Column> columns = new java.util.ArrayList<>(numericTitles.size() + 1);
        columns.add(text(label));
        numericTitles.forEach(t -> columns.add(num(t)));
        return columns;
    }
}
