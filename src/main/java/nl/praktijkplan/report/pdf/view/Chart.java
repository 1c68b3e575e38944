package nl.praktijkplan.report.pdf.view;

/** A place for a vector chart: the object drawer paints the chart registered under {@code id} into the box. */
public record Chart(String id, int heightMm) {
}
