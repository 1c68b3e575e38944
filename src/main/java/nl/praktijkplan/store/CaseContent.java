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
        return new BusinessCase(caseName, named, c.staffing(), c.currentPremises(), c.growth(), c.income(), c.costs(),
                c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(), c.assumptionOverrides(),
                c.notes());
    }

    static String municipality(BusinessCase c) {
        return c.practice().municipality() == null ? "" : c.practice().municipality();
    }
}
