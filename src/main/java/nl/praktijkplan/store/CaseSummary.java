package nl.praktijkplan.store;

import java.time.Instant;

/**
 * One case as the library list shows it (no content).
 *
 * @param updatedAt time of the latest saved version, rename or restore
 * @param openedAt  last time the case was opened for editing, or null
 * @param deletedAt when it went to the recycle bin, or null
 */
public record CaseSummary(long id, long practiceId, String practiceName, String municipality, String name,
        Instant createdAt, Instant updatedAt, Instant openedAt, Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
