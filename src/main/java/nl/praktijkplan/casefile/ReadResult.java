package nl.praktijkplan.casefile;

import java.util.List;

import nl.praktijkplan.domain.input.BusinessCase;

/** The outcome of reading a case: the case when there were no problems, else every problem found. */
public record ReadResult(BusinessCase businessCase, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && businessCase != null;
    }
}
