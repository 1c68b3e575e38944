package nl.praktijkplan.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy of the library file, made before a migration or once a day on opening.
 *
 * @param reason {@code daily} or {@code before-v<n>}
 */
public record Backup(Path file, Instant createdAt, String reason, long sizeBytes) {
}
