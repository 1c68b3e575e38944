package nl.praktijkplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.OptionType;

class CaseViewModelTest {

    private final CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);

    @Test
    void validEditRecomputes() {
        List<Problem> p = vm.edit("practice.patients", 6000);
        assertTrue(p.isEmpty(), p.toString());
        assertEquals(6000, vm.businessCase().practice().patients());
        // LHV norm: 190 m² × 6,000 / 2,439 = 467.40 m² in plan year 0 (no adjusters in the sample).
        assertEquals(467.40, vm.result().projection().get(0).m2Needed(), 0.01);
        assertTrue(vm.dirtyProperty().get());
    }

    @Test
    void invalidEditKeepsTheLastValidCaseAndReportsThePath() {
        BusinessCaseResult before = vm.result();
        List<Problem> p = vm.edit("practice.patients", -5);
        assertFalse(p.isEmpty());
        assertEquals("practice.patients", p.get(0).path());
        assertSame(before, vm.result());
        assertEquals(4000, vm.businessCase().practice().patients());
        assertFalse(vm.dirtyProperty().get());
        // An option field: the path carries the index.
        List<Problem> q = vm.edit("options[1].purchasePrice", -1);
        assertEquals("options[1].purchasePrice", q.get(0).path());
        assertSame(before, vm.result());
    }

    @Test
    void unknownPathIsAProblemNotAnException() {
        assertFalse(vm.edit("nothing[3].here", 1).isEmpty());
        assertFalse(vm.edit("options[9].areaM2", 1).isEmpty());
    }

    @Test
    void valueAtReadsNestedPaths() {
        assertEquals(4000, vm.valueAt("practice.patients").asInt());
        assertEquals(6.5, vm.valueAt("options[1].valuation.yieldPct").asDouble(), 1e-9);
    }

    @Test
    void optionsCanBeAddedAndRemoved() {
        assertTrue(vm.addOption(OptionType.RENT, "Huur").isEmpty());
        assertEquals(3, vm.businessCase().options().size());
        assertEquals(2, vm.selectedOption());
        assertEquals(3, vm.result().options().size());
        // removing the preferred option (1) moves the preference to the first option
        assertTrue(vm.removeOption(1).isEmpty());
        assertEquals(0, vm.businessCase().preferredOption());
        assertEquals(2, vm.businessCase().options().size());
        assertTrue(vm.removeOption(0).isEmpty());
        assertFalse(vm.removeOption(0).isEmpty(), "the last option stays");
    }

    @Test
    void everyOptionTypeCanBeAdded() {
        for (OptionType t : OptionType.values()) {
            assertTrue(vm.addOption(t, t.name()).isEmpty(), t.name());
        }
    }

    @Test
    void overridesAreStoredCheckedAndReset() {
        assertTrue(vm.setOverride("loan.ratePct", 6.0).isEmpty());
        assertTrue(vm.isOverridden("loan.ratePct"));
        assertEquals(6.0, vm.businessCase().assumptionOverrides().get("loan.ratePct"));
        assertEquals(6.0, vm.assumptionValue("loan.ratePct"));
        List<Problem> p = vm.setOverride("loan.ratePct", 500);
        assertEquals("assumptionOverrides.loan.ratePct", p.get(0).path());
        vm.resetOverride("loan.ratePct");
        assertFalse(vm.isOverridden("loan.ratePct"));
    }

    @Test
    void savesAndOpensRoundTrip(@TempDir Path dir) throws Exception {
        vm.edit("practice.patients", 4321);
        Path f = dir.resolve("case.praktijkplan.json");
        vm.save(f);
        assertFalse(vm.dirtyProperty().get());
        CaseViewModel other = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        assertTrue(other.open(f).ok());
        assertEquals(4321, other.businessCase().practice().patients());
        Files.writeString(f, "{\"formatVersion\": 1, \"practice\": 3}");
        assertFalse(other.open(f).problems().isEmpty());
        assertEquals(4321, other.businessCase().practice().patients(), "a bad file leaves the case as it was");
    }
}
