package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.Securities.Kind;
import nl.praktijkplan.domain.calc.Securities.Security;

/** The securities follow from the plan: what is owned, what the loan finances, whether BMKB is used. */
class SecuritiesTest {

    private final BusinessCaseResult lhv = new BusinessCaseEngine().compute(SampleCases.load(SampleCases.FIRST));

    @Test
    void theListedBuildingIsMortgagedAndTheReceivablesPledged() {
        OptionResult b = lhv.options().get(1); // buys and renovates; no fit-out line
        List<Security> s = Securities.of(b);
        assertEquals(List.of(Kind.MORTGAGE, Kind.PLEDGE_RECEIVABLES), s.stream().map(Security::kind).toList());
        assertEquals(b.financing().loan(), s.get(0).secured(), 1e-9);
        assertEquals(b.marketValue(), s.get(0).value(), 1e-9);
        assertNull(s.get(1).value(), "receivables have no fixed value");
    }

    @Test
    void aFitOutIsPledgedUpToItsCost() {
        OptionResult a = lhv.options().get(0); // new-build unit with € 350/m² fit-out: 350 m² × € 350 = € 122,500
        List<Security> s = Securities.of(a);
        assertEquals(List.of(Kind.MORTGAGE, Kind.PLEDGE_EQUIPMENT, Kind.PLEDGE_RECEIVABLES), s.stream().map(Security::kind).toList());
        assertEquals(122_500, s.get(1).value(), 1e-9);
        assertEquals(Math.min(a.financing().loan(), 122_500), s.get(1).secured(), 1e-9);
    }

    @Test
    void withoutALoanThereIsNothingToSecure() {
        assertEquals(List.of(), Securities.of(lhv.stay()));
    }
}
