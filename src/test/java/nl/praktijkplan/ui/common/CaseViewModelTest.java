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

    // ---- undo and redo -------------------------------------------------------------------------

    @Test
    void undoAndRedoAnEditAndTheDirtyMarkFollows() {
        vm.edit("practice.patients", 6000);
        vm.edit("growth.municipalGrowthPct", 2.5);
        assertTrue(vm.history().canUndoProperty().get());
        assertTrue(vm.undo());
        assertEquals(1.0, vm.businessCase().growth().municipalGrowthPct(), 1e-9, "the sample's 1% is back");
        assertEquals(6000, vm.businessCase().practice().patients());
        assertTrue(vm.undo());
        assertEquals(4000, vm.businessCase().practice().patients());
        // LHV norm again: 190 × 4,000 / 2,439 = 311.60 m² in plan year 0.
        assertEquals(311.60, vm.result().projection().get(0).m2Needed(), 0.01);
        assertFalse(vm.dirtyProperty().get(), "back at the loaded case: nothing unsaved");
        assertFalse(vm.undo(), "nothing more to undo");
        assertTrue(vm.redo());
        assertEquals(6000, vm.businessCase().practice().patients());
        assertTrue(vm.dirtyProperty().get());
        vm.edit("practice.patients", 5000);
        assertFalse(vm.history().canRedoProperty().get(), "a new edit ends the redo future");
        assertFalse(vm.redo());
    }

    @Test
    void anEditToTheSameValueIsNoStep() {
        int commits = vm.commitsProperty().get();
        assertTrue(vm.edit("practice.patients", 4000).isEmpty());
        assertFalse(vm.history().canUndoProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertEquals(commits, vm.commitsProperty().get());
    }

    @Test
    void addingAndRemovingOptionsAreUndone() {
        int n = vm.businessCase().options().size();
        vm.addOption(OptionType.RENT, "Huur centrum");
        assertEquals(n + 1, vm.businessCase().options().size());
        assertEquals(n, vm.selectedOption());
        vm.undo();
        assertEquals(n, vm.businessCase().options().size());
        List<String> names = vm.businessCase().options().stream().map(o -> o.name()).toList();
        vm.removeOption(0);
        vm.undo();
        assertEquals(names, vm.businessCase().options().stream().map(o -> o.name()).toList(), "the removed option is back in its place");
        String rate = nl.praktijkplan.domain.assumption.AssumptionKeys.LOAN_RATE;
        vm.setOverride(rate, 7);
        assertTrue(vm.isOverridden(rate));
        vm.undo();
        assertFalse(vm.isOverridden(rate), "an override that did not exist disappears again");
    }

    @Test
    void savingMarksTheCaseCleanAndUndoPastItMarksItDirty(@TempDir Path dir) throws Exception {
        vm.edit("practice.patients", 6000);
        vm.save(dir.resolve("a.praktijkplan"));
        assertFalse(vm.dirtyProperty().get());
        vm.undo();
        assertTrue(vm.dirtyProperty().get(), "the saved file has 6,000 patients");
        vm.redo();
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void keptProvisionalChangesAreOneStep() {
        int commits = vm.commitsProperty().get();
        vm.beginProvisional();
        vm.edit("practice.patients", 5000);
        vm.edit("growth.municipalGrowthPct", 2.0);
        assertFalse(vm.history().canUndoProperty().get(), "provisional changes are no steps yet");
        assertEquals(commits, vm.commitsProperty().get(), "autosave does not see provisional changes");
        assertFalse(vm.undo(), "no undo in the middle of a consultation");
        vm.keepProvisional();
        assertEquals(commits + 1, vm.commitsProperty().get());
        assertTrue(vm.undo());
        assertEquals(4000, vm.businessCase().practice().patients());
        assertEquals(1.0, vm.businessCase().growth().municipalGrowthPct(), 1e-9);
        assertFalse(vm.history().canUndoProperty().get(), "both changes were one step");
    }

    @Test
    void discardedProvisionalChangesLeaveNoTrace() {
        vm.edit("practice.patients", 4500);
        int commits = vm.commitsProperty().get();
        vm.beginProvisional();
        vm.edit("practice.patients", 5000);
        assertTrue(vm.hasProvisionalChanges());
        vm.discardProvisional();
        assertEquals(4500, vm.businessCase().practice().patients());
        assertEquals(commits, vm.commitsProperty().get());
        assertTrue(vm.undo(), "the edit before the consultation is still the last step");
        assertEquals(4000, vm.businessCase().practice().patients());
    }

    @Test
    void openingAnotherCaseStartsAnEmptyHistory() {
        vm.edit("practice.patients", 6000);
        vm.load(SampleCases.load(SampleCases.FIRST), null);
        assertFalse(vm.history().canUndoProperty().get());
        assertFalse(vm.undo());
    }
}
