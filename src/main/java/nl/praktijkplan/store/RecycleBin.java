package nl.praktijkplan.store;

import java.util.List;

/**
 * What is in the recycle bin: deleted practices (with all their cases) and deleted cases of practices that are
 * still in the library, newest deletion first.
 */
public record RecycleBin(List<PracticeSummary> practices, List<CaseSummary> cases) {

    public RecycleBin {
        practices = List.copyOf(practices);
        cases = List.copyOf(cases);
    }

    public boolean isEmpty() {
        return practices.isEmpty() && cases.isEmpty();
    }
}
