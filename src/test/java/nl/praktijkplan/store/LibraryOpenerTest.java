package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.LibraryException.SchemaTooNewException;
import nl.praktijkplan.store.LibraryException.WrongPasswordException;

/** Opening real H2 files: reopen, migrations, newer schema, passwords, damage and backups. */
class LibraryOpenerTest {

    @TempDir
    Path dir;
    TestCases.MutableClock clock = new TestCases.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private LibraryOpener opener() {
        return new LibraryOpener(dir, clock);
    }

    @Test
    void everyEditIsThereAfterReopeningInANewConnection() {
        long a;
        long b;
        try (Library lib = opener().openOrThrow(null)) {
            a = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw")).id();
            b = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Huur")).id();
            BusinessCase content = lib.load(a);
            try (Autosaver autosaver = new Autosaver(lib)) {
                for (int i = 1; i <= 25; i++) {
                    autosaver.submit(a, TestCases.edit(content, i));
                }
                autosaver.submit(b, TestCases.withPatients(lib.load(b), 4321));
            } // close flushes
            lib.renamePractice(lib.caseSummary(a).practiceId(), "Huisartsen Zuid-Oost", "Utrecht");
            lib.duplicateCase(a, "Scenario B");
            lib.deleteCase(b);
        }
        try (Library lib = opener().openOrThrow(null)) {
            assertEquals(25, TestCases.editNumber(lib.load(a)));
            assertEquals("Huisartsen Zuid-Oost", lib.load(a).practice().name());
            assertEquals(4321, lib.load(b).practice().patients());
            assertEquals(List.of("Scenario B", "Nieuwbouw"),
                    lib.practices().get(0).cases().stream().map(CaseSummary::name).toList());
            assertEquals(List.of(b), lib.recycleBin().cases().stream().map(CaseSummary::id).toList());
            assertEquals(Migrations.latestVersion(), lib.schemaVersion());
        }
    }

