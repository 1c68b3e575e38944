package nl.praktijkplan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.LibraryException.DamagedVersionException;
import nl.praktijkplan.store.LibraryException.NotFoundException;

/**
 * The case library: client practices, their cases and every saved version of each case, in one H2 file.
 * Obtain one from {@link LibraryOpener}; close it when the app closes.
 *
 * <p>Thread-safe: every method runs under one lock on one connection, so the screen's background tasks and the
 * {@link Autosaver} can call it concurrently. Calls are short (the whole list of 1,000 practices loads in well under
 * 200 ms) but do touch the disk: call them off the FX thread.
 *
 * <p>Names: the library's practice name, municipality and case name are authoritative. {@link #load} returns the
 * content with those names filled in; {@link #save} takes the names from the saved content, so a rename in the
 * editor and a rename in the list end up the same.
 *
 * <p>Versions: every save adds a version, except that (a) saving content identical to the newest version adds
 * nothing, and (b) an {@link VersionKind#AUTOSAVED autosave} within {@link #AUTOSAVE_COALESCE_WINDOW} of the
 * creation of a newest version that is itself an autosave overwrites that version instead of adding one. So a long
 * editing session leaves about one version per minute, and any explicit save, restore or import starts a new one.
 */
public final class Library implements AutoCloseable {

    /** Autosaves within this time of the newest autosave version's creation overwrite it. */
    public static final Duration AUTOSAVE_COALESCE_WINDOW = Duration.ofSeconds(60);

    private final Connection connection;
    private final Path file;
    private final Clock clock;
    private final CaseFileWriter writer = new CaseFileWriter();
    private final CaseFileReader reader = new CaseFileReader();
    private boolean closed;

    Library(Connection connection, Path file, Clock clock) {
        this.connection = connection;
        this.file = file;
        this.clock = clock;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        return run(c -> Migrations.currentVersion(c));
    }

    // ---------------------------------------------------------------- listing and search

    /** Every practice in the library with its cases; practices and cases sorted by last change, newest first. */
    public synchronized List<PracticeSummary> practices() {
        return run(c -> listPractices(c, List.of()));
    }

    /**
     * Practices and cases whose practice name, municipality or case name contain every word of the query, ignoring
     * case and accents. A practice that matches by itself comes with all its cases; otherwise only with the cases
     * that match. A blank query gives {@link #practices()}.
     */
    public synchronized List<PracticeSummary> search(String query) {
        List<String> terms = SearchKeys.terms(query);
        return run(c -> listPractices(c, terms));
    }

