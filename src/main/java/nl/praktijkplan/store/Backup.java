package nl.praktijkplan.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy of the library file, made only from a library that passed the check when it opened: before a migration,
 * before a password change, and once a day.
 *
 * @param reason    {@code daily}, {@code before-v<n>} or {@code before-password}
 * @param practices practices it holds (also in the recycle bin), -1 for a backup from before this was recorded
 * @param cases     cases it holds (also in the recycle bin), -1 when not known
 */
public record Backup(Path file, Instant createdAt, String reason, long sizeBytes, int practices, int cases) {

    /** Whether the backup records how many practices and cases it holds. */
    public boolean knowsContents() {
        return practices >= 0 && cases >= 0;
    }
}
