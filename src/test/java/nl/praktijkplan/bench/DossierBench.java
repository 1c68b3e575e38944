package nl.praktijkplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.pdf.DossierExporter;

/**
 * A warm export of the full PDF dossier of the largest sample (zijper-polder, 30 years, BMKB), including the
 * five sensitivity reruns of the engine and the atomic file write. Target: under 2 s.
 * Run: {@code .ci/bench DossierBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DossierBench {

    private final DossierExporter exporter = new DossierExporter();
    private ReportSnapshot snapshot;
    private Path target;

    @Setup
    public void setUp() throws IOException {
        snapshot = new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load("zijper-polder.json")),
                LocalDate.of(2026, 11, 23), ReportSnapshot.APP_VERSION, "Bench", Locale.forLanguageTag("nl-NL"));
        target = Files.createTempDirectory("dossier-bench").resolve("zijper-polder.pdf");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(target.getParent());
    }

    @Benchmark
    public long exportZijperPolder() throws IOException {
        exporter.export(snapshot, target);
        return Files.size(target);
    }
}
