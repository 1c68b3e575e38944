package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.store.LibraryException.DamagedVersionException;

/** Checksums per stored version, the check when the library opens, and the ways out of damage. */
class LibraryIntegrityTest {

    @TempDir
    Path dir;
    TestCases.MutableClock clock = new TestCases.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private LibraryOpener opener() {
        return new LibraryOpener(dir, clock);
    }

    @Test
    void aChangedDigitInStoredContentIsANamedErrorOnLoadNeverReadBack() throws Exception {
        try (Library lib = opener().openOrThrow(null)) {
            long id = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw")).id();
            lib.save(id, TestCases.edit(lib.load(id), 1));
            // A second session on the same database changes one digit of version 2 behind the library's back.
            try (Connection c = opener().connect(null, false, true);
                    PreparedStatement p = c.prepareStatement("UPDATE case_version SET content = REPLACE(content, '\"edit 1\"',"
                            + " '\"edit 7\"') WHERE case_id = ? AND version_no = 2")) {
                p.setLong(1, id);
                assertEquals(1, p.executeUpdate());
            }
            DamagedVersionException e = assertThrows(DamagedVersionException.class, () -> lib.load(id));
            assertEquals(id, e.caseId());
            assertEquals(2, e.versionNo());
            assertTrue(e.userMessage().nl().startsWith("Versie 2 van casus " + id + " is beschadigd"), e.userMessage().nl());
            assertThrows(DamagedVersionException.class, () -> lib.loadVersion(id, 2));
            assertThrows(DamagedVersionException.class, () -> lib.restoreVersion(id, 2));
            assertEquals(-1, TestCases.editNumber(lib.loadVersion(id, 1)), "the intact older version still loads");

            // Restoring the intact version makes it current again, with a checksum of its own.
            lib.restoreVersion(id, 1);
            assertEquals(-1, TestCases.editNumber(lib.load(id)));
            assertEquals(3, lib.versions(id).get(0).number());
        }
    }

    @Test
    void damageInTheFileFailsTheCheckAndIsNeverBackedUp() throws Exception {
        long damagedId;
        try (Library lib = opener().openOrThrow(null)) {
            for (int i = 1; i <= 4; i++) {
                lib.addCase(TestCases.named("Praktijk " + i, "Assen", "Gewone casus " + i));
            }
            damagedId = lib.addCase(TestCases.named("Praktijk 5", "Assen", "Zeldzame casus 4711")).id();
        }
        clock.advance(Duration.ofHours(25));
        OpenResult.Opened first = assertInstanceOf(OpenResult.Opened.class, opener().open(null));
        assertEquals("daily", first.backup().reason());
        assertEquals(5, first.backup().cases());
        first.library().close();
        Backup good = opener().backups().get(0);
        byte[] goodBytes = Files.readAllBytes(good.file());

        // One digit changed in the file itself, wherever the case's name is stored (H2 does not notice).
        assertTrue(replaceInFile(opener().databaseFile(), "Zeldzame casus 4711", "Zeldzame casus 4712") > 0);
        byte[] damagedBytes = Files.readAllBytes(opener().databaseFile());

        for (int day = 1; day <= 8; day++) {
            clock.advance(Duration.ofHours(25));
            OpenResult.Damaged damaged = assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
            assertNotNull(damaged.salvage());
            assertEquals(5, damaged.salvage().cases());
            assertEquals(4, damaged.salvage().readableCases());
            assertEquals(List.of(damagedId), damaged.salvage().report().problems().stream()
                    .map(IntegrityReport.Problem::caseId).toList());
            assertTrue(damaged.message().nl().contains("4 van de 5 casussen zijn nog leesbaar"), damaged.message().nl());
            assertEquals(List.of(good), damaged.backups(), "no backup of the damaged file, day " + day);
            assertArrayEquals(damagedBytes, Files.readAllBytes(opener().databaseFile()), "the check writes nothing");
        }
        assertArrayEquals(goodBytes, Files.readAllBytes(good.file()));

        // Salvage: the four intact cases go into a new library; the damaged file is kept aside.
        OpenResult.Damaged damaged = assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
        OpenResult.Opened salvaged = assertInstanceOf(OpenResult.Opened.class, opener().salvage(damaged.salvage(), null));
        try (Library lib = salvaged.library()) {
            assertEquals(List.of("Gewone casus 1", "Gewone casus 2", "Gewone casus 3", "Gewone casus 4"),
                    lib.practices().stream().flatMap(p -> p.cases().stream()).map(CaseSummary::name).sorted().toList());
            assertEquals(4, salvaged.check().cases());
            long maxSalvaged = lib.practices().stream().flatMap(p -> p.cases().stream()).mapToLong(CaseSummary::id).max()
                    .orElseThrow();
            long next = lib.addCase(TestCases.named("Praktijk 6", "Assen", "Na het redden")).id();
            assertTrue(next > maxSalvaged, "ids continue after the salvaged rows");
        }
        assertArrayEquals(damagedBytes, Files.readAllBytes(damagedAside().get(0)));

        // The good backup still brings back all five.
        OpenResult.Opened restored = assertInstanceOf(OpenResult.Opened.class, opener().restoreBackup(good, null));
        try (Library lib = restored.library()) {
            assertEquals("Zeldzame casus 4711", lib.load(damagedId).caseName());
        }
    }

