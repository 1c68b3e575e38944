package nl.praktijkplan.report.excel;

/** Picks the Dutch or the English text of a label. */
record Lang(boolean dutch) {

    String t(String nl, String en) {
        return dutch ? nl : en;
    }
}
