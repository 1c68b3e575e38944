package nl.praktijkplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.h2.api.ErrorCode;

import nl.praktijkplan.store.LibraryException.DamagedLibraryException;
import nl.praktijkplan.store.LibraryException.LibraryInUseException;
import nl.praktijkplan.store.LibraryException.MissingLibraryException;
import nl.praktijkplan.store.LibraryException.SchemaTooNewException;
import nl.praktijkplan.store.LibraryException.WrongPasswordException;

/**
 * Opens the library file {@value #FILE_NAME} in a data folder, checks it, and offers the ways out when that fails.
 *
 * <p>Opening first looks at the file read-only: a file from a newer Praktijkplan, a wrong password or a damaged file
 * is reported without a single byte being written. While looking, the {@link IntegrityCheck} reads every case's
 * current version and matches it against its checksum. Only a library that passes is copied to {@code backups/}
 * (before a schema migration, and once a day; kept in {@link BackupGenerations}) and opened for writing.
 *
 * <p>When that fails: a file H2 cannot open goes through H2's own Recover tool first (H2 itself already falls back to
 * the second file header when the first is damaged); then what can be read is offered as a {@link Salvage} into a
 * new library, then the backups, each with its date and what it holds, then an empty library. A missing library file
 * with backups present is reported ({@link OpenResult.Missing}) instead of silently replaced by an empty one. The
 * damaged file is only moved aside (renamed with a timestamp, never deleted) when the user chooses a way out.
 *
 * <p>Password: optional. A protected library is an H2 file encrypted with AES ({@code CIPHER=AES}); the file password
 * is derived from the user's password, the database user password is fixed. All backups share the library's
 * password: a password change rewrites them. Folders are 700 and files 600 where the file system knows POSIX modes.
 *
 * <p>The database is opened with {@code WRITE_DELAY=0}, so every committed save is in the file (the operating
 * system's cache) when {@link Library#save} returns: killing the process loses no committed save.
 */
public final class LibraryOpener {

    public static final String FILE_NAME = "library.mv.db";
    static final String BASE_NAME = "library";
    static final Duration DAILY = Duration.ofHours(24);
    private static final String USER = "praktijkplan";
    private static final String USER_PASSWORD = "praktijkplan";
    private static final byte[] PLAIN_HEADER = "H:2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    /** H2 writes its file header twice, at 0 and at 4096, and falls back to the second. */
    private static final int SECOND_HEADER = 4096;
    private static final DateTimeFormatter STAMP = Backups.STAMP;

