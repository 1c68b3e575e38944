package nl.praktijkplan.store;

import java.util.List;

import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.BusinessCase;

/** The outcome of importing a case file into the library. */
public sealed interface ImportResult {

    /** The case was new and is now in the library. */
    record Imported(CaseSummary summary) implements ImportResult {
    }

    /** The file is not a valid case; nothing was changed. */
    record Invalid(List<Problem> problems) implements ImportResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The library already has a case with this practice name and case name; nothing was changed yet. Resolve with
     * {@link Library#keepBoth(Conflict)} (imported as a renamed copy, {@code suggestedName}) or
     * {@link Library#replace(Conflict)} (imported as the newest version; the old content stays as a version).
     */
    record Conflict(CaseSummary existing, BusinessCase incoming, String suggestedName) implements ImportResult {
    }
}
