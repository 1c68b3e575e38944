package nl.praktijkplan.report.excel;

/**
 * Capaciteit (room programme only): the largest patient list whose room programme fits an option's m².
 * The requirement is a step function (whole rooms), so there is no closed form; the sheet repeats the
 * engine's search step by step: double the list while it fits, then 60 bisection steps down to 1e-6 patients
 * (SpaceRequirement.capacity). Every step is a formula over the inputs, so the capacity follows any change.
 */
final class CapacitySheet {

    /** Row with 0 patients: when even an empty practice does not fit, the capacity is 0. */
    private static final int ZERO = 4;
    private static final int FIRST = 5;
    /** hi runs 1, 2, 4, … 2^30: the engine stops doubling at 1e9. */
    private static final int DOUBLINGS = 31;
    private static final int BISECTIONS = 60;
    private static final int LO = 0, HI = 1, MID = 2, ROOMS = 3, NEED = 11, FLAG = 12, WIDTH = 14;

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
        g.text(0, 0, l.t("Capaciteit per optie: zoektocht naar het grootste aantal patiënten dat past (zoals Praktijkplan rekent)",
                "Capacity per option: search for the largest patient list that fits (as Praktijkplan computes it)"), st.title);
        String[] head = {"lo", "hi", l.t("patiënten", "patients"), l.t("schaal", "scale"), l.t("spreekk.", "consult"),
                l.t("behandelk.", "treatment"), "POH", l.t("assist.", "assist."), l.t("wacht m²", "waiting m²"), l.t("netto m²", "net m²"),
                l.t("BVO m²", "gross m²"), l.t("m² nodig", "m² needed"), l.t("past", "fits")};
        for (int i = 0; i < b.optionCount(); i++) {
            int c = i * WIDTH;
            String area = b.area(i);
            g.text(1, c, b.optionName(i), st.header);
            g.text(resultRow(), c, l.t("Capaciteit", "Capacity"), st.header);
            for (int k = 0; k < head.length; k++) {
                g.text(3, c + k, head[k], st.header);
                g.sheet.setColumnWidth(c + k, 11 * 256);
            }
            g.value(ZERO, c + MID, 0, st.decimal);
            need(ZERO, c);
            g.value(FIRST, c + LO, 0, st.decimal);
            g.value(FIRST, c + HI, 1, st.decimal);
            for (int k = 0; k < DOUBLINGS; k++) {
                int r = FIRST + k;
                if (k > 0) {
                    String pLo = Grid.local(r - 1, c + LO), pHi = Grid.local(r - 1, c + HI), pFlag = Grid.local(r - 1, c + FLAG);
                    g.formula(r, c + LO, "IF(" + pFlag + "," + pHi + "," + pLo + ")", st.decimal);
                    g.formula(r, c + HI, "IF(" + pFlag + "," + pHi + "*2," + pHi + ")", st.decimal);
                }
                g.formula(r, c + MID, Grid.local(r, c + HI), st.decimal);
                need(r, c);
                g.formula(r, c + FLAG, "AND(" + Grid.local(r, c + NEED) + "<=" + area + "," + Grid.local(r, c + HI) + "<1E9)", st.text);
            }
            int startRow = FIRST + DOUBLINGS;
            for (int j = 0; j <= BISECTIONS; j++) {
                int r = startRow + j;
                if (j == 0) {
                    g.formula(r, c + LO, Grid.local(r - 1, c + LO), st.decimal);
                    g.formula(r, c + HI, Grid.local(r - 1, c + HI), st.decimal);
                } else {
                    String pLo = Grid.local(r - 1, c + LO), pHi = Grid.local(r - 1, c + HI);
                    String pMid = Grid.local(r - 1, c + MID), pFit = Grid.local(r - 1, c + FLAG);
                    String active = pHi + "-" + pLo + ">1E-6";
                    g.formula(r, c + LO, "IF(AND(" + active + "," + pFit + ")," + pMid + "," + pLo + ")", st.decimal);
                    g.formula(r, c + HI, "IF(AND(" + active + ",NOT(" + pFit + "))," + pMid + "," + pHi + ")", st.decimal);
                }
                if (j < BISECTIONS) {
                    g.formula(r, c + MID, "(" + Grid.local(r, c + LO) + "+" + Grid.local(r, c + HI) + ")/2", st.decimal);
                    need(r, c);
                    g.formula(r, c + FLAG, Grid.local(r, c + NEED) + "<=" + area, st.text);
                }
            }
            int last = startRow + BISECTIONS;
            g.formula(resultRow(), col(i), "IF(" + Grid.local(ZERO, c + NEED) + ">" + area + ",0," + Grid.local(last, c + LO) + ")", st.number);
            g.sheet.setColumnWidth(c + WIDTH - 1, 3 * 256);
        }
        g.sheet.createFreezePane(0, 4);
    }

    /** The room programme for the patients in the row's MID column, and the m² it needs after the adjusters. */
    private void need(int r, int c) {
        space.roomProgramme(g, r, Grid.local(r, c + MID), c + ROOMS);
        g.formula(r, c + NEED, Grid.local(r, c + ROOMS + 7) + "*d_adjust", g.styles.decimal);
    }
}