    @Test
    void migratesASchemaV1DatabaseAndKeepsItsData() throws Exception {
        String json = new CaseFileWriter().toJson(TestCases.named("Gezondheidscentrum De Wâlden", "Súdwest-Fryslân", "Nieuwbouw"));
        OffsetDateTime t = OffsetDateTime.of(2025, 1, 6, 10, 0, 0, 0, ZoneOffset.UTC);
        try (Connection c = opener().connect(null, false, false)) {
            assertEquals(0, Migrations.migrate(c, 1));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO practice (id, name, municipality, created_at, updated_at)"
                        + " VALUES (7, 'Gezondheidscentrum De Wâlden', 'Súdwest-Fryslân', TIMESTAMP WITH TIME ZONE '2025-01-06 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-01-06 10:00:00+00')");
                s.execute("INSERT INTO business_case (id, practice_id, name, created_at, updated_at)"
                        + " VALUES (11, 7, 'Nieuwbouw', TIMESTAMP WITH TIME ZONE '2025-01-06 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-01-06 10:00:00+00')");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO case_version (case_id, version_no, kind, created_at,"
                    + " saved_at, content) VALUES (11, 1, 'CREATED', ?, ?, ?)")) {
                p.setObject(1, t);
                p.setObject(2, t);
                p.setString(3, json);
                p.executeUpdate();
            }
            assertEquals(1, Migrations.currentVersion(c));
        }

        OpenResult r = opener().open(null);
        OpenResult.Opened opened = assertInstanceOf(OpenResult.Opened.class, r);
        assertTrue(opened.migrated());
        assertEquals(1, opened.fromSchema());
        assertEquals("before-v3", opened.backup().reason());
        assertTrue(Files.exists(opened.backup().file()));
        try (Library lib = opened.library()) {
            assertEquals(3, lib.schemaVersion());
            assertEquals("Nieuwbouw", lib.load(11).caseName());
            assertEquals(List.of(7L), lib.search("fryslan").stream().map(PracticeSummary::id).toList(),
                    "search keys were rebuilt with accents folded");
            assertEquals(t.toInstant(), lib.practices().get(0).lastChange());
            // The new columns work on the migrated data.
            lib.deleteCase(11);
            assertEquals(List.of(11L), lib.recycleBin().cases().stream().map(CaseSummary::id).toList());
            long id = lib.addCase(TestCases.named("Gezondheidscentrum De Wâlden", "Súdwest-Fryslân", "Huur")).id();
            assertTrue(id != 11, "identity continues after the migrated rows");
        }
        // The backup is the V1 file: it opens, migrates again, and still has the case.
        try (Connection c = opener().connect(null, false, true); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertTrue(rs.next());
            assertEquals(3, rs.getInt(1));
            assertFalse(rs.next());
        }
        // V3 computed the checksum of the row that was there before, in SQL, equal to the Java one.
        try (Connection c = opener().connect(null, true, true); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content, checksum FROM case_version WHERE case_id = 11")) {
            assertTrue(rs.next());
            assertEquals(json, rs.getString(1));
            assertEquals(Checksums.sha256(json), rs.getString(2));
        }
    }

    @Test
    void refusesANewerSchemaWithoutTouchingTheFile() throws Exception {
        opener().openOrThrow(null).close();
        try (Connection c = opener().connect(null, false, true); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        Path file = opener().databaseFile();
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        List<Path> filesBefore = listing();

        OpenResult.TooNew tooNew = assertInstanceOf(OpenResult.TooNew.class, opener().open(null));
        assertEquals(99, tooNew.fileSchema());
        assertEquals(Migrations.latestVersion(), tooNew.supportedSchema());
        SchemaTooNewException e = assertThrows(SchemaTooNewException.class, () -> opener().openOrThrow(null));
        assertTrue(e.getMessage().startsWith("The library was created by a newer version of Praktijkplan"), e.getMessage());
        assertTrue(e.message(Locale.forLanguageTag("nl")).contains("Werk Praktijkplan bij"));

        assertArrayEquals(before, Files.readAllBytes(file), "the file is not modified");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(filesBefore, listing(), "no backup, no files added or moved");
    }

    @Test
    void passwordProtectedLibrary() throws Exception {
        char[] password = "geheim met spaties".toCharArray();
        long id;
        OpenResult.Opened created = assertInstanceOf(OpenResult.Opened.class, opener().open(password));
        try (Library lib = created.library()) {
            id = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Vertrouwelijke nieuwbouw")).id();
        }
        assertTrue(opener().isPasswordProtected());
        byte[] bytes = Files.readAllBytes(opener().databaseFile());
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("Vertrouwelijke"), "the file is encrypted");

        OpenResult.WrongPassword none = assertInstanceOf(OpenResult.WrongPassword.class, opener().open(null));
        assertFalse(none.passwordGiven());
        OpenResult.WrongPassword wrong = assertInstanceOf(OpenResult.WrongPassword.class, opener().open("geheim".toCharArray()));
        assertTrue(wrong.passwordGiven());
        assertEquals("Het wachtwoord van de bibliotheek klopt niet. Probeer het opnieuw.", wrong.message().nl());
        WrongPasswordException e = assertThrows(WrongPasswordException.class, () -> opener().openOrThrow("x".toCharArray()));
        assertEquals("The library password is not correct. Please try again.", e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(opener().databaseFile()), "a wrong password changes nothing");

        try (Library lib = opener().openOrThrow("geheim met spaties".toCharArray())) {
            assertEquals("Vertrouwelijke nieuwbouw", lib.load(id).caseName());
        }
        assertFalse(new LibraryOpener(dir.resolve("other"), clock).isPasswordProtected());
    }

    @Test
    void setChangeAndRemoveThePassword() throws Exception {
        long id;
        try (Library lib = opener().openOrThrow(null)) {
            id = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw")).id();
            lib.save(id, TestCases.edit(lib.load(id), 1));
        }
        opener().changePassword(null, "eerste".toCharArray());
        assertTrue(opener().isPasswordProtected());
        assertInstanceOf(OpenResult.WrongPassword.class, opener().open(null));
        byte[] protectedBytes = Files.readAllBytes(opener().databaseFile());
        assertThrows(WrongPasswordException.class, () -> opener().changePassword("fout".toCharArray(), null));
        assertArrayEquals(protectedBytes, Files.readAllBytes(opener().databaseFile()));

        opener().changePassword("eerste".toCharArray(), "tweede".toCharArray());
        assertInstanceOf(OpenResult.WrongPassword.class, opener().open("eerste".toCharArray()));
        try (Library lib = opener().openOrThrow("tweede".toCharArray())) {
            assertEquals(1, TestCases.editNumber(lib.load(id)));
            assertEquals(2, lib.versions(id).size());
            assertTrue(lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Huur")).id() > id,
                    "ids continue after the copied rows");
        }
        opener().changePassword("tweede".toCharArray(), null);
        assertFalse(opener().isPasswordProtected());
        try (Library lib = opener().openOrThrow(null)) {
            assertEquals(2, lib.practices().get(0).cases().size());
        }
        assertTrue(opener().backups().stream().anyMatch(b -> b.reason().equals("before-password")));
    }

    @Test
    void truncatedFileIsMovedAsideAndTheBackupRestored() throws Exception {
        long kept;
        try (Library lib = opener().openOrThrow(null)) {
            kept = lib.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "In de reservekopie")).id();
        }
        clock.advance(Duration.ofMinutes(1));
        OpenResult.Opened second = assertInstanceOf(OpenResult.Opened.class, opener().open(null));
        assertEquals("daily", second.backup().reason(), "the first reopen makes the daily backup");
        try (Library lib = second.library()) {
            for (int i = 0; i < 20; i++) {
                lib.addCase(TestCases.named("Praktijk " + i, "Groningen", "Na de reservekopie"));
            }
        }
        Path file = opener().databaseFile();
        // Cut the file just past its two header blocks and the first chunk's start: every chunk the headers point to is
        // gone. (Where the cut lands between chunks H2 rightly opens an older, complete state; how far the newest chunk
        // lies depends on the size of the stored cases, so the cut does not depend on it.)
        long cut = Math.min(newestChunkOffset(file), 8192 + 4096);
        assertTrue(cut > 8192, "past the two header blocks");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(cut);
        }
        byte[] truncated = Files.readAllBytes(file);

        clock.advance(Duration.ofMinutes(1));
        OpenResult.Damaged damaged = assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
        assertEquals(1, damaged.backups().size());
        assertTrue(damaged.message().en().contains("restore a backup"), damaged.message().en());
        assertArrayEquals(truncated, Files.readAllBytes(file), "reporting damage does not touch the file");

        OpenResult.Opened restored = assertInstanceOf(OpenResult.Opened.class,
                opener().restoreBackup(damaged.backups().get(0), null));
        try (Library lib = restored.library()) {
            assertEquals("In de reservekopie", lib.load(kept).caseName());
            assertEquals(1, lib.practices().size());
        }
        List<Path> aside = damagedFiles();
        assertEquals(1, aside.size());
        assertArrayEquals(truncated, Files.readAllBytes(aside.get(0)), "the damaged file is kept, unchanged");
        assertTrue(Files.exists(damaged.backups().get(0).file()), "the backup itself stays");
    }

    @Test
    void aFileThatIsNoDatabaseCanBeReplacedByAFreshLibrary() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(opener().databaseFile(), "dit is geen database");
        OpenResult.Damaged damaged = assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
        assertTrue(damaged.backups().isEmpty());
        OpenResult.Opened fresh = assertInstanceOf(OpenResult.Opened.class, opener().startFresh(null));
        try (Library lib = fresh.library()) {
            assertTrue(lib.practices().isEmpty());
        }
        assertEquals("dit is geen database", Files.readString(damagedFiles().get(0)));
    }

    @Test
    void emptyFileIsDamageNotANewLibrary() throws Exception {
        Files.createDirectories(dir);
        Files.write(opener().databaseFile(), new byte[0]);
        assertInstanceOf(OpenResult.Damaged.class, opener().open(null));
        assertEquals(0, Files.size(opener().databaseFile()));
    }

    /** The byte offset of the newest chunk: the {@code block:} field (hex, in 4096-byte blocks) of the file header. */
    private static long newestChunkOffset(Path file) throws Exception {
        String header = new String(Files.readAllBytes(file), 0, 256, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("block:([0-9a-f]+)").matcher(header);
        assertTrue(m.find(), header);
        return Long.parseLong(m.group(1), 16) * 4096;
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    private List<Path> damagedFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("library-damaged-")).toList();
        }
    }
}
