package nl.praktijkplan.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;

/** Writes the dossier of every sample to a folder, for looking at: {@code java … DossierPreview target/dossier}. */
public final class DossierPreview {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/dossier");
        Files.createDirectories(out);
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "nl-NL");
        for (String name : SampleCases.names()) {
            ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load(name)), LocalDate.now(),
                    ReportSnapshot.APP_VERSION, "Praktijkplan voorbeeld", locale);
            Path file = out.resolve(name.replace(".json", "") + "-" + locale.getLanguage() + ".pdf");
            long t0 = System.nanoTime();
            new DossierExporter().export(s, file);
            System.out.printf("%s %d ms%n", file, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
