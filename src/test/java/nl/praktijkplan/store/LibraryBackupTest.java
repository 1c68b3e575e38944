package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups in generations, restoring an old one, a missing library file, and owner-only files. */
class LibraryBackupTest {

    @TempDir
    Path dir;
    /** Monday 2 March 2026. */
    TestCases.MutableClock clock = new TestCases.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private LibraryOpener opener() {
        return new LibraryOpener(dir, clock);
    }

    @Test
    void sixtyDaysOfUseKeepDailyWeeklyAndMonthlyGenerationsAndAMonthOldOneRestores() {
        // Day 0 creates the library with case "Dag 0"; every later day d opens it (making the daily backup, which
        // then holds the d cases Dag 0 … Dag d-1) and adds "Dag d".
        for (int day = 0; day < 60; day++) {
            OpenResult.Opened o = assertInstanceOf(OpenResult.Opened.class, opener().open(null));
            assertEquals(day == 0 ? null : "daily", o.backup() == null ? null : o.backup().reason());
            try (Library lib = o.library()) {
                lib.addCase(TestCases.named("Praktijk", "Assen", "Dag " + day));
            }
            clock.advance(Duration.ofDays(1));
        }
        // Day d is 2 March + d: day 29 = 31 March, day 30 = 1 April, day 59 = 30 April (a Thursday).
        // Daily: the last 7 days with a backup, 53…59. Weekly (ISO weeks from Monday, day 56 is a Monday): the newest
        // of weeks 56–62, 49–55, 42–48, 35–41 = 59, 55, 48, 41. Monthly: April's newest 59, March's newest 29.
        List<Integer> kept = opener().backups().stream().map(Backup::cases).toList();
        assertEquals(List.of(59, 58, 57, 56, 55, 54, 53, 48, 41, 29), kept, "each backup on day d holds d cases");
        Backup monthOld = opener().backups().get(9);
        assertEquals(Instant.parse("2026-03-31T09:00:00Z"), monthOld.createdAt());
        assertEquals(1, monthOld.practices());

        OpenResult.Opened restored = assertInstanceOf(OpenResult.Opened.class, opener().restoreBackup(monthOld, null));
        try (Library lib = restored.library()) {
            List<String> names = lib.practices().get(0).cases().stream().map(CaseSummary::name).sorted().toList();
            assertEquals(IntStream.range(0, 29).mapToObj(d -> "Dag " + d).sorted().toList(), names);
        }
        assertEquals(1, damagedAside().size(), "the library it replaced is kept aside");
    }

    @Test
    void aMissingLibraryOffersItsBackupsInsteadOfStartingEmpty() throws Exception {
        try (Library lib = opener().openOrThrow(null)) {
            lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw"));
            lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Huur"));
            lib.addCase(TestCases.named("Gezondheidscentrum Noord", "Assen", "Verbouw"));
        }
        clock.advance(Duration.ofHours(25));
        opener().openOrThrow(null).close(); // the daily backup: 2 practices, 3 cases
        Files.delete(opener().databaseFile());

        OpenResult.Missing missing = assertInstanceOf(OpenResult.Missing.class, opener().open(null));
        assertEquals(1, missing.backups().size());
        Backup b = missing.backups().get(0);
        assertEquals(Instant.parse("2026-03-03T10:00:00Z"), b.createdAt());
        assertEquals(2, b.practices());
        assertEquals(3, b.cases());
        assertTrue(missing.message().nl().startsWith("Het bibliotheekbestand ontbreekt"));
        assertFalse(Files.exists(opener().databaseFile()), "nothing is created until the user chooses");
        assertThrows(LibraryException.MissingLibraryException.class, () -> opener().openOrThrow(null));

        OpenResult.Opened restored = assertInstanceOf(OpenResult.Opened.class, opener().restoreBackup(b, null));
        try (Library lib = restored.library()) {
            assertEquals(3, lib.practices().stream().mapToInt(p -> p.cases().size()).sum());
        }
        // Choosing an empty library instead is possible too, and is then what the user gets.
        Files.delete(opener().databaseFile());
        OpenResult.Opened fresh = assertInstanceOf(OpenResult.Opened.class, opener().startFresh(null));
        try (Library lib = fresh.library()) {
            assertTrue(lib.practices().isEmpty());
        }
    }

    @Test
    void libraryAndBackupsAreReadableByTheirOwnerOnly() throws Exception {
        try (Library lib = opener().openOrThrow(null)) {
            lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw"));
        }
        clock.advance(Duration.ofHours(25));
        opener().openOrThrow(null).close();
        opener().changePassword(null, "geheim".toCharArray());
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.toList();
        }
        assertTrue(all.contains(opener().databaseFile()));
        assertEquals(2, opener().backups().size(), "daily and before-password");
        for (Path p : all) {
            assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    private List<Path> damagedAside() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("library-damaged-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
