package nl.praktijkplan.casefile;

import java.util.List;

import nl.praktijkplan.domain.input.BusinessCase;

/**
 * The outcome of reading a case: the case when there were no problems, else every problem found; and notices
 * that do not stop reading, such as the fields an older format version's file took defaults for.
 */
public record ReadResult(BusinessCase businessCase, List<Problem> problems, List<Problem> notices) {

    public ReadResult {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public ReadResult(BusinessCase businessCase, List<Problem> problems) {
        this(businessCase, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty() && businessCase != null;
    }
}
