package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.SpaceMethod;

/**
 * Patiënten &amp; ruimte: demand per plan year (t = 0..H) and, per option, the patients its m² can serve.
 * Reproduces PatientProjection and SpaceRequirement.
 */
final class ProjectionSheet {

    static final int ROW0 = 4;
    static final int T = 0, CAL = 1, PATIENTS = 2, FTE = 3, M2 = 4;
    /** Room-programme columns (ROOM_PROGRAMME only). */
    static final int SCALE = 5, CONSULT = 6, TREATMENT = 7, POH = 8, ASSISTANT = 9, WAITING = 10, NET = 11, GROSS = 12;
    /** The options table to the right of the year table. */
    static final int O_NAME = 14, O_AREA = 15, O_CAPACITY = 16, O_SERVED_LAST = 17, O_EXTRA = 18, O_RUNS_OUT = 19;

    private final Book b;
    private final Grid g;
    private final BusinessCase c;

    ProjectionSheet(Book book) {
        this.b = book;
        this.g = book.projection;
        this.c = book.result.input();
    }

    static int row(int t) {
        return ROW0 + t;
    }

    boolean roomProgramme() {
        return c.practice().spaceMethod() == SpaceMethod.ROOM_PROGRAMME;
    }

    /** Whole rooms for a fractional need, as SpaceRequirement.roomsFor: the tolerance keeps 2.0000000001 at 2. */
    static String rooms(String need) {
        return "IF((" + need + ")<=1E-9,0,CEILING((" + need + ")-1E-9,1))";
    }

    /** The norm method's m² BVO for the patient count in {@code p}. */
    static String normM2(String p) {
        return "(" + a(AssumptionKeys.NORM_M2) + "*" + p + "/" + a(AssumptionKeys.NORM_PATIENTS) + "+d_trainingM2)*d_adjust";
    }

    /**
     * Writes the room programme for the patient count in {@code p} into eight cells from {@code col}: team scale,
     * consulting, treatment, nurse and assistant rooms, waiting m², net m², gross m² (before the adjusters).
     */
    void roomProgramme(Grid grid, int r, String p, int col) {
        var st = grid.styles;
        String scale = Grid.local(r, col);
        grid.formula(r, col, "IF(i_patients>0," + p + "/i_patients,0)", st.decimal);
        grid.formula(r, col + 1, rooms("i_gpFte*" + scale) + "+" + rooms("i_paFte*" + scale) + "+" + aiosRooms(), st.whole);
        grid.formula(r, col + 2, rooms("i_gpFte*" + scale + "*" + a(AssumptionKeys.TREATMENT_ROOMS_PER_GP_FTE)), st.whole);
        grid.formula(r, col + 3, rooms("(i_pohSFte+i_pohGgzFte)*" + scale), st.whole);
        grid.formula(r, col + 4, rooms("i_assistantFte*" + scale + "/" + a(AssumptionKeys.ASSISTANT_FTE_PER_ROOM)), st.whole);
        grid.formula(r, col + 5, a(AssumptionKeys.WAITING_M2_PER_1000) + "*" + p + "/1000", st.decimal);
        // Support space grows with the team's FTE; circulation with the rooms (SpaceRequirement.roomProgramme).
        String staffFte = "(i_gpFte+i_pohSFte+i_pohGgzFte+i_paFte+i_assistantFte)*" + scale;
        grid.formula(r, col + 6, "(" + Grid.local(r, col + 1) + "*" + a(AssumptionKeys.ROOM_CONSULT_M2) + "+" + Grid.local(r, col + 2) + "*"
                + a(AssumptionKeys.ROOM_TREATMENT_M2) + "+" + Grid.local(r, col + 3) + "*" + a(AssumptionKeys.ROOM_POH_M2) + "+"
                + Grid.local(r, col + 4) + "*" + a(AssumptionKeys.ROOM_ASSISTANT_M2) + "+" + Grid.local(r, col + 5) + "+"
                + a(AssumptionKeys.SUPPORT_BASE_NET_M2) + "+" + a(AssumptionKeys.SUPPORT_M2_PER_STAFF_FTE) + "*" + staffFte
                + ")*(1+" + a(AssumptionKeys.CIRCULATION_PCT) + ")", st.decimal);
        grid.formula(r, col + 7, Grid.local(r, col + 6) + "*" + a(AssumptionKeys.BVO_FACTOR), st.decimal);
    }

    private String aiosRooms() {
        return c.practice().trainingPractice() ? "i_aios" : "0";
    }

    void write() {
        Lang l = b.lang;
        var st = g.styles;
        g.text(0, 0, l.t("Patiënten en ruimtebehoefte", "Patients and space requirement"), st.title);
        g.text(1, 0, l.t("Methode: ", "Method: ") + b.names.of(c.practice().spaceMethod())
                + l.t("; planjaar 0 is nu, 1 het eerste jaar in de nieuwe huisvesting.", "; plan year 0 is now, 1 the first year in the new premises."));
        String[] head = {l.t("Planjaar", "Plan year"), l.t("Jaar", "Year"), l.t("Patiënten (vraag)", "Patients (demand)"),
                l.t("Fte huisarts nodig", "GP FTE needed"), l.t("m² BVO nodig", "m² gross needed")};
        for (int i = 0; i < head.length; i++) {
            g.text(3, i, head[i], st.header);
        }
        if (roomProgramme()) {
            String[] rp = {l.t("Schaal team", "Team scale"), l.t("Spreekkamers", "Consulting rooms"), l.t("Behandelkamers", "Treatment rooms"),
                    l.t("POH-kamers", "Nurse rooms"), l.t("Assistentenkamers", "Assistant rooms"), l.t("Wachtruimte m²", "Waiting m²"),
                    l.t("Netto m²", "Net m²"), l.t("BVO m² (voor correcties)", "Gross m² (before adjusters)")};
            for (int i = 0; i < rp.length; i++) {
                g.text(3, SCALE + i, rp[i], st.header);
            }
        }
        derivedConstants();
        for (int t = 0; t <= b.horizon; t++) {
            yearRow(t);
        }
        g.widths(9, 8, 14, 12, 12, 10, 11, 11, 10, 11, 11, 10, 12, 3, 44);
        optionsTable();
        g.tallRow(3);
        g.sheet.createFreezePane(2, 4);
        Charts.patientsVsSpace(b, g, row(0), row(b.horizon), O_NAME);
    }

