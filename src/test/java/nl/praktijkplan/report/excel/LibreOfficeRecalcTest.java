package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * An independent spreadsheet engine recalculates the exported workbooks: LibreOffice Calc, headless, converts
 * each to .xlsx with "recalculate on load: always" set in a private user profile (POI writes no cached results,
 * so nothing could be copied through), and the values it stores equal the engine's. Outside CI the test is
 * skipped when soffice is missing; on CI (CI=true) a missing soffice fails it.
 */
class LibreOfficeRecalcTest {

    private static final long TIMEOUT_SECONDS = 300;

    /** Calc's settings: recalculate OOXML and ODF files on load, always. */
    private static final String PROFILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    static Path soffice() {
        String env = System.getenv("SOFFICE");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "soffice"));
            }
        }
        candidates.add(Path.of("/usr/bin/soffice"));
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** The soffice to use; skips the test outside CI, fails it on CI, when there is none. */
    static Path requireSoffice() {
        Path soffice = soffice();
        if (soffice == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("LibreOffice (soffice) is not installed on this CI machine, so the workbook cannot be checked by an "
                        + "independent engine. Install libreoffice-calc-nogui or set SOFFICE to its path.");
            }
            assumeTrue(false, "soffice not found; LibreOffice check skipped (it is required when CI=true)");
        }
        return soffice;
    }

    /** Recalculates the workbooks in LibreOffice and returns the converted copies, in the same order. */
    static List<Path> recalculate(Path soffice, List<Path> workbooks, Path work) throws Exception {
        Path profile = work.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), PROFILE, StandardCharsets.UTF_8);
        Path out = work.resolve("recalculated");
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "xlsx",
                "--outdir", out.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String log = Files.readString(work.resolve("soffice.log"));
        assertEquals(0, p.exitValue(), "soffice failed: " + log);
        List<Path> converted = workbooks.stream().map(w -> out.resolve(w.getFileName())).toList();
        for (Path c : converted) {
            assertTrue(Files.isRegularFile(c), "soffice wrote no " + c.getFileName() + ": " + log);
        }
        return converted;
    }

    /** The values LibreOffice stored: a formula cell's cached result, a constant as it is, null when blank. */
    static EngineChecks.Values cachedValues(XSSFWorkbook wb) {
        return (sheet, r, c) -> {
            Row row = wb.getSheetAt(sheet).getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case NUMERIC -> cell.getNumericCellValue();
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case ERROR -> "#ERROR " + cell.getErrorCellValue();
                default -> null;
            };
        };
    }

    @Test
    void libreOfficeRecalculatesEverySampleToTheEnginesNumbers(@TempDir Path work) throws Exception {
        Path soffice = requireSoffice();
        List<String> samples = SampleCases.names();
        List<ReportSnapshot> snapshots = new ArrayList<>();
        List<Path> exported = new ArrayList<>();
        for (String sample : samples) {
            ReportSnapshot s = WorkbookFormulaTest.snapshot(sample, Locale.forLanguageTag("nl-NL"));
            Path file = work.resolve(sample.replace(".json", ".xlsx"));
            new WorkbookExporter().export(s, file);
            snapshots.add(s);
            exported.add(file);
        }
        List<Path> recalculated = recalculate(soffice, exported, work);
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            ReportSnapshot s = snapshots.get(k);
            Path file = recalculated.get(k);
            String sample = samples.get(k);
            checks.add(() -> {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    new EngineChecks(s.result()).verify(cachedValues(wb), "LibreOffice, " + sample);
                }
            });
        }
        assertAll(checks);
    }

    /**
     * The formula paths of existing loans (annuity and linear, running on and refinanced), of a lease-limited fit-out
     * loan, and of loan parts (an annuity refinanced after its fixed years with a balloon, a linear part, a bridge loan).
     */
    @Test
    void libreOfficeRecalculatesExistingLoansAShortLeaseAndLoanParts(@TempDir Path work) throws Exception {
        Path soffice = requireSoffice();
        var base = SampleCases.load("lhv-bouwadvies.json");
        List<nl.praktijkplan.domain.input.BusinessCase> variants = List.of(
                FormulaVariantsTest.withDebts(base, FormulaVariantsTest.annuityRunsOnLinearRefinanced()),
                FormulaVariantsTest.withDebts(base, FormulaVariantsTest.linearRunsOnAnnuityRefinanced()),
                FormulaVariantsTest.withParts(FormulaVariantsTest.withDebts(base, FormulaVariantsTest.annuityRunsOnLinearRefinanced())));
        List<ReportSnapshot> snapshots = new ArrayList<>();
        List<Path> exported = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(variants.get(k)),
                    java.time.LocalDate.of(2026, 1, 15), ReportSnapshot.APP_VERSION, "test", Locale.forLanguageTag("nl-NL"));
            Path file = work.resolve("debts-" + k + ".xlsx");
            new WorkbookExporter().export(s, file);
            snapshots.add(s);
            exported.add(file);
        }
        List<Path> recalculated = recalculate(soffice, exported, work);
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            ReportSnapshot s = snapshots.get(k);
            Path file = recalculated.get(k);
            String name = "LibreOffice, existing loans" + (k == 2 ? " and loan parts" : " " + (k + 1));
            checks.add(() -> {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    new EngineChecks(s.result()).verify(cachedValues(wb), name);
                }
            });
        }
        assertAll(checks);
    }

    @Test
    void libreOfficeFollowsAChangedInterestRate(@TempDir Path work) throws Exception {
        Path soffice = requireSoffice();
        var base = SampleCases.load("lhv-bouwadvies.json");
        ReportSnapshot s = WorkbookFormulaTest.snapshot("lhv-bouwadvies.json", Locale.ENGLISH);
        Path file = work.resolve("rate.xlsx");
        try (XSSFWorkbook wb = new WorkbookExporter().build(s); var out = Files.newOutputStream(file)) {
            InterestRateChangeTest.setRate(wb, 4.5);
            wb.write(out);
        }
        var after = new BusinessCaseEngine().compute(InterestRateChangeTest.withRate(base, 4.5));
        Path recalculated = recalculate(soffice, List.of(file), work).get(0);
        try (InputStream in = Files.newInputStream(recalculated); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            new EngineChecks(after).verify(cachedValues(wb), "LibreOffice, rate 4.5%");
        }
    }
}
