package nl.praktijkplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.*;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Practice;
import nl.praktijkplan.store.Library;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.PracticeSummary;

/**
 * The library screen's two queries on a large library: 1,000 practices with 5 cases each (5,000 cases, one version
 * each, ~25 MB of case JSON) in a real H2 file. Targets: the whole list under 200 ms, a search under 50 ms.
 * Run: {@code .ci/bench LibraryBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LibraryBench {

    static final String[] MUNICIPALITIES = {"Utrecht", "Groningen", "Leeuwarden", "Enschede", "Zwolle", "Súdwest-Fryslân",
        "Amersfoort", "Nijmegen", "Tilburg", "Breda", "Almere", "Den Haag", "Rotterdam", "Maastricht", "Zijpe",
        "Heerenveen", "Deventer", "Apeldoorn", "Haarlem", "Leiden"};
    static final String[] CASES = {"Nieuwbouw", "Huur bedrijfsverzamelgebouw", "Koop en verbouw", "Blijven en uitbreiden",
        "Gezondheidscentrum"};

    private Path dir;
    private Library library;

    /**
     * Builds the library once in {@code target/library-bench} (about a minute: 5,000 separate commits) and reuses it
     * in the following forks and runs.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Path.of("target", "library-bench").toAbsolutePath();
        if (Files.exists(dir)) {
            library = new LibraryOpener(dir).openOrThrow(null);
            if (library.practices().size() == 1_000 && library.search("fryslan").size() == 50) {
                return;
            }
            library.close();
            delete(dir);
        }
        library = new LibraryOpener(dir).openOrThrow(null);
        BusinessCase sample = SampleCases.load(SampleCases.FIRST);
        long start = System.nanoTime();
        for (int p = 0; p < 1_000; p++) {
            String municipality = MUNICIPALITIES[p % MUNICIPALITIES.length];
            Practice practice = renamed(sample.practice(), "Huisartsenpraktijk " + p + " " + municipality, municipality);
            for (String name : CASES) {
                library.addCase(new BusinessCase(name, practice, sample.staffing(), sample.currentPremises(),
                        sample.growth(), sample.income(), sample.costs(), sample.privateFinances(), sample.financing(),
                        sample.options(), sample.preferredOption(), sample.region(), sample.assumptionOverrides(),
                        sample.notes()));
            }
        }
        System.out.printf("%nsetup: 5,000 cases in %d ms, file %d MB%n", (System.nanoTime() - start) / 1_000_000,
                Files.size(library.file()) / 1_000_000);
        if (library.practices().size() != 1_000 || library.search("fryslan").size() != 50) {
            throw new IllegalStateException("unexpected library content");
        }
    }

    private static Practice renamed(Practice p, String name, String municipality) {
        return p.withNames(name, municipality);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        library.close();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The library screen's list: every practice with its cases, sorted by last change. */
    @Benchmark
    public List<PracticeSummary> loadLibraryList() {
        return library.practices();
    }

    /** Typing a municipality in the search box (50 practices, 250 cases match). */
    @Benchmark
    public List<PracticeSummary> searchMunicipality() {
        return library.search("fryslan");
    }

    /** A case-name search that matches one case in every practice (1,000 practices, 1,000 cases). */
    @Benchmark
    public List<PracticeSummary> searchCaseName() {
        return library.search("verbouw");
    }
}
