package nl.praktijkplan.report.excel;

/**
 * Capaciteit (room programme only): the largest patient list whose room programme fits an option's m².
 * The requirement is a step function (whole rooms), so there is no closed form; the sheet repeats the
 * engine's search step by step: double the list while it fits, then 60 bisection steps down to 1e-6 patients
 * (SpaceRequirement.capacity). Every step is a formula over the inputs, so the capacity follows any change.
 */
final class CapacitySheet {

    private static final int FIRST = 4;
    /** hi runs 1, 2, 4, … 2^30: the engine stops doubling at 1e9. */
    private static final int DOUBLINGS = 31;
    private static final int BISECTIONS = 60;
    private static final int LO = 0, HI = 1, MID = 2, NEED = 3, FLAG = 4, WIDTH = 6;

    private final Book b;
    private final Grid g;
    private final ProjectionSheet space;

    CapacitySheet(Book book, ProjectionSheet space) {
        this.b = book;
        this.g = book.capacity;
        this.space = space;
    }

    static int resultRow() {
        return 2;
    }

    static int col(int option) {
        return option * WIDTH + HI;
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Capaciteit per optie: zoektocht naar het grootste aantal patiënten dat past",
                "Capacity per option: search for the largest patient list that fits"), st.title);
        for (int i = 0; i < b.optionCount(); i++) {
            int c = i * WIDTH;
            String area = b.area(i);
            g.text(1, c, b.optionName(i), st.header);
            g.text(resultRow(), c, l.t("Capaciteit", "Capacity"), st.header);
            String[] head = {"lo", "hi", "mid", l.t("m² nodig", "m² needed"), l.t("verder", "continue")};
            for (int k = 0; k < head.length; k++) {
                g.text(3, c + k, head[k], st.header);
            }
            g.value(FIRST, c + LO, 0, st.decimal);
            g.value(FIRST, c + HI, 1, st.decimal);
            for (int k = 0; k < DOUBLINGS; k++) {
                int r = FIRST + k;
                String hi = Grid.local(r, c + HI);
                if (k > 0) {
                    String pLo = Grid.local(r - 1, c + LO), pHi = Grid.local(r - 1, c + HI), pFlag = Grid.local(r - 1, c + FLAG);
                    g.formula(r, c + LO, "IF(" + pFlag + "," + pHi + "," + pLo + ")", st.decimal);
                    g.formula(r, c + HI, "IF(" + pFlag + "," + pHi + "*2," + pHi + ")", st.decimal);
                }
                g.formula(r, c + NEED, space.m2NeededExpr(hi), st.decimal);
                g.formula(r, c + FLAG, "AND(" + Grid.local(r, c + NEED) + "<=" + area + "," + hi + "<1E9)", st.text);
            }
            int startRow = FIRST + DOUBLINGS;
            for (int j = 0; j <= BISECTIONS; j++) {
                int r = startRow + j;
                if (j == 0) {
                    int d = startRow - 1; // the doubling ends with hi = 2^30 at the latest
                    g.formula(r, c + LO, Grid.local(d, c + LO), st.decimal);
                    g.formula(r, c + HI, Grid.local(d, c + HI), st.decimal);
                } else {
                    String pLo = Grid.local(r - 1, c + LO), pHi = Grid.local(r - 1, c + HI);
                    String pMid = Grid.local(r - 1, c + MID), pFit = Grid.local(r - 1, c + FLAG);
                    String active = pHi + "-" + pLo + ">1E-6";
                    g.formula(r, c + LO, "IF(AND(" + active + "," + pFit + ")," + pMid + "," + pLo + ")", st.decimal);
                    g.formula(r, c + HI, "IF(AND(" + active + ",NOT(" + pFit + "))," + pMid + "," + pHi + ")", st.decimal);
                }
                if (j < BISECTIONS) {
                    String mid = Grid.local(r, c + MID);
                    g.formula(r, c + MID, "(" + Grid.local(r, c + LO) + "+" + Grid.local(r, c + HI) + ")/2", st.decimal);
                    g.formula(r, c + NEED, space.m2NeededExpr(mid), st.decimal);
                    g.formula(r, c + FLAG, Grid.local(r, c + NEED) + "<=" + area, st.text);
                }
            }
            int last = startRow + BISECTIONS;
            g.formula(resultRow(), col(i), "IF(" + space.m2NeededExpr("0") + ">" + area + ",0," + Grid.local(last, c + LO) + ")", st.decimal);
            for (int k = 0; k < WIDTH; k++) {
                g.sheet.setColumnWidth(c + k, (k == WIDTH - 1 ? 3 : 13) * 256);
            }
        }
        g.sheet.createFreezePane(0, 4);
    }
}
