package nl.praktijkplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;

/**
 * The headless commands. Exit codes: 0 done, 1 could not write output, 2 invalid case or usage.
 * Messages follow the language of the system locale (Dutch unless it is another language).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int OUTPUT_FAILED = 1;
    public static final int INVALID = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean dutch;

    public Cli(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.dutch = !"en".equals(locale.getLanguage());
    }

    public int run(String... args) {
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
                        : new ExportCommand(out, err, dutch, this::read).run(Path.of(args[1]), targets);
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
                                                      Excel-werkmap met formules"""
                : """
                  Usage:
                    praktijkplan                      start the desktop application
                    praktijkplan validate CASE.json   check a case file
                    praktijkplan summary CASE.json    key figures as JSON
                    praktijkplan export CASE.json [--xlsx OUT.xlsx] [--pdf OUT.pdf]
                                                      Excel workbook with formulas""");
        return INVALID;
    }

    private ReadResult read(Path file) {
        ReadResult r = new CaseFileReader().read(file);
        for (Problem p : r.problems()) {
            err.println(p.describe(dutch));
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
