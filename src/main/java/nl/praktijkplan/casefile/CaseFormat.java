package nl.praktijkplan.casefile;

/** Constants of the JSON case file format (documented in src/docs/case-format.md). */
public final class CaseFormat {
    private CaseFormat() {
    }

    /** The version this build writes and the newest it reads. */
    public static final int CURRENT_VERSION = 2;
    public static final String VERSION_FIELD = "formatVersion";
    /** Case files are small; anything larger is not a case file and is refused before parsing. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_OPTIONS = 10;
    public static final String EXTENSION = ".praktijkplan.json";
}