    private final Path dataDir;
    private final Clock clock;
    private final Backups backups;
    /** Files from this size on are rebuilt when less than half live ({@link Compaction}); tests lower it. */
    long compactFrom = Compaction.MIN_FILE_SIZE;

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
        this.backups = new Backups(this.dataDir.resolve("backups"), clock);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME);
    }

    public Path backupDir() {
        return backups.folder();
    }

    /** Where H2's Recover tool rebuilds a damaged library; emptied before each attempt. */
    Path recoveryDir() {
        return dataDir.resolve("recovery");
    }

    public boolean exists() {
        return Files.exists(databaseFile());
    }

    /** Whether the existing library file is encrypted, so the screen should ask for the password first. */
    public boolean isPasswordProtected() {
        return startsWith(header(databaseFile(), 0), ENCRYPTED_HEADER);
    }

    // ---------------------------------------------------------------- open

    /**
     * Opens the library, or creates it when there is neither a file nor a backup.
     *
     * @param password null or empty for an unprotected library; for a new library, a non-empty password protects it
     */
    public OpenResult open(char[] password) {
        return open(password, false);
    }

    private OpenResult open(char[] password, boolean create) {
        try {
            return openDetailed(password, create);
        } catch (WrongPasswordException e) {
            return new OpenResult.WrongPassword(e.passwordGiven(), e.userMessage());
        } catch (SchemaTooNewException e) {
            return new OpenResult.TooNew(e.fileVersion(), e.supportedVersion(), e.userMessage());
        } catch (LibraryInUseException e) {
            return new OpenResult.InUse(e.userMessage());
        } catch (MissingLibraryException e) {
            return new OpenResult.Missing(databaseFile(), backups(), e.userMessage());
        } catch (DamagedLibraryException e) {
            return new OpenResult.Damaged(databaseFile(), backups(), e.salvage(), technical(e.getCause()), e.userMessage());
        }
    }

    /**
     * As {@link #open(char[])} but with exceptions: {@link WrongPasswordException}, {@link SchemaTooNewException},
     * {@link LibraryInUseException}, {@link MissingLibraryException}, {@link DamagedLibraryException} or another
     * {@link LibraryException}.
     */
    public Library openOrThrow(char[] password) {
        return openDetailed(password, false).library();
    }

    private synchronized OpenResult.Opened openDetailed(char[] password, boolean create) {
        Path file = databaseFile();
        try {
            OwnerOnlyFiles.createFolder(dataDir);
            OwnerOnlyFiles.restrict(file);
            OwnerOnlyFiles.restrict(backupDir());
        } catch (IOException e) {
            throw new LibraryException("De map " + dataDir + " kan niet worden aangemaakt (" + e.getMessage()
                    + "). Controleer de rechten op die map.", "The folder " + dataDir + " cannot be created ("
                    + e.getMessage() + "). Please check the permissions of that folder.", e);
        }
        removeLeftovers();
        boolean protect = password != null && password.length > 0;
        if (!Files.exists(file)) {
            if (!create && !backups().isEmpty()) {
                throw new MissingLibraryException();
            }
            Connection c = connect(protect ? password : null, false, false);
            restrictQuietly(file);
            IntegrityReport empty = new IntegrityReport(0, 0, List.of(), Duration.ZERO);
            return new OpenResult.Opened(initialise(c, 0), 0, Migrations.latestVersion(), null, empty);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new LibraryException("Praktijkplan mag het bibliotheekbestand " + file + " niet lezen of schrijven. "
                    + "Controleer de rechten op dat bestand.", "Praktijkplan may not read or write the library file "
                    + file + ". Please check the permissions of that file.");
        }
        boolean encrypted = startsWith(header(file, 0), ENCRYPTED_HEADER);
        if (!encrypted && !startsWith(header(file, 0), PLAIN_HEADER) && !startsWith(header(file, SECOND_HEADER), PLAIN_HEADER)) {
            throw damaged(new IOException("No H2 file header in " + file), null);
        }
        if (encrypted && !protect) {
            throw new WrongPasswordException(false, null);
        }
        char[] filePassword = encrypted ? password : null;
        int version;
        IntegrityReport check;
        boolean bloated;
        // Look first, read-only, so that nothing is written to a file we refuse, cannot read or find damaged.
        try (Connection probe = connect(filePassword, true, true)) {
            version = Migrations.currentVersion(probe);
            if (version > Migrations.latestVersion()) {
                throw new SchemaTooNewException(version, Migrations.latestVersion());
            }
            check = new IntegrityCheck().run(probe, version);
            bloated = version > 0 && Compaction.needed(probe, compactFrom);
        } catch (SQLException e) {
            throw damagedUnlessPasswordOrBusy(classify(e, filePassword != null), filePassword);
        } catch (DamagedLibraryException e) {
            throw damaged(e.getCause(), filePassword);
        } catch (LibraryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(e, filePassword);
        }
        if (!check.passed()) {
            IntegrityReport.Problem first = check.problems().get(0);
            throw new DamagedLibraryException(new IOException(check.problems().size() + " of " + check.cases()
                    + " cases fail the check; first: case " + first.caseId() + ", " + first.reason()),
                    new Salvage(file, false, version, check));
        }
        if (bloated) {
            compact(filePassword, version, check);
        }
        Backup backup;
        try {
            backup = version < Migrations.latestVersion() ? backups.make(file, "before-v" + Migrations.latestVersion(), check)
                    : backupIfDue(check);
        } catch (IOException e) {
            throw new LibraryException("Er kon geen reservekopie van de bibliotheek worden gemaakt in " + backupDir() + " ("
                    + e.getMessage() + "). Maak ruimte vrij op de schijf en probeer het opnieuw.",
                    "No backup of the library could be made in " + backupDir() + " (" + e.getMessage()
                    + "). Please free some disk space and try again.", e);
        }
        deleteRecoveryFolder(); // a rebuild from an earlier damage is of no use now
        return new OpenResult.Opened(initialise(connect(filePassword, false, true), version), version,
                Migrations.latestVersion(), backup, check);
    }

    /**
     * Rebuilds the (closed, checked) library file without its dead space ({@link Compaction}). The copy replaces the
     * file only when it passes the check with the same practices, cases and versions; otherwise the file stays as it is.
     */
    private void compact(char[] filePassword, int version, IntegrityReport check) {
        Path base = dataDir.resolve(BASE_NAME + "-compact");
        Path temp = dataDir.resolve(BASE_NAME + "-compact.mv.db");
        try {
            Files.deleteIfExists(temp);
            long versions;
            try (Connection from = connect(filePassword, true, true); Connection to = connect(base, filePassword, false, false)) {
                Compaction.rebuild(from, version, to);
                versions = count(from, "case_version");
            }
            OwnerOnlyFiles.restrict(temp);
            try (Connection c = connect(base, filePassword, true, true)) {
                IntegrityReport copy = new IntegrityCheck().run(c, version);
                if (!copy.passed() || copy.cases() != check.cases() || copy.practices() != check.practices()
                        || count(c, "case_version") != versions) {
                    throw new SQLException("The rebuilt file differs from the library: " + copy);
                }
            }
            OwnerOnlyFiles.force(temp);
            OwnerOnlyFiles.moveIntoPlace(temp, databaseFile());
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(temp); // the library stays as it was; only its size is not reduced
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private LibraryException damagedUnlessPasswordOrBusy(LibraryException e, char[] filePassword) {
        return e instanceof DamagedLibraryException ? damaged(e.getCause(), filePassword) : e;
    }

    /** The file cannot be opened: H2's Recover tool gets a go before the damage is reported. */
    private DamagedLibraryException damaged(Throwable cause, char[] filePassword) {
        return new DamagedLibraryException(cause, filePassword == null ? recover() : null);
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
        return connect(dataDir.resolve(BASE_NAME), password, readOnly, mustExist);
    }

    /** @param base the database file without {@code .mv.db} */
    private static Connection connect(Path base, char[] password, boolean readOnly, boolean mustExist) {
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(base);
        // No trace file: it could hold SQL with names next to an encrypted library.
        url.append(";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
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
     * Sets, changes or removes the library password. The library must not be open. The library file is copied,
     * re-encrypted with the new password (or decrypted, for null/empty) and renamed over the old file only once the
     * copy is complete and on disk; the old file is backed up first ({@code before-password}). Then every backup is
     * rewritten the same way, so that no copy in the old form stays behind (and every backup opens with the current
     * password). When a password is set, plaintext files that cannot be rewritten (a damaged library moved aside, a
     * backup that does not open) are removed.
     *
     * @throws WrongPasswordException when {@code oldPassword} does not open the library
     */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        openOrThrow(oldPassword).close(); // checks the password and the content, migrates if needed
        char[] oldFilePassword = isPasswordProtected() ? oldPassword : null;
        char[] newFilePassword = newPassword == null || newPassword.length == 0 ? null : newPassword;
        try {
            IntegrityReport check;
            try (Connection probe = connect(oldFilePassword, true, true)) {
                check = new IntegrityCheck().run(probe, Migrations.currentVersion(probe));
            }
            backups.make(databaseFile(), "before-password", check);
            rekey(databaseFile(), oldFilePassword, newFilePassword);
        } catch (IOException | SQLException e) {
            throw new LibraryException("Het wachtwoord kon niet worden gewijzigd (" + e.getMessage()
                    + "). De bibliotheek is ongewijzigd.", "The password could not be changed (" + e.getMessage()
                    + "). The library is unchanged.", e);
        }
        List<Path> left = new ArrayList<>();
        for (Backup b : backups()) {
            try {
                rekey(b.file(), oldFilePassword, newFilePassword);
            } catch (IOException | SQLException e) {
                left.add(b.file());
            }
        }
        if (newFilePassword != null) {
            left.addAll(movedAside());
            for (Path p : left) {
                if (!startsWith(header(p, 0), ENCRYPTED_HEADER)) {
                    deleteQuietly(p);
                }
            }
            deleteRecoveryFolder();
        }
    }

    /**
     * Re-encrypts one closed database file: copied into a private work folder, changed there by H2's
     * ChangeFileEncryption (on the file's blocks, so any schema version), forced to disk and renamed over the file.
     */
    private void rekey(Path file, char[] oldFilePassword, char[] newFilePassword) throws IOException, SQLException {
        if (oldFilePassword == null && newFilePassword == null) {
            return;
        }
        Path work = dataDir.resolve("rekey");
        deleteFolder(work);
        OwnerOnlyFiles.createFolder(work);
        try {
            Path copy = work.resolve(FILE_NAME);
            OwnerOnlyFiles.copy(file, copy);
            org.h2.tools.ChangeFileEncryption.execute(work.toString(), BASE_NAME, "AES",
                    oldFilePassword == null ? null : filePassword(oldFilePassword).toCharArray(),
                    newFilePassword == null ? null : filePassword(newFilePassword).toCharArray(), true);
            // The rewritten file must open with the new password before it replaces anything.
            try (Connection c = connect(work.resolve(BASE_NAME), newFilePassword, true, true)) {
                Migrations.currentVersion(c);
            }
            OwnerOnlyFiles.restrict(copy);
            OwnerOnlyFiles.force(copy);
            OwnerOnlyFiles.moveIntoPlace(copy, file);
        } catch (LibraryException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            deleteFolder(work);
        }
    }

    // ---------------------------------------------------------------- backups and recovery

    /** The backups, newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    private Backup backupIfDue(IntegrityReport check) throws IOException {
        List<Backup> existing = backups();
        if (!existing.isEmpty() && existing.get(0).createdAt().plus(DAILY).isAfter(clock.instant())) {
            return null;
        }
        return backups.make(databaseFile(), "daily", check);
    }

    /**
     * H2's Recover tool on a library it cannot open: it dumps every readable row of a copy of the file as SQL, which
     * is run into a new database in {@link #recoveryDir()}; the dump is deleted at once. Only for unencrypted files
     * (H2's tool cannot read encrypted ones).
     *
     * @return what the rebuilt database holds, or null when nothing could be recovered
     */
    private Salvage recover() {
        Path work = recoveryDir();
        try {
            deleteFolder(work);
            OwnerOnlyFiles.createFolder(work);
            OwnerOnlyFiles.copy(databaseFile(), work.resolve(FILE_NAME));
            org.h2.tools.Recover tool = new org.h2.tools.Recover();
            tool.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            tool.runTool("-dir", work.toString(), "-db", BASE_NAME);
            Path script = work.resolve(BASE_NAME + ".h2.sql");
            Files.delete(work.resolve(FILE_NAME));
            Files.deleteIfExists(work.resolve(BASE_NAME + ".mv.txt")); // the tool's page dump, with content in it
            if (!Files.exists(script)) {
                return null;
            }
            OwnerOnlyFiles.restrict(script);
            Path rebuilt = work.resolve("recovered");
            try {
                // Statements that fail (such as a damaged index definition) are skipped; the rows still go in.
                org.h2.tools.RunScript run = new org.h2.tools.RunScript();
                run.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                run.runTool("-url", "jdbc:h2:file:" + rebuilt + ";TRACE_LEVEL_FILE=0", "-user", USER, "-password",
                        USER_PASSWORD, "-script", script.toString(), "-continueOnError");
            } finally {
                Files.deleteIfExists(script);
            }
            try (Connection c = connect(rebuilt, null, true, true)) {
                int version = Migrations.currentVersion(c);
                IntegrityReport report = new IntegrityCheck().run(c, version);
                if (report.readableCases() > 0) {
                    return new Salvage(work.resolve("recovered.mv.db"), true, version, report);
                }
            }
        } catch (IOException | SQLException | RuntimeException nothingRecovered) {
            // reported as damage without salvage
        }
        deleteRecoveryFolder();
        return null;
    }

    /**
     * Copies every readable case of a damaged library ({@link OpenResult.Damaged#salvage()}) into a new library,
     * protected with {@code password} if given, which takes the damaged file's place (moved aside, kept).
     *
     * @param password the library's password (null if none): it opens the damaged file and protects the new one
     */
    public synchronized OpenResult salvage(Salvage salvage, char[] password) {
        boolean protect = password != null && password.length > 0;
        char[] sourcePassword = salvage.recovered() || !isPasswordProtected() ? null : password;
        Path base = dataDir.resolve(BASE_NAME + "-salvage");
        Path temp = dataDir.resolve(BASE_NAME + "-salvage.mv.db");
        Path source = salvage.source();
        Path sourceBase = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.mv\\.db$", ""));
        try {
            Files.deleteIfExists(temp);
            try (Connection from = connect(sourceBase, sourcePassword, true, true);
                    Connection to = connect(base, protect ? password : null, false, false)) {
                Migrations.migrate(to, Migrations.latestVersion());
                to.setAutoCommit(false);
                new Salvager().copy(from, salvage.schemaVersion(), to);
            }
            OwnerOnlyFiles.restrict(temp);
            OwnerOnlyFiles.force(temp);
            moveAside();
            OwnerOnlyFiles.moveIntoPlace(temp, databaseFile());
            deleteRecoveryFolder();
        } catch (IOException | SQLException e) {
            deleteQuietly(temp);
            throw new LibraryException("De leesbare casussen konden niet worden gered (" + e.getMessage()
                    + "). Het beschadigde bestand is ongewijzigd.", "The readable cases could not be salvaged ("
                    + e.getMessage() + "). The damaged file is unchanged.", e);
        }
        return open(password, true);
    }

    /**
     * Moves the damaged file aside (if there is one), puts a copy of the backup in its place and opens it. The backup
     * itself stays.
     *
     * @param password the library's password (null if none); every backup has the library's current password
     */
    public synchronized OpenResult restoreBackup(Backup backup, char[] password) {
        moveAside();
        try {
            OwnerOnlyFiles.copy(backup.file(), databaseFile());
        } catch (IOException e) {
            throw new LibraryException("De reservekopie " + backup.file() + " kan niet worden teruggezet (" + e.getMessage()
                    + ").", "The backup " + backup.file() + " cannot be restored (" + e.getMessage() + ").", e);
        }
        deleteRecoveryFolder();
        return open(password);
    }

    /** Moves the damaged file aside (if any) and creates a new, empty library (protected if a password is given). */
    public synchronized OpenResult startFresh(char[] password) {
        moveAside();
        deleteRecoveryFolder();
        return open(password, true);
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
        for (int i = 2; Files.exists(target); i++) {
            target = dataDir.resolve(BASE_NAME + "-damaged-" + stamp + "-" + i + ".mv.db");
        }
        try {
            return Files.move(file, target);
        } catch (IOException e) {
            throw new LibraryException("Het beschadigde bibliotheekbestand kan niet opzij worden gezet (" + e.getMessage()
                    + "). Sluit andere programma's die het gebruiken.", "The damaged library file cannot be moved aside ("
                    + e.getMessage() + "). Please close other programs that use it.", e);
        }
    }

    /** Damaged libraries moved aside earlier. */
    private List<Path> movedAside() {
        try (java.util.stream.Stream<Path> files = Files.list(dataDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(BASE_NAME + "-damaged-")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Removes what an interrupted rebuild, salvage, password change or copy left behind (it could be a plaintext copy
     * next to an encrypted library). The {@link #recoveryDir()} stays: a damaged library's salvage may point into it.
     */
    private void removeLeftovers() {
        try {
            deleteFolder(dataDir.resolve("rekey"));
            Files.deleteIfExists(dataDir.resolve(BASE_NAME + "-compact.mv.db"));
            Files.deleteIfExists(dataDir.resolve(BASE_NAME + "-salvage.mv.db"));
            Files.deleteIfExists(dataDir.resolve(FILE_NAME + ".tmp"));
            if (Files.isDirectory(backupDir())) {
                try (java.util.stream.Stream<Path> files = Files.list(backupDir())) {
                    for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // tried again at the next open
        }
    }

    private void deleteRecoveryFolder() {
        try {
            deleteFolder(recoveryDir());
        } catch (IOException e) {
            // left for the next attempt, which empties it first
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do
        }
    }

    private static void restrictQuietly(Path file) {
        try {
            OwnerOnlyFiles.restrict(file);
        } catch (IOException e) {
            // the folder is owner-only already
        }
    }

    private static byte[] header(Path file, int offset) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