    @Test
    void aFileWithItsFirst4KbZeroedStillOpensWithoutComplaint() throws Exception {
        long id;
        try (Library lib = opener().openOrThrow(null)) {
            id = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw")).id();
        }
        try (RandomAccessFile raf = new RandomAccessFile(opener().databaseFile().toFile(), "rw")) {
            raf.write(new byte[4096]);
        }
        OpenResult.Opened opened = assertInstanceOf(OpenResult.Opened.class, opener().open(null),
                "H2 reads its second header: not damaged");
        try (Library lib = opened.library()) {
            assertEquals("Nieuwbouw", lib.load(id).caseName());
        }
        assertTrue(damagedAside().isEmpty());
    }

    @Test
    void whenH2CannotOpenTheFileItsRecoverToolRebuildsTheCasesForSalvage() throws Exception {
        try (Library lib = opener().openOrThrow(null)) {
            for (int i = 1; i <= 3; i++) {
                long id = lib.addCase(TestCases.named("Praktijk " + i, "Assen", "Casus " + i)).id();
                lib.save(id, TestCases.edit(lib.load(id), i));
            }
        }
        // Damage in H2's own records of the schema (the index definitions it replays when it opens): H2 refuses the
        // file, its Recover tool reads the rows page by page and the rebuilt database skips the broken definitions.
        assertTrue(replaceInFile(opener().databaseFile(), "CREATE INDEX", "CREATE INDEY") > 0);
        OpenResult.Damaged damaged = assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
        assertNotNull(damaged.salvage(), damaged.technicalDetail());
        assertTrue(damaged.salvage().recovered());
        assertEquals(3, damaged.salvage().readableCases());
        assertFalse(Files.exists(opener().recoveryDir().resolve("library.h2.sql")), "the SQL dump is deleted at once");

        OpenResult.Opened salvaged = assertInstanceOf(OpenResult.Opened.class, opener().salvage(damaged.salvage(), null));
        try (Library lib = salvaged.library()) {
            List<CaseSummary> cases = lib.practices().stream().flatMap(p -> p.cases().stream()).toList();
            assertEquals(3, cases.size());
            for (CaseSummary c : cases) {
                assertEquals(Integer.parseInt(c.name().substring(6)), TestCases.editNumber(lib.load(c.id())));
                assertEquals(2, lib.versions(c.id()).size());
            }
        }
        assertFalse(Files.exists(opener().recoveryDir()));
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in the raw bytes of a file. */
    static int replaceInFile(Path file, String from, String to) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
                count++;
            }
        }
        Files.write(file, bytes);
        return count;
    }

    private List<Path> damagedAside() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("library-damaged-")).toList();
        }
    }
}
