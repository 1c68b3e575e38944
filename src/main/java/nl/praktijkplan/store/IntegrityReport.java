package nl.praktijkplan.store;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of the check when the library opens ({@link IntegrityCheck}): how many practices and cases it holds,
 * and every case whose current version could not be read or does not match its checksum.
 *
 * @param practices practices (also those in the recycle bin)
 * @param cases     cases (also those in the recycle bin)
 * @param problems  the cases that failed, empty when the library is sound
 * @param took      how long the check took
 */
public record IntegrityReport(int practices, int cases, List<Problem> problems, Duration took) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    /** One case that failed the check; {@code caseName} is null when even the case's row could not be read. */
    public record Problem(long caseId, String caseName, String practiceName, String reason) {
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The cases that can be read: all but those with a problem. */
    public int readableCases() {
        return cases - problems.size();
    }
}
