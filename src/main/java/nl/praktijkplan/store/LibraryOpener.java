package nl.praktijkplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;

import nl.praktijkplan.store.LibraryException.DamagedLibraryException;
import nl.praktijkplan.store.LibraryException.LibraryInUseException;
import nl.praktijkplan.store.LibraryException.SchemaTooNewException;
import nl.praktijkplan.store.LibraryException.WrongPasswordException;

/**
 * Opens the library file {@value #FILE_NAME} in a data folder, and offers the ways out when that fails.
 *
 * <p>Opening first looks at the file read-only: a file from a newer Praktijkplan, a wrong password or a damaged file
 * is reported without a single byte being written. Before a schema migration, and once a day, the file is copied to
 * {@code backups/} (the newest {@value #KEEP_BACKUPS} are kept). A damaged file is only moved aside (renamed with a
 * timestamp, never deleted) when the user chooses {@link #restoreBackup} or {@link #startFresh}.
 *
 * <p>Password: optional. A protected library is an H2 file encrypted with AES ({@code CIPHER=AES}); the file password
 * is derived from the user's password, the database user password is fixed.
 *
 * <p>The database is opened with {@code WRITE_DELAY=0}, so every committed save is in the file (the operating
 * system's cache) when {@link Library#save} returns: killing the process loses no committed save.
 */
public final class LibraryOpener {

    public static final String FILE_NAME = "library.mv.db";
    static final String BASE_NAME = "library";
    public static final int KEEP_BACKUPS = 5;
    static final Duration DAILY = Duration.ofHours(24);
    private static final String USER = "praktijkplan";
    private static final String USER_PASSWORD = "praktijkplan";
    private static final byte[] PLAIN_HEADER = "H:2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern BACKUP = Pattern.compile("library-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.mv\\.db");

    private final Path dataDir;
    private final Clock clock;

    /** The library in {@link DataDirectory#resolve()}. */
    public LibraryOpener() {
        this(DataDirectory.resolve());
    }

    public LibraryOpener(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public LibraryOpener(Path dataDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME);
    }

    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    public boolean exists() {
        return Files.exists(databaseFile());
    }

    /** Whether the existing library file is encrypted, so the screen should ask for the password first. */
    public boolean isPasswordProtected() {
        return startsWith(header(databaseFile()), ENCRYPTED_HEADER);
    }

    // ---------------------------------------------------------------- open

    /**
     * Opens (or, when there is no file yet, creates) the library.
     *
     * @param password null or empty for an unprotected library; for a new library, a non-empty password protects it
     */
    public OpenResult open(char[] password) {
        try {
            return openDetailed(password);
        } catch (WrongPasswordException e) {
            return new OpenResult.WrongPassword(e.passwordGiven(), e.userMessage());
        } catch (SchemaTooNewException e) {
            return new OpenResult.TooNew(e.fileVersion(), e.supportedVersion(), e.userMessage());
        } catch (LibraryInUseException e) {
            return new OpenResult.InUse(e.userMessage());
        } catch (DamagedLibraryException e) {
            return new OpenResult.Damaged(databaseFile(), backups(), technical(e.getCause()), e.userMessage());
        }
    }

    /**
     * As {@link #open(char[])} but with exceptions: {@link WrongPasswordException}, {@link SchemaTooNewException},
     * {@link LibraryInUseException}, {@link DamagedLibraryException} or another {@link LibraryException}.
     */
    public Library openOrThrow(char[] password) {
        return openDetailed(password).library();
    }

