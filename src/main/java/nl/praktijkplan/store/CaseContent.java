package nl.praktijkplan.store;

import java.util.Objects;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Practice;

/** Copies of a case with other names, so content and the library's names agree. */
final class CaseContent {

    private CaseContent() {
    }

    static BusinessCase withNames(BusinessCase c, String caseName, String practiceName, String municipality) {
        Practice p = c.practice();
        if (Objects.equals(c.caseName(), caseName) && Objects.equals(p.name(), practiceName)
                && Objects.equals(p.municipality(), municipality)) {
            return c;
        }
        Practice named = p.withNames(practiceName, municipality);
        return c.withNames(caseName, named);
    }

    static String municipality(BusinessCase c) {
        return c.practice().municipality() == null ? "" : c.practice().municipality();
    }
}
