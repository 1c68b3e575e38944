package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.assumption.Assumptions;

class BankNormsTest {

    private final BankNorms norms = new BankNorms(1.25, 70);

    @Test
    void aRatioAtTheNormMeetsIt() {
        assertTrue(norms.dscrMet(1.25));
        assertFalse(norms.dscrMet(1.2499));
        // 654,769.23 / 935,384.62 is 0.7 up to rounding: at the limit, not over it.
        assertTrue(norms.ltvMet(654_769.23 / 935_384.6154));
        assertFalse(norms.ltvMet(0.7001));
    }

    @Test
    void noRatioIsNeitherMetNorFailed() {
        assertNull(norms.dscrMet(null));
        assertNull(norms.ltvMet(null));
    }

    @Test
    void theNormsAreTheCasesAssumptions() {
        BankNorms fromCase = BankNorms.of(new Assumptions(AssumptionCatalogue.standard(),
                Map.of(AssumptionKeys.DSCR_MIN, 1.3, AssumptionKeys.LTV_MAX, 80.0)));
        assertEquals(new BankNorms(1.3, 80), fromCase);
    }
}
