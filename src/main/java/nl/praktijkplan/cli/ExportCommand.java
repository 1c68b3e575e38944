package nl.praktijkplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.io.AtomicFiles;
import nl.praktijkplan.io.FileWriteException;
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
    private final Map<String, Format> formats;
    private final Letterhead letterhead;
    private final Locale reports;

    /**
     * @param letterhead who prepares the reports, from the user's settings
     * @param reports    the reports' language chosen on the command line; null: the case's dossier language
     */
    ExportCommand(PrintStream out, PrintStream err, boolean dutch, Function<Path, ReadResult> reader, Letterhead letterhead,
                  Locale reports) {
        this(out, err, dutch, reader, letterhead, FORMATS, reports);
    }

    /** @param formats the writers by option (tests replace one to simulate a full disk) */
    ExportCommand(PrintStream out, PrintStream err, boolean dutch, Function<Path, ReadResult> reader, Letterhead letterhead,
                  Map<String, Format> formats) {
        this(out, err, dutch, reader, letterhead, formats, dutch ? null : Locale.ENGLISH);
    }

    private ExportCommand(PrintStream out, PrintStream err, boolean dutch, Function<Path, ReadResult> reader, Letterhead letterhead,
                          Map<String, Format> formats, Locale reports) {
        this.out = out;
        this.err = err;
        this.dutch = dutch;
        this.reader = reader;
        this.formats = formats;
        this.letterhead = letterhead;
        this.reports = reports;
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
        String refused = refusedTargets(caseFile, targets);
        if (refused != null) {
            err.println(refused);
            return Cli.INVALID;
        }
        ReadResult r = reader.apply(caseFile);
        if (!r.ok()) {
            return Cli.INVALID;
        }
        Locale language = reports != null ? reports : Locale.forLanguageTag(r.businessCase().dossierLanguage().tag());
        ReportSnapshot snapshot = ReportSnapshot.of(r.businessCase(), language, letterhead);
        for (var e : targets.entrySet()) {
            Path target = e.getValue();
            try {
                formats.get(e.getKey()).write(snapshot, target);
            } catch (FileWriteException ex) {
                err.println(ex.sentence(dutch));
                return Cli.OUTPUT_FAILED;
            } catch (IOException ex) {
                err.println((dutch ? "Kan " + target + " niet opslaan: " : "Cannot write " + target + ": ") + ex.getMessage());
                return Cli.OUTPUT_FAILED;
            }
            out.println((dutch ? "Geschreven: " : "Written: ") + target);
        }
        return Cli.OK;
    }

    /** A usage mistake that would lose data: a target that is the case file itself, or one file named twice. */
    private String refusedTargets(Path caseFile, Map<String, Path> targets) {
        Map<Path, String> seen = new LinkedHashMap<>();
        for (var e : targets.entrySet()) {
            try {
                AtomicFiles.checkNotInput(e.getValue(), caseFile);
            } catch (FileWriteException ex) {
                return ex.sentence(dutch);
            }
            Path key = AtomicFiles.identity(e.getValue());
            String other = seen.put(key, e.getKey());
            if (other != null) {
                return dutch ? other + " en " + e.getKey() + " noemen hetzelfde bestand " + e.getValue() + "; kies twee namen."
                        : other + " and " + e.getKey() + " name the same file " + e.getValue() + "; choose two names.";
            }
        }
        return null;
    }
}