    private void yearRow(int t) {
        var st = g.styles;
        int r = row(t);
        String p = Grid.local(r, PATIENTS);
        g.value(r, T, t, st.whole);
        g.formula(r, CAL, "i_startYear+" + Grid.local(r, T) + "-1", st.year);
        if (t == 0) {
            g.formula(r, PATIENTS, "i_patients", st.number);
        } else {
            String grow = "MAX(0," + Grid.local(r - 1, PATIENTS) + "*(1+i_growth)+IF(" + Grid.local(r, T)
                    + "<=i_dwellingYears,i_dwellings*" + a(AssumptionKeys.PERSONS_PER_DWELLING) + "*i_capture,0)+IF(" + Grid.local(r, T)
                    + "<=i_inflowYears,i_inflow,0)-i_leavers)";
            g.formula(r, PATIENTS, c.growth().capAtCapacity() ? "MIN(" + grow + ",d_gpCapacity)" : grow, st.number);
        }
        g.formula(r, FTE, p + "/" + a(AssumptionKeys.PATIENTS_PER_FTE), st.decimal);
        if (!roomProgramme()) {
            g.formula(r, M2, normM2(p), st.decimal);
            return;
        }
        roomProgramme(g, r, p, SCALE);
        g.formula(r, M2, Grid.local(r, GROSS) + "*d_adjust", st.decimal);
    }

    private void optionsTable() {
        Lang l = b.lang;
        var st = g.styles;
        String[] head = {l.t("Optie", "Option"), "m²", l.t("Capaciteit (patiënten)", "Capacity (patients)"),
                l.t("Bediend laatste jaar", "Served in last year"), l.t("Extra t.o.v. blijven", "Extra vs staying"),
                l.t("Ruimte te klein vanaf", "Space too small from")};
        for (int i = 0; i < head.length; i++) {
            g.text(3, O_NAME + i, head[i], st.header);
            if (i > 0) {
                g.fit(O_NAME + i, 10, head[i]);
            }
        }
        int last = b.horizon;
        for (int i = 0; i < b.optionCount(); i++) {
            int r = ROW0 + i;
            Grid op = b.operating.get(i);
            g.text(r, O_NAME, b.optionName(i));
            g.formula(r, O_AREA, b.area(i), st.number);
            g.formula(r, O_CAPACITY, roomProgramme() ? b.capacity.ref(CapacitySheet.resultRow(), CapacitySheet.col(i))
                    : "MAX(0,(" + b.area(i) + "/d_adjust-d_trainingM2)*" + a(AssumptionKeys.NORM_PATIENTS) + "/" + a(AssumptionKeys.NORM_M2) + ")",
                    st.number);
            g.formula(r, O_SERVED_LAST, op.ref(OperatingSheet.row(last), OperatingSheet.SERVED_END), st.number);
            g.formula(r, O_EXTRA, Grid.local(r, O_SERVED_LAST) + "-" + Grid.local(ROW0, O_SERVED_LAST), st.number);
            String flags = op.range(OperatingSheet.row(0), OperatingSheet.SHORT_FLAG, OperatingSheet.row(last), OperatingSheet.SHORT_FLAG);
            g.formula(r, O_RUNS_OUT, "IF(COUNT(" + flags + ")=0,\"" + b.names.never() + "\",MIN(" + flags + "))", st.year);
        }
    }

    /** Named before any formula uses them: POI resolves names while parsing. */
    private void derivedConstants() {
        Lang l = b.lang;
        var st = g.styles;
        int r = ROW0 + b.optionCount() + 1;
        g.text(r++, O_NAME, l.t("Afgeleide constanten", "Derived constants"), st.header);
        derived(r++, "d_adjust", l.t("Correctiefactor populatie en werkwijze", "Adjuster for population and way of working"),
                "(1+i_lowSes)*(1-i_efficiency)");
        derived(r++, "d_trainingM2", l.t("m² BVO voor aios-kamers", "Gross m² for trainee rooms"),
                c.practice().trainingPractice() ? "i_aios*" + a(AssumptionKeys.ROOM_CONSULT_M2) + "*" + a(AssumptionKeys.BVO_FACTOR) : "0");
        derived(r, "d_gpCapacity", l.t("Capaciteit huisartsen (patiënten)", "GP capacity (patients)"),
                "MAX(i_gpFte*" + a(AssumptionKeys.PATIENTS_PER_FTE) + ",i_patients)");
    }

    private void derived(int r, String name, String label, String formula) {
        g.text(r, O_NAME, label);
        g.formula(r, O_AREA, formula, g.styles.decimal);
        var n = b.wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(g.ref(r, O_AREA));
    }
}
