package nl.praktijkplan.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.h2.api.ErrorCode;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.ReadResult;

/**
 * The check when the library opens: every practice and case row is read, and every case's current version is read
 * in full and matched against the checksum written when it was saved (schema 3 and later). A library from before
 * checksums has each current version parsed as a case file instead, before migration V3 computes their checksums.
 * It runs on the read-only look at the file, before anything is written or backed up, so a library that fails it is
 * never copied into a backup. Older versions are verified when they are loaded.
 *
 * <p>A version whose checksum matches holds exactly what was saved; it is not parsed here (that would double the
 * cost), so a case file a later reader refuses is reported when the case is loaded, not mistaken for damage.
 */
final class IntegrityCheck {

    private final CaseFileReader reader = new CaseFileReader();

    /**
     * Checks the library behind {@code c}.
     *
     * @throws SQLException when not even the list of practices and cases can be read
     */
    IntegrityReport run(Connection c, int schemaVersion) throws SQLException {
        long start = System.nanoTime();
        if (schemaVersion == 0) {
            return new IntegrityReport(0, 0, List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        int practices = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, municipality FROM practice")) {
            while (rs.next()) {
                practices++;
            }
        }
        List<Object[]> cases = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.id, c.name, p.name FROM business_case c LEFT JOIN practice p ON p.id = c.practice_id ORDER BY c.id")) {
            while (rs.next()) {
                cases.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
            }
        }
        List<IntegrityReport.Problem> problems = new ArrayList<>();
        String sql = "SELECT version_no, content" + (schemaVersion >= 3 ? ", checksum" : "")
                + " FROM case_version WHERE case_id = ? ORDER BY version_no DESC LIMIT 1";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Object[] row : cases) {
                long id = (Long) row[0];
                String reason = problem(p, id, schemaVersion, row[2] == null);
                if (reason != null) {
                    problems.add(new IntegrityReport.Problem(id, (String) row[1], (String) row[2], reason));
                }
            }
        }
        return new IntegrityReport(practices, cases.size(), problems, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What is wrong with the case's current version, or null when it is sound. */
    private String problem(PreparedStatement p, long caseId, int schemaVersion, boolean practiceMissing) {
        if (practiceMissing) {
            return "no practice";
        }
        try {
            p.setLong(1, caseId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return "no version";
                }
                String content = rs.getString(2);
                if (schemaVersion >= 3) {
                    return Checksums.matches(content, rs.getString(3)) ? null : "checksum mismatch in version " + rs.getInt(1);
                }
                ReadResult r = reader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
                return r.ok() ? null : "version " + rs.getInt(1) + " unreadable: " + r.problems().get(0).describe(false);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Whether H2 failed because the file itself is damaged (rather than, say, a constraint). */
    static boolean isFileDamage(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                    ErrorCode.DATABASE_IS_CLOSED -> true;
            case ErrorCode.GENERAL_ERROR_1 -> String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("corrupt");
            default -> false;
        };
    }
}
