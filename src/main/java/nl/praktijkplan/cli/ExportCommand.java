package nl.praktijkplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.report.Letterhead;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.excel.WorkbookExporter;
import nl.praktijkplan.report.pdf.DossierExporter;

/**
 * {@code export CASE.json [--xlsx OUT.xlsx] [--pdf OUT.pdf]}: renders the case to one or more report files.
 * Each output is an option naming its format: a further format is one more entry in {@link #FORMATS}.
 */
final class ExportCommand {

    /** A report format: writes the snapshot to a file. */
    @FunctionalInterface
    interface Format {
        void write(ReportSnapshot snapshot, Path target) throws IOException;
    }

    private static final Map<String, Format> FORMATS = Map.of(
            "--xlsx", new WorkbookExporter()::export,
            "--pdf", new DossierExporter()::export);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean dutch;
    private final Function<Path, ReadResult> reader;
    private final Letterhead letterhead;

    /** @param letterhead who prepares the reports, from the user's settings */
    ExportCommand(PrintStream out, PrintStream err, boolean dutch, Function<Path, ReadResult> reader, Letterhead letterhead) {
        this.out = out;
        this.err = err;
        this.dutch = dutch;
        this.reader = reader;
        this.letterhead = letterhead;
    }

    /** @param args {@code export CASE.json} followed by option/target pairs; null when they do not parse */
    static Map<String, Path> targets(String[] args) {
        if (args.length < 4 || args.length % 2 != 0) {
            return null;
        }
        Map<String, Path> targets = new LinkedHashMap<>();
        for (int k = 2; k < args.length; k += 2) {
            if (!FORMATS.containsKey(args[k]) || targets.put(args[k], Path.of(args[k + 1])) != null) {
                return null;
            }
        }
        return targets;
    }

    /** Exports; the targets come from {@link #targets(String[])}. */
    int run(Path caseFile, Map<String, Path> targets) {
        ReadResult r = reader.apply(caseFile);
        if (!r.ok()) {
            return Cli.INVALID;
        }
        ReportSnapshot snapshot = ReportSnapshot.of(r.businessCase(), dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH, letterhead);
        for (var e : targets.entrySet()) {
            Path target = e.getValue();
            try {
                FORMATS.get(e.getKey()).write(snapshot, target);
            } catch (IOException ex) {
                err.println(message(target, ex));
                return Cli.OUTPUT_FAILED;
            }
            out.println((dutch ? "Geschreven: " : "Written: ") + target);
        }
        return Cli.OK;
    }

    private String message(Path target, IOException ex) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return dutch ? "Kan " + target + " niet schrijven: de map " + dir + " bestaat niet. Kies een bestaande map."
                    : "Cannot write " + target + ": the folder " + dir + " does not exist. Choose an existing folder.";
        }
        if (ex instanceof AccessDeniedException) {
            return dutch ? "Kan " + target + " niet schrijven: het bestand is alleen-lezen of in gebruik. Sluit het (bijv. in Excel) of kies een andere naam; het bestaande bestand is niet gewijzigd."
                    : "Cannot write " + target + ": the file is read-only or in use. Close it (e.g. in Excel) or choose another name; the existing file is unchanged.";
        }
        return (dutch ? "Kan " + target + " niet schrijven: " : "Cannot write " + target + ": ") + ex.getMessage();
    }
}
