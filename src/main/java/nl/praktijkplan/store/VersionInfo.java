package nl.praktijkplan.store;

import java.time.Instant;

/**
 * One saved version of a case.
 *
 * @param number    1 for the first version, counting up; the highest is the current content
 * @param createdAt when this version was first written
 * @param savedAt   when it was last written (later than createdAt only for coalesced autosaves)
 * @param sizeChars size of the stored case-file JSON
 */
public record VersionInfo(long caseId, int number, VersionKind kind, Instant createdAt, Instant savedAt, int sizeChars) {
}
