package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a password leaves no plaintext copy of the library anywhere in the data folder. */
class LibraryEncryptionTest {

    private static final String NAME = "Huisartsenpraktijk Zonnebloem";

    @TempDir
    Path dir;
    TestCases.MutableClock clock = new TestCases.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private LibraryOpener opener() {
        return new LibraryOpener(dir, clock);
    }

    @Test
    void encryptingRewritesEveryBackupSoNoFileHoldsAPracticeName() throws Exception {
        long id;
        try (Library lib = opener().openOrThrow(null)) {
            id = lib.addCase(TestCases.named(NAME, "Bergen", "Vertrouwelijke nieuwbouw")).id();
        }
        for (int day = 1; day <= 3; day++) { // three daily backups, all plaintext
            clock.advance(Duration.ofDays(1));
            opener().openOrThrow(null).close();
        }
        // A plaintext library that was once moved aside as damaged.
        Files.copy(opener().databaseFile(), dir.resolve("library-damaged-20260301-080000-000.mv.db"));
        assertEquals(3, opener().backups().size());
        assertTrue(filesHolding(NAME).size() >= 5, "the test can see the name: " + filesHolding(NAME));

        opener().changePassword(null, "geheim".toCharArray());
        assertEquals(List.of(), filesHolding(NAME), "strings-style scan of every file in the data folder");
        assertEquals(List.of(), filesHolding("Zonnebloem"));
        assertEquals(4, opener().backups().size(), "the three daily ones and before-password, all rewritten");
        assertTrue(opener().isPasswordProtected());

        // Every backup opens with the new password: the oldest one restores.
        Backup oldest = opener().backups().get(3);
        assertInstanceOf(OpenResult.WrongPassword.class, opener().restoreBackup(oldest, null));
        Files.delete(opener().databaseFile());
        OpenResult.Opened restored = assertInstanceOf(OpenResult.Opened.class,
                opener().restoreBackup(oldest, "geheim".toCharArray()));
        try (Library lib = restored.library()) {
            assertEquals(NAME, lib.load(id).practice().name());
        }
        assertEquals(List.of(), filesHolding(NAME));

        // A changed password applies to the backups too; removing it makes them plain again.
        opener().changePassword("geheim".toCharArray(), "nieuw".toCharArray());
        Backup newest = opener().backups().get(0);
        assertInstanceOf(OpenResult.WrongPassword.class, opener().restoreBackup(newest, "geheim".toCharArray()));
        Files.delete(opener().databaseFile());
        assertInstanceOf(OpenResult.Opened.class, opener().restoreBackup(newest, "nieuw".toCharArray())).library().close();
        opener().changePassword("nieuw".toCharArray(), null);
        assertFalse(opener().isPasswordProtected());
        try (Library lib = opener().openOrThrow(null)) {
            assertEquals(NAME, lib.load(id).practice().name());
        }
    }

    @Test
    void copiesLeftByAnInterruptedPasswordChangeOrRebuildAreRemovedAtTheNextOpen() throws Exception {
        try (Library lib = opener().openOrThrow(null)) {
            lib.addCase(TestCases.named(NAME, "Bergen", "Nieuwbouw"));
        }
        opener().changePassword(null, "geheim".toCharArray());
        // As if the process was killed while rewriting a plaintext copy, and while rebuilding the file.
        try (Library lib = opener().openOrThrow("geheim".toCharArray())) {
            lib.practices();
        }
        Files.createDirectories(dir.resolve("rekey"));
        Files.writeString(dir.resolve("rekey").resolve("library.mv.db"), "H:2 " + NAME);
        Files.writeString(dir.resolve("library-compact.mv.db"), "H:2 " + NAME);
        Files.writeString(opener().backupDir().resolve("library-20260302-090000-000-daily-1p1c.mv.db.tmp"), NAME);
        assertEquals(3, filesHolding(NAME).size());

        opener().openOrThrow("geheim".toCharArray()).close();
        assertEquals(List.of(), filesHolding(NAME));
    }

    /** The files under the data folder whose bytes contain {@code text} in UTF-8 or UTF-16 (either byte order). */
    private List<Path> filesHolding(String text) throws Exception {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE));
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
