package nl.praktijkplan.domain.assumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssumptionCatalogueTest {

    private final AssumptionCatalogue catalogue = AssumptionCatalogue.standard();

    @Test
    void everyKeyTheEngineReadsExistsWithASourceAndAllowsItsDefault() throws IllegalAccessException {
        for (Field f : AssumptionKeys.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
                continue;
            }
            String key = (String) f.get(null);
            if (key.startsWith("tariff.") && !catalogue.contains(key)) {
                for (int year = AssumptionKeys.FIRST_TARIFF_YEAR; year <= AssumptionKeys.LAST_TARIFF_YEAR; year++) {
                    check(AssumptionKeys.tariff(key, year));
                }
            } else {
                check(key);
            }
        }
    }

    private void check(String key) {
        assertTrue(catalogue.contains(key), key);
        Assumption a = catalogue.get(key);
        assertFalse(a.source().isBlank(), key + " has a source");
        assertTrue(a.allows(a.value()), key + " default within its own range");
    }

    @Test
    void publishedFiguresMatchTheSources() {
        // Brancherapport huisartsen 2026, tariff table; Handreiking: 190 m² per 2,439 patients; 10.4% transfer tax.
        assertEquals(21.59, catalogue.get("tariff.inschrijf.2026").value());
        assertEquals(20.35, catalogue.get("tariff.inschrijf.2025").value());
        assertEquals(13.18, catalogue.get("tariff.consult.2026").value());
        assertEquals(190, catalogue.get("space.normM2").value());
        assertEquals(2439, catalogue.get("space.normPatients").value());
        assertEquals(10.4, catalogue.get("tax.transferTaxPct").value());
        assertEquals(2.1, catalogue.get("growth.personsPerDwelling").value());
    }

    @Test
    void overridesReplaceDefaultsAndUnknownKeysAreRefused() {
        Assumptions a = new Assumptions(catalogue, Map.of("loan.ratePct", 6.0));
        assertEquals(0.06, a.rate("loan.ratePct"), 1e-15);
        assertTrue(a.isOverridden("loan.ratePct"));
        assertEquals(0.05, new Assumptions(catalogue, Map.of()).rate("loan.ratePct"), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new Assumptions(catalogue, Map.of("no.such.key", 1.0)));
        assertFalse(catalogue.get("loan.ratePct").allows(500));
    }
}
