package nl.praktijkplan.store;

import java.time.Instant;
import java.util.List;

/**
 * A client practice with its cases, newest change first.
 *
 * @param lastChange the latest change to the practice or any of its listed cases; the list is sorted on it
 */
public record PracticeSummary(long id, String name, String municipality, Instant createdAt, Instant lastChange,
        Instant deletedAt, List<CaseSummary> cases) {

    public PracticeSummary {
        cases = List.copyOf(cases);
    }
}
