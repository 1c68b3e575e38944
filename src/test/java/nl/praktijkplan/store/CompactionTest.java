package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library file that is mostly dead space is rebuilt when it opens, with every row unchanged. */
class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void aBloatedFileIsRebuiltWithTheSameRows() throws Exception {
        LibraryOpener opener = new LibraryOpener(dir);
        try (Library lib = opener.openOrThrow(null)) {
            for (int c = 0; c < 10; c++) {
                long id = lib.addCase(TestCases.named("Praktijk " + c, "Assen", "Casus " + c)).id();
                for (int v = 1; v <= 20; v++) { // every save commits a new chunk; the old ones turn into dead space
                    lib.save(id, TestCases.edit(lib.load(id), v));
                }
            }
        }
        List<String> rowsBefore = rows(opener);
        long before = Files.size(opener.databaseFile());
        try (Connection c = opener.connect(null, true, true)) {
            assertTrue(Compaction.needed(c, 0), "more than half of the file is dead space");
            assertFalse(Compaction.needed(c, before + 1), "a file below the threshold is left alone");
        }

        opener.compactFrom = 0;
        OpenResult.Opened o = assertInstanceOf(OpenResult.Opened.class, opener.open(null));
        long after = Files.size(opener.databaseFile());
        o.library().close();
        assertTrue(after < before, "rebuilt: " + before + " -> " + after + " bytes");
        try (Connection c = opener.connect(null, true, true)) {
            assertFalse(Compaction.needed(c, 0), "the rebuilt file is at least half live");
        }
        assertEquals(rowsBefore, rows(opener), "every practice, case and version, byte for byte");
        assertFalse(Files.exists(dir.resolve("library-compact.mv.db")));
    }

    /** Every row of the three tables as text, in id order. */
    private static List<String> rows(LibraryOpener opener) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = opener.connect(null, true, true); Statement s = c.createStatement()) {
            for (String table : List.of("practice", "business_case", "case_version")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= n; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }
}
