package nl.praktijkplan.store;

import java.nio.file.Path;

/**
 * What can still be read from a damaged library: offered as "salvage every readable case into a new library"
 * ({@link LibraryOpener#salvage}).
 *
 * @param source        the database read from: the library file itself when H2 still opens it, otherwise the
 *                      database rebuilt by H2's Recover tool from the readable parts of the file
 * @param recovered     whether {@code source} is such a rebuilt database
 * @param schemaVersion the schema of {@code source}
 * @param report        the check of {@code source}: how many cases it holds and which ones fail
 */
public record Salvage(Path source, boolean recovered, int schemaVersion, IntegrityReport report) {

    /** Cases whose current version is intact. Cases with only an intact older version are salvaged too. */
    public int readableCases() {
        return report.readableCases();
    }

    public int cases() {
        return report.cases();
    }
}
