package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.Practice;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.Staffing;

/**
 * The floor area (BVO, m²) a practice needs for a number of patients, by the LHV norm or by a room
 * programme, and its inverse: how many patients fit in a given area.
 * In the room programme the team grows in proportion to the patient list; trainees (aios) do not. Calibrated so
 * that the LHV standard practice (2,439 patients) needs about its norm of 190 m² (a test pins it).
 */
public final class SpaceRequirement {

    /** The rooms of the room programme for one patient count (counts of rooms, areas in net m²). */
    public record RoomProgramme(int consultRooms, int treatmentRooms, int pohRooms, int assistantRooms,
                                double waitingM2, double supportM2, double netM2, double grossM2) {
    }

    private final Practice practice;
    private final Staffing staffing;
    private final double gpFte;
    private final Assumptions a;

    /** @param gpFte the GP FTE working in the practice today (holders and employed GPs) */
    public SpaceRequirement(Practice practice, Staffing staffing, double gpFte, Assumptions assumptions) {
        this.practice = practice;
        this.staffing = staffing;
        this.gpFte = gpFte;
        this.a = assumptions;
    }

    /** m² BVO needed for {@code patients} registered patients, adjusters applied. */
    public double m2Needed(double patients) {
        double base = practice.spaceMethod() == SpaceMethod.ROOM_PROGRAMME
                ? roomProgramme(patients).grossM2()
                : normM2(patients);
        return base * adjustment();
    }

    /** LHV norm: normM2 × patients / normPatients, plus a consulting room per aios in a training practice. */
    public double normM2(double patients) {
        return a.value(NORM_M2) * patients / a.value(NORM_PATIENTS) + trainingRoomsM2();
    }

    private double trainingRoomsM2() {
        return practice.trainingPractice() ? staffing.aiosCount() * a.value(ROOM_CONSULT_M2) * a.value(BVO_FACTOR) : 0;
    }

    /** The factor for the population and the way of working: (1 + low-SES uplift) × (1 − efficiency gain). */
    public double adjustment() {
        return (1 + practice.lowSesUpliftPct() / 100) * (1 - practice.efficiencyGainPct() / 100);
    }

    public RoomProgramme roomProgramme(double patients) {
        double scale = practice.patients() > 0 ? patients / practice.patients() : 0;
        double gp = gpFte * scale;
        int aios = practice.trainingPractice() ? staffing.aiosCount() : 0;
        int consult = roomsFor(gp) + roomsFor(staffing.physicianAssistantFte() * scale) + aios;
        int treatment = roomsFor(gp * a.value(TREATMENT_ROOMS_PER_GP_FTE));
        int poh = roomsFor((staffing.pohSomaticFte() + staffing.pohMentalFte()) * scale);
        int assistant = roomsFor(staffing.assistantFte() * scale / a.value(ASSISTANT_FTE_PER_ROOM));
        double waiting = a.value(WAITING_M2_PER_1000) * patients / 1000;
        // Staff room, office, storage and sanitary space grow with the team; corridors with the rooms they connect.
        double staffFte = gp + (staffing.pohSomaticFte() + staffing.pohMentalFte() + staffing.physicianAssistantFte()
                + staffing.assistantFte()) * scale;
        double support = a.value(SUPPORT_BASE_NET_M2) + a.value(SUPPORT_M2_PER_STAFF_FTE) * staffFte;
        double rooms = consult * a.value(ROOM_CONSULT_M2) + treatment * a.value(ROOM_TREATMENT_M2)
                + poh * a.value(ROOM_POH_M2) + assistant * a.value(ROOM_ASSISTANT_M2) + waiting + support;
        double net = rooms * (1 + a.rate(CIRCULATION_PCT));
        return new RoomProgramme(consult, treatment, poh, assistant, waiting, support, net, net * a.value(BVO_FACTOR));
    }

    /** Whole rooms for a fractional need; the tolerance keeps 2.0000000001 FTE at two rooms. */
    private static int roomsFor(double need) {
        return need <= 0 ? 0 : (int) Math.ceil(need - 1e-9);
    }

    /** The largest patient list whose requirement fits in {@code areaM2}; 0 when not even an empty practice fits. */
    public double capacity(double areaM2) {
        if (practice.spaceMethod() == SpaceMethod.NORM) {
            double normArea = areaM2 / adjustment() - trainingRoomsM2();
            return Math.max(0, normArea * a.value(NORM_PATIENTS) / a.value(NORM_M2));
        }
        if (m2Needed(0) > areaM2) {
            return 0;
        }
        // The room programme is a non-decreasing step function of the patient count: bisect its last fit.
        double lo = 0;
        double hi = 1;
        while (m2Needed(hi) <= areaM2 && hi < 1e9) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
            double mid = (lo + hi) / 2;
            if (m2Needed(mid) <= areaM2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