    private synchronized OpenResult.Opened openDetailed(char[] password) {
        Path file = databaseFile();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new LibraryException("De map " + dataDir + " kan niet worden aangemaakt (" + e.getMessage()
                    + "). Controleer de rechten op die map.", "The folder " + dataDir + " cannot be created ("
                    + e.getMessage() + "). Please check the permissions of that folder.", e);
        }
        boolean protect = password != null && password.length > 0;
        if (!Files.exists(file)) {
            Connection c = connect(protect ? password : null, false, false);
            return new OpenResult.Opened(initialise(c, 0), 0, Migrations.latestVersion(), null);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new LibraryException("Praktijkplan mag het bibliotheekbestand " + file + " niet lezen of schrijven. "
                    + "Controleer de rechten op dat bestand.", "Praktijkplan may not read or write the library file "
                    + file + ". Please check the permissions of that file.");
        }
        byte[] header = header(file);
        boolean encrypted = startsWith(header, ENCRYPTED_HEADER);
        if (!encrypted && !startsWith(header, PLAIN_HEADER)) {
            throw new DamagedLibraryException(new IOException("No H2 file header in " + file));
        }
        if (encrypted && !protect) {
            throw new WrongPasswordException(false, null);
        }
        char[] filePassword = encrypted ? password : null;
        int version;
        // Look first, read-only, so that nothing is written to a file we refuse or cannot read.
        try (Connection probe = connect(filePassword, true, true)) {
            version = Migrations.currentVersion(probe);
            if (version > Migrations.latestVersion()) {
                throw new SchemaTooNewException(version, Migrations.latestVersion());
            }
            try (Statement s = probe.createStatement()) {
                for (String table : List.of("practice", "business_case", "case_version")) {
                    if (version > 0) {
                        s.executeQuery("SELECT COUNT(*) FROM " + table).close();
                    }
                }
            }
        } catch (SQLException e) {
            throw classify(e, filePassword != null);
        } catch (RuntimeException e) {
            if (e instanceof LibraryException le) {
                throw le;
            }
            throw new DamagedLibraryException(e);
        }
        Backup backup = version < Migrations.latestVersion() ? backup("before-v" + Migrations.latestVersion()) : backupIfDue();
        return new OpenResult.Opened(initialise(connect(filePassword, false, true), version), version,
                Migrations.latestVersion(), backup);
    }

    private Library initialise(Connection c, int found) {
        try {
            int latest = Migrations.latestVersion();
            if (found < latest) {
                Migrations.migrate(c, latest);
            }
            c.setAutoCommit(false);
            Library library = new Library(c, databaseFile(), clock);
            if (found < 2) {
                library.reindexSearchKeys();
            }
            return library;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof LibraryException le) {
                throw le;
            }
            throw new LibraryException("De bibliotheek kon niet worden bijgewerkt naar de nieuwe versie (" + e.getMessage()
                    + "). Er is een reservekopie gemaakt in " + backupDir() + ".",
                    "The library could not be upgraded to the new version (" + e.getMessage()
                    + "). A backup was made in " + backupDir() + ".", e);
        }
    }

    Connection connect(char[] password, boolean readOnly, boolean mustExist) {
        return connect(BASE_NAME, password, readOnly, mustExist);
    }

    private Connection connect(String baseName, char[] password, boolean readOnly, boolean mustExist) {
        String base = dataDir.resolve(baseName).toString();
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(base);
        url.append(";WRITE_DELAY=0");
        if (password != null) {
            url.append(";CIPHER=AES");
        }
        if (readOnly) {
            url.append(";ACCESS_MODE_DATA=r");
        }
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        Properties props = new Properties();
        props.setProperty("user", USER);
        char[] pw = password == null ? USER_PASSWORD.toCharArray()
                : (filePassword(password) + " " + USER_PASSWORD).toCharArray();
        props.put("password", pw);
        try {
            return DriverManager.getConnection(url.toString(), props);
        } catch (SQLException e) {
            throw classify(e, password != null);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /**
     * The H2 file password: H2 splits the password at the first space into file and user password, so the user's
     * password (which may contain spaces) is turned into hex of its SHA-256; H2 then salts and stretches that.
     */
    static String filePassword(char[] password) {
        try {
            java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            Arrays.fill(bytes, (byte) 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LibraryException classify(SQLException e, boolean passwordGiven) {
        return switch (e.getErrorCode()) {
            case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new WrongPasswordException(passwordGiven, e);
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new LibraryInUseException(e);
            default -> new DamagedLibraryException(e);
        };
    }

    private static String technical(Throwable t) {
        return t == null ? "" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    // ---------------------------------------------------------------- password

    /**
     * Sets, changes or removes the library password. The library must not be open. The content is copied into a new
     * file, encrypted with the new password (or not, for null/empty), which replaces the old file only once the copy is
     * complete; the old file is backed up first ({@code before-password}).
     *
     * @throws WrongPasswordException when {@code oldPassword} does not open the library
     */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        openOrThrow(oldPassword).close(); // checks the password, migrates if needed
        char[] oldFilePassword = isPasswordProtected() ? oldPassword : null;
        char[] newFilePassword = newPassword == null || newPassword.length == 0 ? null : newPassword;
        String tempBase = BASE_NAME + "-rekey";
        Path temp = dataDir.resolve(tempBase + ".mv.db");
        try {
            Files.deleteIfExists(temp);
            backup("before-password");
            try (Connection from = connect(BASE_NAME, oldFilePassword, true, true);
                    Connection to = connect(tempBase, newFilePassword, false, false)) {
                Migrations.migrate(to, Migrations.latestVersion());
                to.setAutoCommit(false);
                for (String table : List.of("practice", "business_case", "case_version")) {
                    copyTable(from, to, table);
                }
                to.commit();
            }
            Files.move(temp, databaseFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new LibraryException("Het wachtwoord kon niet worden gewijzigd (" + e.getMessage()
                    + "). De bibliotheek is ongewijzigd.", "The password could not be changed (" + e.getMessage()
                    + "). The library is unchanged.", e);
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
                }
                insert.executeBatch();
            }
            try (Statement restart = to.createStatement()) {
                restart.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1));
            }
        }
    }

    // ---------------------------------------------------------------- backups and recovery

    /** The backups, newest first. */
    public List<Backup> backups() {
        List<Backup> list = new ArrayList<>();
        if (!Files.isDirectory(backupDir())) {
            return list;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(backupDir(), "library-*.mv.db")) {
            for (Path p : dir) {
                Matcher m = BACKUP.matcher(p.getFileName().toString());
                if (m.matches()) {
                    Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    list.add(new Backup(p, at, m.group(2), Files.size(p)));
                }
            }
        } catch (IOException e) {
            return list;
        }
        list.sort(Comparator.comparing(Backup::createdAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return list;
    }

    private Backup backupIfDue() {
        List<Backup> existing = backups();
        if (!existing.isEmpty() && existing.get(0).createdAt().plus(DAILY).isAfter(clock.instant())) {
            return null;
        }
        return backup("daily");
    }

    /** Copies the (closed) library file to {@code backups/} and removes all but the newest few backups. */
    private Backup backup(String reason) {
        try {
            Files.createDirectories(backupDir());
            Instant now = clock.instant();
            String stamp = STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            Path target = backupDir().resolve("library-" + stamp + "-" + reason + ".mv.db");
            Path temp = backupDir().resolve(target.getFileName() + ".tmp");
            Files.copy(databaseFile(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            List<Backup> all = backups();
            for (Backup old : all.subList(Math.min(KEEP_BACKUPS, all.size()), all.size())) {
                Files.deleteIfExists(old.file());
            }
            return new Backup(target, LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC), reason, Files.size(target));
        } catch (IOException e) {
            throw new LibraryException("Er kon geen reservekopie van de bibliotheek worden gemaakt in " + backupDir() + " ("
                    + e.getMessage() + "). Maak ruimte vrij op de schijf en probeer het opnieuw.",
                    "No backup of the library could be made in " + backupDir() + " (" + e.getMessage()
                    + "). Please free some disk space and try again.", e);
        }
    }

    /**
     * Moves the damaged file aside, puts a copy of the backup in its place and opens it. The backup itself stays.
     *
     * @param password the password the library had when the backup was made (null if none)
     */
    public synchronized OpenResult restoreBackup(Backup backup, char[] password) {
        moveAside();
        try {
            Path temp = dataDir.resolve(FILE_NAME + ".restore.tmp");
            Files.copy(backup.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, databaseFile());
        } catch (IOException e) {
            throw new LibraryException("De reservekopie " + backup.file() + " kan niet worden teruggezet (" + e.getMessage()
                    + ").", "The backup " + backup.file() + " cannot be restored (" + e.getMessage() + ").", e);
        }
        return open(password);
    }

    /** Moves the damaged file aside and creates a new, empty library (protected if a password is given). */
    public synchronized OpenResult startFresh(char[] password) {
        moveAside();
        return open(password);
    }

    /**
     * Renames the current library file to {@code library-damaged-<timestamp>.mv.db} in the same folder.
     *
     * @return the new name, or null when there was no file
     */
    public synchronized Path moveAside() {
        Path file = databaseFile();
        if (!Files.exists(file)) {
            return null;
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path target = dataDir.resolve(BASE_NAME + "-damaged-" + stamp + ".mv.db");
        try {
            return Files.move(file, target);
        } catch (IOException e) {
            throw new LibraryException("Het beschadigde bibliotheekbestand kan niet opzij worden gezet (" + e.getMessage()
                    + "). Sluit andere programma's die het gebruiken.", "The damaged library file cannot be moved aside ("
                    + e.getMessage() + "). Please close other programs that use it.", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
