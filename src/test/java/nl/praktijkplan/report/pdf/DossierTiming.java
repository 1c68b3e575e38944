package nl.praktijkplan.report.pdf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;

/** Quick timing of repeated in-memory renders of one sample (a sanity check beside the JMH bench). */
public final class DossierTiming {

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "zijper-polder.json";
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load(sample)), LocalDate.now(),
                ReportSnapshot.APP_VERSION, "timing", Locale.forLanguageTag("nl-NL"));
        DossierExporter e = new DossierExporter();
        for (int i = 0; i < 12; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = e.render(s, EnumSet.allOf(Chapter.class));
            System.out.printf("%d: %d ms, %d bytes%n", i, (System.nanoTime() - t0) / 1_000_000, pdf.length);
        }
    }
}
