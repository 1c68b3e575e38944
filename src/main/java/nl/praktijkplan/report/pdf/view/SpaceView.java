package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.BVO_FACTOR;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.NORM_M2;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.NORM_PATIENTS;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.calc.SpaceRequirement;
import nl.praktijkplan.domain.input.SpaceMethod;

/**
 * Chapter "Ruimtebehoefte": the norm or room programme, the adjustments, and the m² needed against what each option
 * offers. {@code rooms} is null under the LHV norm.
 */
public record SpaceView(Lang l, boolean norm, String normM2, String normPatients, String bvoFactor,
                        List<String> roomsNow, List<String> roomsLater, String patientsNow, int lastYear, String patientsLast,
                        String lowSesUplift, String efficiencyGain, String training, Integer spaceRunsOutYear, String currentArea,
                        List<Row> premises, Chart chart, List<String> optionLetters, List<Row> years, String legend) {

    public static SpaceView of(DossierData d) {
        var f = d.f;
        var c = d.c;
        var r = d.r;
        boolean norm = c.practice().spaceMethod() == SpaceMethod.NORM;
        List<String> now = null;
        List<String> later = null;
        if (!norm) {
            SpaceRequirement space = new SpaceRequirement(c.practice(), c.staffing(), c.gpFteNow(), d.a);
            now = rooms(d, space.roomProgramme(c.practice().patients()));
            later = rooms(d, space.roomProgramme(d.lastPatients()));
        }
        List<Row> premises = new ArrayList<>();
        premises.add(Row.of(d.t("Huidige huisvesting", "Current premises"), f.m2(r.currentAreaM2()), f.count(r.stay().capacityPatients()),
                f.year(r.stay().spaceRunsOutYear())));
        for (OptionResult o : r.options()) {
            premises.add(Row.of(o.option().name(), f.m2(o.areaM2()), f.count(o.capacityPatients()), f.year(o.spaceRunsOutYear())));
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < r.options().size(); i++) {
            letters.add(d.optionLetter(i));
        }
        List<Row> years = new ArrayList<>();
        for (ProjectionYear y : r.projection()) {
            if (y.year() == 0) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(y.calendarYear()));
            row.add(f.count(y.m2Needed()));
            row.add(f.count(r.currentAreaM2()) + (y.m2Needed() > r.currentAreaM2() ? " !" : ""));
            for (OptionResult o : r.options()) {
                row.add(f.count(o.areaM2()) + (y.m2Needed() > o.areaM2() ? " !" : ""));
            }
            years.add(new Row(List.copyOf(row), false));
        }
        return new SpaceView(d.l, norm, f.plain(d.a.value(NORM_M2)), f.count(d.a.value(NORM_PATIENTS)), f.plain(d.a.value(BVO_FACTOR)),
                now, later, f.count(c.practice().patients()), d.lastYear(), f.count(d.lastPatients()),
                f.percent(c.practice().lowSesUpliftPct()), f.percent(c.practice().efficiencyGainPct()), f.yesNo(c.practice().trainingPractice()),
                r.spaceRunsOutYear(), f.m2(r.currentAreaM2()), premises,
                d.chart("chart-space", d.chartFactory.patientsAndSpace(r), 85), letters, years, d.optionLegend());
    }

    /** Consulting, treatment, nurse and assistant rooms, waiting and support m², net and gross m². */
    private static List<String> rooms(DossierData d, SpaceRequirement.RoomProgramme p) {
        var f = d.f;
        return List.of(f.count(p.consultRooms()), f.count(p.treatmentRooms()), f.count(p.pohRooms()), f.count(p.assistantRooms()),
                f.count(p.waitingM2()), f.count(p.supportM2()), f.count(p.netM2()), f.count(p.grossM2()));
    }
}
