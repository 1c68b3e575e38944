package nl.praktijkplan.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.praktijkplan.casefile.CaseFileReader;

/**
 * Copies every readable case of a damaged library into a new, empty one (schema {@link Migrations#latestVersion()}):
 * each case with every version that is intact (matches its checksum; for a library from before checksums, reads as
 * a case file), and the practices of those cases. Ids stay the same. A case of which no version is intact, and any
 * row H2 cannot read, is left behind.
 */
final class Salvager {

    private final CaseFileReader reader = new CaseFileReader();

    /** @return the number of cases copied */
    int copy(Connection from, int fromVersion, Connection to) throws SQLException {
        boolean v2 = fromVersion >= 2;
        List<Long> caseIds = new ArrayList<>();
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM business_case ORDER BY id")) {
            while (rs.next()) {
                caseIds.add(rs.getLong(1));
            }
        }
        Set<Long> practicesCopied = new HashSet<>();
        int copied = 0;
        for (long caseId : caseIds) {
            try {
                List<Object[]> versions = intactVersions(from, caseId, fromVersion);
                if (versions.isEmpty()) {
                    continue;
                }
                Object[] kase = row(from, "SELECT id, practice_id, name, created_at, updated_at"
                        + (v2 ? ", deleted_at, opened_at" : ", NULL, NULL") + " FROM business_case WHERE id = ?", caseId);
                long practiceId = ((Number) kase[1]).longValue();
                if (!practicesCopied.contains(practiceId)) {
                    Object[] p = row(from, "SELECT id, name, municipality, created_at, updated_at"
                            + (v2 ? ", deleted_at" : ", NULL") + " FROM practice WHERE id = ?", practiceId);
                    insert(to, "INSERT INTO practice (id, name, municipality, created_at, updated_at, deleted_at, search_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", p, SearchKeys.practiceKey((String) p[1], (String) p[2]));
                    practicesCopied.add(practiceId);
                }
                insert(to, "INSERT INTO business_case (id, practice_id, name, created_at, updated_at, deleted_at, opened_at,"
                        + " search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kase, SearchKeys.key((String) kase[2]));
                for (Object[] v : versions) {
                    insert(to, "INSERT INTO case_version (case_id, version_no, kind, created_at, saved_at, content, checksum)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", v, Checksums.sha256((String) v[5]));
                }
                to.commit();
                copied++;
            } catch (SQLException | RuntimeException unreadable) {
                to.rollback();
                practicesCopied.retainAll(ids(to));
            }
        }
        for (String table : List.of("practice", "business_case", "case_version")) {
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (rs.getLong(1) + 1));
            }
        }
        to.commit();
        return copied;
    }

    private List<Object[]> intactVersions(Connection from, long caseId, int fromVersion) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement p = from.prepareStatement("SELECT case_id, version_no, kind, created_at, saved_at, content"
                + (fromVersion >= 3 ? ", checksum" : "") + " FROM case_version WHERE case_id = ? ORDER BY version_no")) {
            p.setLong(1, caseId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String content = rs.getString(6);
                    boolean intact = fromVersion >= 3 ? Checksums.matches(content, rs.getString(7)) : parses(content);
                    if (intact) {
                        out.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4),
                                rs.getObject(5), content});
                    }
                }
            }
        }
        return out;
    }

    private boolean parses(String content) {
        try {
            return content != null && reader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))).ok();
        } catch (IOException e) {
            return false;
        }
    }

    private static Object[] row(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Row " + id + " missing: " + sql);
                }
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private static void insert(Connection to, String sql, Object[] values, String last) throws SQLException {
        try (PreparedStatement p = to.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.setString(values.length + 1, last);
            p.executeUpdate();
        }
    }

    private static Set<Long> ids(Connection to) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM practice")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
