package nl.praktijkplan.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned SQL scripts under {@value #FOLDER} (listed in {@code index.txt}, named
 * {@code V<n>__<description>.sql}, numbered 1, 2, 3, … without gaps), and the {@code schema_version} table that
 * records which ones ran. To change the schema, add a script and a line in the index; never edit a released script.
 */
public final class Migrations {

    static final String FOLDER = "/nl/praktijkplan/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One script. */
    public record Migration(int version, String description, String resource) {
    }

    private static final List<Migration> ALL = load();

    private Migrations() {
    }

    public static List<Migration> all() {
        return ALL;
    }

    /** The schema version this build creates and understands. */
    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    private static List<Migration> load() {
        List<Migration> list = new ArrayList<>();
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FOLDER + "index.txt");
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    throw new IllegalStateException("Badly named migration " + name);
                }
                int version = Integer.parseInt(m.group(1));
                if (version != list.size() + 1) {
                    throw new IllegalStateException("Migration " + name + " out of sequence; expected V" + (list.size() + 1));
                }
                list.add(new Migration(version, m.group(2).replace('_', ' '), FOLDER + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("No migrations");
        }
        return List.copyOf(list);
    }

    /** The schema version recorded in the database, 0 for an empty database. */
    public static int currentVersion(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", "SCHEMA_VERSION", new String[] {"TABLE", "BASE TABLE"})) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Runs every script above the current version up to {@code target}, each recorded in {@code schema_version}.
     * H2 commits DDL statements implicitly, so a script that fails half-way can leave a partial schema: that is why
     * {@link LibraryOpener} copies the file to a backup before migrating.
     *
     * @return the version before migrating
     */
    public static int migrate(Connection c, int target) throws SQLException {
        if (target > latestVersion()) {
            throw new IllegalArgumentException("No migration " + target);
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int from = currentVersion(c);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Migration m : ALL) {
                if (m.version() <= from || m.version() > target) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(m.resource())) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                    p.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return from;
    }

    /** The statements of a script: separated by a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> statements(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String t = line.strip();
                if (t.startsWith("--") || t.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (t.endsWith(";")) {
                    String sql = current.toString().strip();
                    out.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