    /*
     * One pass over all practices and cases (no content), grouped and sorted here. The search terms are matched in
     * Java on the stored search keys: for a library of thousands of cases this is faster than LIKE in H2 (which
     * cannot use an index for "contains" anyway) and keeps the matching rule in one place (SearchKeys).
     */
    private List<PracticeSummary> listPractices(Connection c, List<String> terms) throws SQLException {
        String sql = """
                SELECT p.id, p.name, p.municipality, p.created_at, p.updated_at, p.search_key,
                       c.id, c.name, c.created_at, c.updated_at, c.opened_at, c.search_key
                FROM practice p LEFT JOIN business_case c ON c.practice_id = p.id AND c.deleted_at IS NULL
                WHERE p.deleted_at IS NULL""";
        Map<Long, Object[]> practices = new LinkedHashMap<>();
        Map<Long, List<CaseSummary>> cases = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (!terms.isEmpty() && !SearchKeys.matches(rs.getString(6), rs.getString(12), terms)) {
                    continue;
                }
                long pid = rs.getLong(1);
                Object[] row = practices.get(pid);
                if (row == null) {
                    row = new Object[] {rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5)};
                    practices.put(pid, row);
                    cases.put(pid, new ArrayList<>());
                }
                long cid = rs.getLong(7);
                if (!rs.wasNull()) {
                    cases.get(pid).add(new CaseSummary(cid, pid, (String) row[0], (String) row[1], rs.getString(8),
                            instant(rs, 9), instant(rs, 10), instant(rs, 11), null));
                }
            }
        }
        Comparator<CaseSummary> newestCase = Comparator.comparing(CaseSummary::updatedAt).reversed()
                .thenComparing(Comparator.comparingLong(CaseSummary::id).reversed());
        List<PracticeSummary> out = new ArrayList<>(practices.size());
        for (Map.Entry<Long, Object[]> e : practices.entrySet()) {
            Object[] row = e.getValue();
            List<CaseSummary> list = cases.get(e.getKey());
            list.sort(newestCase);
            Instant last = (Instant) row[3];
            if (!list.isEmpty() && list.get(0).updatedAt().isAfter(last)) {
                last = list.get(0).updatedAt();
            }
            out.add(new PracticeSummary(e.getKey(), (String) row[0], (String) row[1], (Instant) row[2], last, null, list));
        }
        out.sort(Comparator.comparing(PracticeSummary::lastChange).reversed()
                .thenComparing(Comparator.comparingLong(PracticeSummary::id).reversed()));
        return out;
    }

    /** The most recently opened or changed cases (not in the recycle bin), newest first. */
    public synchronized List<CaseSummary> recentCases(int limit) {
        return run(c -> {
            try (PreparedStatement p = c.prepareStatement(CASE_SELECT
                    + " WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL"
                    + " ORDER BY GREATEST(c.updated_at, COALESCE(c.opened_at, c.updated_at)) DESC, c.id DESC LIMIT ?")) {
                p.setInt(1, Math.max(0, limit));
                return cases(p);
            }
        });
    }

    /** One case's summary (also for a case in the recycle bin). */
    public synchronized CaseSummary caseSummary(long caseId) {
        return run(c -> caseRow(c, caseId));
    }

    private static final String CASE_SELECT = """
            SELECT c.id, c.practice_id, p.name, p.municipality, c.name, c.created_at, c.updated_at, c.opened_at,
                   COALESCE(c.deleted_at, p.deleted_at)
            FROM business_case c JOIN practice p ON p.id = c.practice_id""";

    private static List<CaseSummary> cases(PreparedStatement p) throws SQLException {
        List<CaseSummary> list = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                list.add(new CaseSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9)));
            }
        }
        return list;
    }

    private static CaseSummary caseRow(Connection c, long caseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(CASE_SELECT + " WHERE c.id = ?")) {
            p.setLong(1, caseId);
            List<CaseSummary> list = cases(p);
            if (list.isEmpty()) {
                throw new NotFoundException("Casus " + caseId, "Case " + caseId);
            }
            return list.get(0);
        }
    }

    // ---------------------------------------------------------------- create, duplicate, rename

    /** A new practice without cases. */
    public synchronized PracticeSummary createPractice(String name, String municipality) {
        String n = requireName(name);
        String m = municipality == null ? "" : municipality.strip();
        return run(c -> {
            long id = insertPractice(c, n, m);
            Instant now = now();
            return new PracticeSummary(id, n, m, now, now, null, List.of());
        });
    }

    private long insertPractice(Connection c, String name, String municipality) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO practice (name, municipality, search_key, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = nowSql();
            p.setString(1, name);
            p.setString(2, municipality);
            p.setString(3, SearchKeys.practiceKey(name, municipality));
            p.setObject(4, now);
            p.setObject(5, now);
            p.executeUpdate();
            return generatedId(p);
        }
    }

    /**
     * A new case in a practice, with {@code content} as version 1. The case takes its name from the content; the
     * practice's name and municipality are filled into the stored content.
     */
    public synchronized CaseSummary createCase(long practiceId, BusinessCase content) {
        return run(c -> createCase(c, practiceId, content, requireName(content.caseName()), VersionKind.CREATED));
    }

    /**
     * A new case for the practice named in the content: the existing practice with that name (ignoring case) or a
     * new one. The "new case" and "import" flows use this.
     */
    public synchronized CaseSummary addCase(BusinessCase content) {
        return run(c -> {
            long practiceId = findOrCreatePractice(c, content);
            return createCase(c, practiceId, content, requireName(content.caseName()), VersionKind.CREATED);
        });
    }

    private long findOrCreatePractice(Connection c, BusinessCase content) throws SQLException {
        String name = requireName(content.practice().name());
        Optional<Long> existing = practiceByName(c, name);
        return existing.isPresent() ? existing.get() : insertPractice(c, name, CaseContent.municipality(content).strip());
    }

    private static Optional<Long> practiceByName(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM practice WHERE LOWER(name) = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            p.setString(1, name.strip().toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private CaseSummary createCase(Connection c, long practiceId, BusinessCase content, String name, VersionKind kind)
            throws SQLException {
        String[] practice = practiceNames(c, practiceId);
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO business_case (practice_id, name, search_key,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = nowSql();
            p.setLong(1, practiceId);
            p.setString(2, name);
            p.setString(3, SearchKeys.key(name));
            p.setObject(4, now);
            p.setObject(5, now);
            p.executeUpdate();
            id = generatedId(p);
        }
        BusinessCase named = CaseContent.withNames(content, name, practice[0], practice[1]);
        insertVersion(c, id, 1, kind, writer.toJson(named));
        touchPractice(c, practiceId);
        return caseRow(c, id);
    }

    /** "Save as scenario": a copy of the case's current content as a new case in the same practice. */
    public synchronized CaseSummary duplicateCase(long caseId, String newName) {
        String name = requireName(newName);
        return run(c -> {
            CaseSummary source = caseRow(c, caseId);
            BusinessCase content = read(latestContent(c, caseId));
            return createCase(c, source.practiceId(), content, name, VersionKind.DUPLICATED);
        });
    }

    public synchronized void renamePractice(long practiceId, String name, String municipality) {
        String n = requireName(name);
        String m = municipality == null ? "" : municipality.strip();
        run(c -> {
            practiceNames(c, practiceId);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE practice SET name = ?, municipality = ?, search_key = ?, updated_at = ? WHERE id = ?")) {
                p.setString(1, n);
                p.setString(2, m);
                p.setString(3, SearchKeys.practiceKey(n, m));
                p.setObject(4, nowSql());
                p.setLong(5, practiceId);
                p.executeUpdate();
            }
            return null;
        });
    }

    public synchronized void renameCase(long caseId, String name) {
        String n = requireName(name);
        run(c -> {
            caseRow(c, caseId);
            setCaseName(c, caseId, n);
            return null;
        });
    }

    private void setCaseName(Connection c, long caseId, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE business_case SET name = ?, search_key = ?, updated_at = ? WHERE id = ?")) {
            p.setString(1, name);
            p.setString(2, SearchKeys.key(name));
            p.setObject(3, nowSql());
            p.setLong(4, caseId);
            p.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- content and versions

    /** The current content of a case, with the library's names filled in. */
    public synchronized BusinessCase load(long caseId) {
        return run(c -> {
            CaseSummary s = caseRow(c, caseId);
            return CaseContent.withNames(read(latestContent(c, caseId)), s.name(), s.practiceName(), s.municipality());
        });
    }

    /** Records that the user opened the case, for {@link #recentCases(int)}. */
    public synchronized void markOpened(long caseId) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE business_case SET opened_at = ? WHERE id = ?")) {
                p.setObject(1, nowSql());
                p.setLong(2, caseId);
                if (p.executeUpdate() == 0) {
                    throw new NotFoundException("Casus " + caseId, "Case " + caseId);
                }
            }
            return null;
        });
    }

    /** An explicit save by the user: {@link #save(long, BusinessCase, VersionKind)} with {@link VersionKind#SAVED}. */
    public VersionInfo save(long caseId, BusinessCase content) {
        return save(caseId, content, VersionKind.SAVED);
    }

    /**
     * Stores new content as the newest version (see the class comment for when no version is added or an autosave
     * version is overwritten). The case name, practice name and municipality in the content become the library's.
     *
     * @return the newest version after the save
     */
    public synchronized VersionInfo save(long caseId, BusinessCase content, VersionKind kind) {
        return run(c -> store(c, caseId, content, kind));
    }

    private VersionInfo store(Connection c, long caseId, BusinessCase content, VersionKind kind) throws SQLException {
        CaseSummary s = caseRow(c, caseId);
        String caseName = blankTo(content.caseName(), s.name());
        String practiceName = blankTo(content.practice().name(), s.practiceName());
        String municipality = CaseContent.municipality(content).strip();
        if (!caseName.equals(s.name())) {
            setCaseName(c, caseId, caseName);
        }
        if (!practiceName.equals(s.practiceName()) || !municipality.equals(s.municipality())) {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE practice SET name = ?, municipality = ?, search_key = ? WHERE id = ?")) {
                p.setString(1, practiceName);
                p.setString(2, municipality);
                p.setString(3, SearchKeys.practiceKey(practiceName, municipality));
                p.setLong(4, s.practiceId());
                p.executeUpdate();
            }
        }
        String json = writer.toJson(CaseContent.withNames(content, caseName, practiceName, municipality));
        VersionRow latest = latestVersion(c, caseId);
        if (latest != null && latest.content().equals(json) && latest.intact()) {
            return latest.info();
        }
        OffsetDateTime now = nowSql();
        if (latest != null && kind == VersionKind.AUTOSAVED && latest.info().kind() == VersionKind.AUTOSAVED
                && latest.info().createdAt().plus(AUTOSAVE_COALESCE_WINDOW).isAfter(now.toInstant())) {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE case_version SET content = ?, checksum = ?, saved_at = ? WHERE case_id = ? AND version_no = ?")) {
                p.setString(1, json);
                p.setString(2, Checksums.sha256(json));
                p.setObject(3, now);
                p.setLong(4, caseId);
                p.setInt(5, latest.info().number());
                p.executeUpdate();
            }
        } else {
            insertVersion(c, caseId, latest == null ? 1 : latest.info().number() + 1, kind, json);
        }
        touchCase(c, caseId, s.practiceId());
        return latestVersion(c, caseId).info();
    }

    private void insertVersion(Connection c, long caseId, int number, VersionKind kind, String json) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO case_version (case_id, version_no, kind, created_at,"
                + " saved_at, content, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime now = nowSql();
            p.setLong(1, caseId);
            p.setInt(2, number);
            p.setString(3, kind.name());
            p.setObject(4, now);
            p.setObject(5, now);
            p.setString(6, json);
            p.setString(7, Checksums.sha256(json));
            p.executeUpdate();
        }
    }

    private void touchCase(Connection c, long caseId, long practiceId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE business_case SET updated_at = ? WHERE id = ?")) {
            p.setObject(1, nowSql());
            p.setLong(2, caseId);
            p.executeUpdate();
        }
        touchPractice(c, practiceId);
    }

    private void touchPractice(Connection c, long practiceId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE practice SET updated_at = ? WHERE id = ?")) {
            p.setObject(1, nowSql());
            p.setLong(2, practiceId);
            p.executeUpdate();
        }
    }

    /** Every version of a case, newest first. */
    public synchronized List<VersionInfo> versions(long caseId) {
        return run(c -> {
            caseRow(c, caseId);
            List<VersionInfo> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT case_id, version_no, kind, created_at, saved_at,"
                    + " LENGTH(content) FROM case_version WHERE case_id = ? ORDER BY version_no DESC")) {
                p.setLong(1, caseId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(versionInfo(rs));
                    }
                }
            }
            return list;
        });
    }

    /** The content of one version as it was saved (for a preview or comparison). */
    public synchronized BusinessCase loadVersion(long caseId, int number) {
        return run(c -> read(versionContent(c, caseId, number)));
    }

    /**
     * Brings back an older version: its content becomes a new, newest version ({@link VersionKind#RESTORED}), so the
     * versions after it are kept too. The case keeps its current name.
     */
    public synchronized VersionInfo restoreVersion(long caseId, int number) {
        return run(c -> {
            CaseSummary s = caseRow(c, caseId);
            BusinessCase old = read(versionContent(c, caseId, number));
            VersionRow latest = latestVersion(c, caseId);
            String json = writer.toJson(CaseContent.withNames(old, s.name(), s.practiceName(), s.municipality()));
            insertVersion(c, caseId, latest.info().number() + 1, VersionKind.RESTORED, json);
            touchCase(c, caseId, s.practiceId());
            return latestVersion(c, caseId).info();
        });
    }

    /** A stored version with its content, which is only handed out when it matches its checksum. */
    private record VersionRow(VersionInfo info, String content, String checksum) {
        boolean intact() {
            return Checksums.matches(content, checksum);
        }

        String verifiedContent() {
            if (!intact()) {
                throw new DamagedVersionException(info.caseId(), info.number(), null);
            }
            return content;
        }
    }

    private static VersionInfo versionInfo(ResultSet rs) throws SQLException {
        return new VersionInfo(rs.getLong(1), rs.getInt(2), VersionKind.valueOf(rs.getString(3)), instant(rs, 4),
                instant(rs, 5), rs.getInt(6));
    }

    private static VersionRow latestVersion(Connection c, long caseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT case_id, version_no, kind, created_at, saved_at,"
                + " LENGTH(content), content, checksum FROM case_version WHERE case_id = ? ORDER BY version_no DESC LIMIT 1")) {
            p.setLong(1, caseId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new VersionRow(versionInfo(rs), rs.getString(7), rs.getString(8)) : null;
            }
        }
    }

    private static String latestContent(Connection c, long caseId) throws SQLException {
        VersionRow latest = latestVersion(c, caseId);
        if (latest == null) {
            throw new NotFoundException("De inhoud van casus " + caseId, "The content of case " + caseId);
        }
        return latest.verifiedContent();
    }

    private static String versionContent(Connection c, long caseId, int number) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT content, checksum FROM case_version WHERE case_id = ? AND version_no = ?")) {
            p.setLong(1, caseId);
            p.setInt(2, number);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("Versie " + number + " van casus " + caseId,
                            "Version " + number + " of case " + caseId);
                }
                if (!Checksums.matches(rs.getString(1), rs.getString(2))) {
                    throw new DamagedVersionException(caseId, number, null);
                }
                return rs.getString(1);
            }
        }
    }

    private BusinessCase read(String json) {
        ReadResult r;
        try {
            r = reader.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail", e);
        }
        if (!r.ok()) {
            throw new LibraryException("Een opgeslagen versie kan niet worden gelezen: " + r.problems().get(0).describe(true)
                    + ". Kies een andere versie.", "A stored version cannot be read: " + r.problems().get(0).describe(false)
                    + ". Please choose another version.");
        }
        return r.businessCase();
    }

    // ---------------------------------------------------------------- recycle bin

    /** Moves a case to the recycle bin. */
    public synchronized void deleteCase(long caseId) {
        setDeleted("business_case", caseId, true);
    }

    /** Moves a practice, with all its cases, to the recycle bin. */
    public synchronized void deletePractice(long practiceId) {
        setDeleted("practice", practiceId, true);
    }

    /** Takes a case out of the recycle bin (and its practice, if that was deleted too). */
    public synchronized void restoreCase(long caseId) {
        run(c -> {
            CaseSummary s = caseRow(c, caseId);
            update(c, "UPDATE business_case SET deleted_at = NULL WHERE id = ?", caseId);
            update(c, "UPDATE practice SET deleted_at = NULL WHERE id = ?", s.practiceId());
            return null;
        });
    }

    /** Takes a practice out of the recycle bin, with the cases that were not deleted on their own. */
    public synchronized void restorePractice(long practiceId) {
        setDeleted("practice", practiceId, false);
    }

    /** Removes a case for good. Only a case in the recycle bin can be purged. */
    public synchronized void purgeCase(long caseId) {
        run(c -> {
            CaseSummary s = caseRow(c, caseId);
            requireDeleted(s.deleted());
            update(c, "DELETE FROM business_case WHERE id = ?", caseId);
            return null;
        });
    }

    /** Removes a practice and all its cases for good. Only a practice in the recycle bin can be purged. */
    public synchronized void purgePractice(long practiceId) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT deleted_at FROM practice WHERE id = ?")) {
                p.setLong(1, practiceId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("Praktijk " + practiceId, "Practice " + practiceId);
                    }
                    requireDeleted(rs.getObject(1) != null);
                }
            }
            update(c, "DELETE FROM practice WHERE id = ?", practiceId);
            return null;
        });
    }

    /** Purges everything in the recycle bin. */
    public synchronized void emptyRecycleBin() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM business_case WHERE deleted_at IS NOT NULL");
                s.executeUpdate("DELETE FROM practice WHERE deleted_at IS NOT NULL");
            }
            return null;
        });
    }

    public synchronized RecycleBin recycleBin() {
        return run(c -> {
            List<PracticeSummary> practices = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, municipality,"
                    + " created_at, updated_at, deleted_at FROM practice WHERE deleted_at IS NOT NULL"
                    + " ORDER BY deleted_at DESC, id DESC")) {
                while (rs.next()) {
                    practices.add(new PracticeSummary(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            instant(rs, 5), instant(rs, 6), List.of()));
                }
            }
            List<PracticeSummary> withCases = new ArrayList<>();
            for (PracticeSummary p : practices) {
                try (PreparedStatement ps = c.prepareStatement(CASE_SELECT + " WHERE c.practice_id = ? ORDER BY c.updated_at DESC")) {
                    ps.setLong(1, p.id());
                    withCases.add(new PracticeSummary(p.id(), p.name(), p.municipality(), p.createdAt(), p.lastChange(),
                            p.deletedAt(), cases(ps)));
                }
            }
            List<CaseSummary> cases;
            try (PreparedStatement ps = c.prepareStatement(CASE_SELECT
                    + " WHERE c.deleted_at IS NOT NULL AND p.deleted_at IS NULL ORDER BY c.deleted_at DESC, c.id DESC")) {
                cases = cases(ps);
            }
            return new RecycleBin(withCases, cases);
        });
    }

    private void setDeleted(String table, long id, boolean deleted) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
                p.setObject(1, deleted ? nowSql() : null);
                p.setLong(2, id);
                if (p.executeUpdate() == 0) {
                    throw table.equals("practice") ? new NotFoundException("Praktijk " + id, "Practice " + id)
                            : new NotFoundException("Casus " + id, "Case " + id);
                }
            }
            return null;
        });
    }

    private static void requireDeleted(boolean deleted) {
        if (!deleted) {
            throw new LibraryException("Alleen wat in de prullenbak staat kan definitief worden verwijderd.",
                    "Only items in the recycle bin can be removed for good.");
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- import and export

    /** Writes the case's current content as a case file (atomically). */
    public void exportCase(long caseId, Path target) {
        BusinessCase content = load(caseId);
        try {
            writer.write(content, target);
        } catch (IOException e) {
            throw new LibraryException("Het bestand " + target + " kan niet worden geschreven (" + e.getMessage()
                    + "). Kies een andere map.", "The file " + target + " cannot be written (" + e.getMessage()
                    + "). Please choose another folder.", e);
        }
    }

    /**
     * Writes the current content of every case (not the recycle bin) as case files into {@code folder}, one
     * subfolder per practice: the way to take the whole library to another computer or across an H2 upgrade (H2
     * cannot open files of another minor version). Existing files with the same names are overwritten.
     *
     * @return the files written
     */
    public List<Path> exportAll(Path folder) {
        List<Path> written = new ArrayList<>();
        Set<String> usedFolders = new HashSet<>();
        for (PracticeSummary practice : practices()) {
            String dirName = uniqueFileName(practice.name(), usedFolders);
            Set<String> usedFiles = new HashSet<>();
            for (CaseSummary summary : practice.cases()) {
                Path target = folder.resolve(dirName).resolve(uniqueFileName(summary.name(), usedFiles) + ".json");
                try {
                    java.nio.file.Files.createDirectories(target.getParent());
                } catch (IOException e) {
                    throw new LibraryException("De map " + target.getParent() + " kan niet worden aangemaakt ("
                            + e.getMessage() + "). Kies een andere map.", "The folder " + target.getParent()
                            + " cannot be created (" + e.getMessage() + "). Please choose another folder.", e);
                }
                exportCase(summary.id(), target);
                written.add(target);
            }
        }
        return written;
    }

    /** A file name safe on Windows, macOS and Linux, unique (ignoring case) among {@code used}. */
    static String uniqueFileName(String name, Set<String> used) {
        String base = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        base = base.replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = "naamloos";
        }
        String candidate = base;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            candidate = base + " (" + i + ")";
        }
        return candidate;
    }

    /** Reads and validates a case file, then {@link #importCase(BusinessCase)}. */
    public ImportResult importCase(Path source) {
        ReadResult r = reader.read(source);
        return r.ok() ? importCase(r.businessCase()) : new ImportResult.Invalid(r.problems());
    }

    /**
     * Adds an imported case, unless the library already has a case with the same practice name and case name
     * (ignoring case; the recycle bin does not count): then nothing changes and the conflict comes back.
     */
    public synchronized ImportResult importCase(BusinessCase incoming) {
        requireName(incoming.caseName());
        return run(c -> {
            Optional<Long> practice = practiceByName(c, requireName(incoming.practice().name()));
            if (practice.isPresent()) {
                Optional<CaseSummary> existing = caseByName(c, practice.get(), incoming.caseName());
                if (existing.isPresent()) {
                    return new ImportResult.Conflict(existing.get(), incoming,
                            freeName(c, practice.get(), incoming.caseName().strip()));
                }
            }
            long practiceId = practice.isPresent() ? practice.get() : findOrCreatePractice(c, incoming);
            return new ImportResult.Imported(createCase(c, practiceId, incoming, incoming.caseName().strip(),
                    VersionKind.IMPORTED));
        });
    }

    /** Resolves a conflict by importing the case as a renamed copy beside the existing one. */
    public synchronized CaseSummary keepBoth(ImportResult.Conflict conflict) {
        return run(c -> {
            long practiceId = caseRow(c, conflict.existing().id()).practiceId();
            String name = freeName(c, practiceId, conflict.incoming().caseName().strip());
            return createCase(c, practiceId, conflict.incoming(), name, VersionKind.IMPORTED);
        });
    }

    /** Resolves a conflict by making the imported content the newest version of the existing case. */
    public synchronized VersionInfo replace(ImportResult.Conflict conflict) {
        return run(c -> {
            CaseSummary s = caseRow(c, conflict.existing().id());
            return store(c, s.id(), CaseContent.withNames(conflict.incoming(), s.name(), s.practiceName(),
                    s.municipality()), VersionKind.IMPORTED);
        });
    }

    private static Optional<CaseSummary> caseByName(Connection c, long practiceId, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(CASE_SELECT
                + " WHERE c.practice_id = ? AND LOWER(c.name) = ? AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1")) {
            p.setLong(1, practiceId);
            p.setString(2, name.strip().toLowerCase(java.util.Locale.ROOT));
            List<CaseSummary> list = cases(p);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    /** "Name (2)", "Name (3)", …: the first that no case of the practice has yet. */
    private static String freeName(Connection c, long practiceId, String name) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT LOWER(name) FROM business_case WHERE practice_id = ? AND deleted_at IS NULL")) {
            p.setLong(1, practiceId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        for (int i = 2; ; i++) {
            String candidate = name + " (" + i + ")";
            if (!taken.contains(candidate.toLowerCase(java.util.Locale.ROOT))) {
                return candidate;
            }
        }
    }

    // ---------------------------------------------------------------- plumbing

    /** Recomputes every search key (after the migration that introduced them, whose SQL cannot fold accents). */
    synchronized void reindexSearchKeys() {
        run(c -> {
            for (String table : new String[] {"practice", "business_case"}) {
                boolean practice = table.equals("practice");
                Map<Long, String> keys = new LinkedHashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT id, name" + (practice ? ", municipality" : "") + " FROM " + table)) {
                    while (rs.next()) {
                        keys.put(rs.getLong(1), practice ? SearchKeys.practiceKey(rs.getString(2), rs.getString(3))
                                : SearchKeys.key(rs.getString(2)));
                    }
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET search_key = ? WHERE id = ?")) {
                    for (Map.Entry<Long, String> e : keys.entrySet()) {
                        p.setString(1, e.getValue());
                        p.setLong(2, e.getKey());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs one transaction: commit on success, roll back on any failure. Callers hold the lock. */
    private <T> T run(Work<T> work) {
        if (closed) {
            throw new LibraryException("De bibliotheek is gesloten.", "The library is closed.");
        }
        try {
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof LibraryException le) {
                throw le;
            }
            if (e instanceof SQLException sql && IntegrityCheck.isFileDamage(sql)) {
                throw new LibraryException("Het bibliotheekbestand is beschadigd (" + e.getMessage() + "). Sluit "
                        + "Praktijkplan en start het opnieuw: de bibliotheek wordt dan gecontroleerd en u kunt kiezen hoe u "
                        + "herstelt.", "The library file is damaged (" + e.getMessage() + "). Please close Praktijkplan and "
                        + "start it again: the library is then checked and you can choose how to recover.", e);
            }
            throw new LibraryException("De bibliotheek kon de wijziging niet verwerken (" + e.getMessage()
                    + "). Er is niets verloren gegaan; probeer het opnieuw of start Praktijkplan opnieuw.",
                    "The library could not process the change (" + e.getMessage()
                    + "). Nothing was lost; please try again or restart Praktijkplan.", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private OffsetDateTime nowSql() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static long generatedId(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String[] practiceNames(Connection c, long practiceId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT name, municipality FROM practice WHERE id = ?")) {
            p.setLong(1, practiceId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("Praktijk " + practiceId, "Practice " + practiceId);
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new LibraryException("Geef een naam op.", "Please enter a name.");
        }
        if (name.strip().length() > 200) {
            throw new LibraryException("De naam is langer dan 200 tekens; kort hem in.",
                    "The name is longer than 200 characters; please shorten it.");
        }
        return name.strip();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /**
     * Closes the database (writing everything to the file; H2 compacts for up to 200 ms). Not {@code SHUTDOWN
     * COMPACT}: in H2 2.3.232 that left files H2 could not open again ("Double mark"); a bloated file is rebuilt
     * when it is opened instead ({@link LibraryOpener}). Close the {@link Autosaver} first.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("De bibliotheek kon niet netjes worden gesloten (" + e.getMessage()
                    + "). Uw opgeslagen werk staat in de bibliotheek.", "The library could not be closed cleanly ("
                    + e.getMessage() + "). Your saved work is in the library.", e);
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
