package nl.praktijkplan.report.pdf.view;

/** One line of a label-value table whose label comes with the data (an assumption's own label). */
public record Kv(String label, String value, String note) {
}
