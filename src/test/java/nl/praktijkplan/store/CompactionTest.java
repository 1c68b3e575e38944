package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.CaseFileWriter;

/** A library file that is mostly dead space is rebuilt when it opens, with every row unchanged. */
class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void aBloatedFileIsRebuiltWithTheSameRows() throws Exception {
        LibraryOpener opener = new LibraryOpener(dir);
        List<Long> ids = new ArrayList<>();
        try (Library lib = opener.openOrThrow(null)) {
            for (int c = 0; c < 10; c++) {
                ids.add(lib.addCase(TestCases.named("Praktijk " + c, "Assen", "Casus " + c)).id());
            }
        }
        // 200 saves with H2's own compaction switched off, then stopped as if killed: every save commits a new chunk
        // and the old ones stay behind as dead space, whatever the timing.
        String url = "jdbc:h2:file:" + dir.resolve("library") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0"
                + ";AUTO_COMPACT_FILL_RATE=0";
        try (Connection c = DriverManager.getConnection(url, "praktijkplan", "praktijkplan");
                PreparedStatement p = c.prepareStatement(
                        "UPDATE case_version SET content = ?, checksum = ? WHERE case_id = ? AND version_no = 1")) {
            CaseFileWriter writer = new CaseFileWriter();
            for (int v = 1; v <= 20; v++) {
                for (int i = 0; i < ids.size(); i++) {
                    String json = writer.toJson(TestCases.edit(TestCases.named("Praktijk " + i, "Assen", "Casus " + i), v));
                    p.setString(1, json);
                    p.setString(2, Checksums.sha256(json));
                    p.setLong(3, ids.get(i));
                    p.executeUpdate();
                }
            }
            c.createStatement().execute("SHUTDOWN IMMEDIATELY");
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
