package nl.praktijkplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.CaseFormat;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.ui.preferences.PreferencesStore;

/**
 * The headless commands. Exit codes: 0 done, 1 could not write output, 2 invalid case or usage.
 * Messages and reports are Dutch, whatever the system locale (the practice, its bank and its insurer are Dutch);
 * {@code --lang en} chooses English, for the messages and for the reports (which otherwise follow the case's
 * {@code dossierLanguage}).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int OUTPUT_FAILED = 1;
    public static final int INVALID = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean dutch;
    /** The language {@code --lang} chose for the reports; null: each case's own dossier language. */
    private final Locale reports;

    /** Dutch messages and reports unless the arguments say {@code --lang en}. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, Locale.forLanguageTag("nl-NL"));
    }

    /** Messages and reports in the given language unless the arguments say {@code --lang}. */
    public Cli(PrintStream out, PrintStream err, Locale locale) {
        this(out, err, locale, null);
    }

    private Cli(PrintStream out, PrintStream err, Locale locale, Locale reports) {
        this.out = out;
        this.err = err;
        this.dutch = !"en".equals(locale.getLanguage());
        this.reports = reports;
    }

    public int run(String... args) {
        int lang = java.util.Arrays.asList(args).indexOf("--lang");
        if (lang >= 0) {
            if (lang + 1 >= args.length || !(args[lang + 1].equals("nl") || args[lang + 1].equals("en"))) {
                return usage();
            }
            String[] rest = new String[args.length - 2];
            System.arraycopy(args, 0, rest, 0, lang);
            System.arraycopy(args, lang + 2, rest, lang, args.length - lang - 2);
            Locale chosen = Locale.forLanguageTag(args[lang + 1]);
            return new Cli(out, err, chosen, chosen).run(rest);
        }
        try {
            if (args.length == 2 && args[0].equals("validate")) {
                return validate(Path.of(args[1]));
            }
            if (args.length == 2 && args[0].equals("summary")) {
                return summary(Path.of(args[1]));
            }
            if (args.length > 0 && args[0].equals("export")) {
                var targets = ExportCommand.targets(args);
                return targets == null ? usage()
                        : new ExportCommand(out, err, dutch, this::read, PreferencesStore.forUser().load().letterhead(), reports).run(Path.of(args[1]), targets);
            }
            return usage();
        } catch (RuntimeException e) {
            // Never a stack trace for the user: the engine is total on validated input, so this is a defect.
            err.println((dutch ? "Interne fout: " : "Internal error: ") + e);
            return OUTPUT_FAILED;
        }
    }

    private int usage() {
        err.println(dutch
                ? """
                  Gebruik:
                    praktijkplan                      start de desktopapplicatie
                    praktijkplan validate CASUS.json  controleer een casusbestand
                    praktijkplan summary CASUS.json   kerncijfers als JSON
                    praktijkplan export CASUS.json [--xlsx UIT.xlsx] [--pdf UIT.pdf]
                                                      Excel-werkmap met formules en/of PDF-dossier
                  Met --lang nl of --lang en kiest u de taal van meldingen en rapporten;
                  zonder --lang volgen de rapporten de dossiertaal van de casus."""
                : """
                  Usage:
                    praktijkplan                      start the desktop application
                    praktijkplan validate CASE.json   check a case file
                    praktijkplan summary CASE.json    key figures as JSON
                    praktijkplan export CASE.json [--xlsx OUT.xlsx] [--pdf OUT.pdf]
                                                      Excel workbook with formulas and/or PDF dossier
                  --lang nl or --lang en chooses the language of messages and reports;
                  without --lang the reports follow the case's dossier language.""");
        return INVALID;
    }

    private ReadResult read(Path file) {
        ReadResult r = new CaseFileReader().read(file);
        for (Problem p : r.problems()) {
            err.println(p.describe(dutch));
        }
        if (!r.notices().isEmpty()) {
            err.println(dutch ? "Dit bestand is bijgewerkt naar formaatversie " + CaseFormat.CURRENT_VERSION + "; nieuwe velden:"
                    : "This file was upgraded to format version " + CaseFormat.CURRENT_VERSION + "; new fields:");
            for (Problem p : r.notices()) {
                err.println("  " + p.describe(dutch));
            }
        }
        return r;
    }

    private int validate(Path file) {
        ReadResult r = read(file);
        if (!r.ok()) {
            return INVALID;
        }
        out.println(dutch ? "Geldig: " + file : "Valid: " + file);
        return OK;
    }

    private int summary(Path file) {
        ReadResult r = read(file);
        if (!r.ok()) {
            return INVALID;
        }
        BusinessCaseResult result = new BusinessCaseEngine().compute(r.businessCase());
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SummaryJson.of(result)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return OK;
    }
}
