package nl.praktijkplan.store;

/** How a version came about; shown in the version list. */
public enum VersionKind {
    /** The first version of a new case. */
    CREATED,
    /** An explicit save by the user. */
    SAVED,
    /** Written by the {@link Autosaver}; rapid autosaves are coalesced, see {@link Library#save}. */
    AUTOSAVED,
    /** An older version brought back; it becomes the newest. */
    RESTORED,
    /** Content replaced by an imported case file. */
    IMPORTED,
    /** The first version of a copy made with "save as scenario". */
    DUPLICATED
}
