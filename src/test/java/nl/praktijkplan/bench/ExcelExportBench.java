package nl.praktijkplan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.*;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.excel.WorkbookExporter;

/**
 * Export of the largest sample (zijper-polder: 30 years, room programme with its capacity search, monthly
 * schedules) to .xlsx bytes, warm. Target: under 1 s. Run: {@code .ci/bench ExcelExportBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExcelExportBench {

    private final WorkbookExporter exporter = new WorkbookExporter();
    private ReportSnapshot zijperPolder;

    @Setup
    public void setUp() {
        zijperPolder = new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load("zijper-polder.json")),
                LocalDate.of(2026, 1, 15), ReportSnapshot.APP_VERSION, "bench", Locale.forLanguageTag("nl-NL"));
    }

    /** Builds the workbook and serialises it, as export does before its atomic move. */
    @Benchmark
    public byte[] exportLargestSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (XSSFWorkbook wb = exporter.build(zijperPolder)) {
            wb.write(out);
        }
        return out.toByteArray();
    }
}
