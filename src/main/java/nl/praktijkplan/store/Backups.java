package nl.praktijkplan.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder {@code backups/}: {@code library-<utc stamp>-<reason>-<practices>p<cases>c.mv.db}, owner-only, kept in
 * {@link BackupGenerations}. The name records what the copy holds, so a list of backups can say so without opening
 * (or decrypting) each one. Names without the counts are backups of an older Praktijkplan.
 */
final class Backups {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME =
            Pattern.compile("library-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+?)(?:-(\\d+)p(\\d+)c)?\\.mv\\.db");

    private final Path folder;
    private final Clock clock;

    Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    /** Every backup, newest first. */
    List<Backup> list() {
        List<Backup> list = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return list;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "library-*.mv.db")) {
            for (Path p : dir) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    int practices = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
                    int cases = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
                    list.add(new Backup(p, at, m.group(2), Files.size(p), practices, cases));
                }
            }
        } catch (IOException e) {
            return list;
        }
        list.sort(Comparator.comparing(Backup::createdAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return list;
    }

    /**
     * Copies the closed library file {@code source}, which passed the check with {@code report}, into the folder,
     * then removes the backups that fall outside the generations kept.
     */
    Backup make(Path source, String reason, IntegrityReport report) throws IOException {
        if (!report.passed()) {
            throw new IllegalStateException("A library that failed the check is never backed up");
        }
        OwnerOnlyFiles.createFolder(folder);
        Instant now = clock.instant();
        String stamp = STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        Path target = folder.resolve("library-" + stamp + "-" + reason + "-" + report.practices() + "p" + report.cases()
                + "c.mv.db");
        OwnerOnlyFiles.copy(source, target);
        prune(target);
        return new Backup(target, LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC), reason, Files.size(target),
                report.practices(), report.cases());
    }

    /** Removes every backup outside {@link BackupGenerations}, except {@code justMade}. */
    private void prune(Path justMade) throws IOException {
        List<Backup> all = list();
        Set<Backup> keep = BackupGenerations.keep(all);
        for (Backup b : all) {
            if (!keep.contains(b) && !b.file().equals(justMade)) {
                Files.deleteIfExists(b.file());
            }
        }
    }
}
