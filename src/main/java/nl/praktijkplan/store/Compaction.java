package nl.praktijkplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Keeps the library file near the size of its content. H2 leaves old chunks in the file until it compacts, which it
 * does for only 200 ms on a clean close and not at all when the process is killed, so the file can grow to several
 * times its content. A file with less than half of it live is rebuilt when it opens: every row is copied into a new
 * file, which is checked and then renamed over the old one. ({@code SHUTDOWN COMPACT}, H2's own way, left files in
 * H2 2.3.232 that H2 could not open again.)
 */
final class Compaction {

    /** Smaller files are left alone: rebuilding them would gain little. */
    static final long MIN_FILE_SIZE = 8L << 20;

    private Compaction() {
    }

    /**
     * Whether the open (read-only) database behind {@code c} is a file of at least {@code minFileSize} bytes with
     * less than half of it live.
     */
    static boolean needed(Connection c, long minFileSize) throws SQLException {
        long size = setting(c, "info.FILE_SIZE");
        long fillRate = setting(c, "info.FILL_RATE");
        long chunksFillRate = setting(c, "info.CHUNKS_FILL_RATE");
        long live = size * fillRate / 100 * chunksFillRate / 100;
        return size >= minFileSize && live * 2 < size;
    }

    /** Copies every row of schema {@code version} from {@code from} into the new, empty database {@code to}. */
    static void rebuild(Connection from, int version, Connection to) throws SQLException {
        Migrations.migrate(to, version);
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        for (String table : List.of("practice", "business_case", "case_version")) {
            copyTable(from, to, table);
        }
        to.commit();
        to.setAutoCommit(autoCommit);
    }

    private static long setting(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1).strip()) : 0;
            }
        }
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            StringBuilder columns = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                columns.append(i > 1 ? ", " : "").append(meta.getColumnName(i));
                marks.append(i > 1 ? ", ?" : "?");
            }
            long maxId = 0;
            try (PreparedStatement insert = to.prepareStatement(
                    "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
                int batch = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        if (meta.getColumnType(i) == Types.CLOB) {
                            insert.setString(i, rs.getString(i));
                        } else {
                            insert.setObject(i, rs.getObject(i));
                        }
                    }
                    maxId = Math.max(maxId, rs.getLong("id"));
                    insert.addBatch();
                    if (++batch % 200 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement restart = to.createStatement()) {
                restart.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1));
            }
        }
    }
}
