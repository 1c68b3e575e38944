package nl.praktijkplan.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.CaseSummary;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.PracticeSummary;
import nl.praktijkplan.store.VersionInfo;
import nl.praktijkplan.store.VersionKind;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

/**
 * The library view model against a real library in a temp folder; results are delivered directly (no FX thread),
 * so every action's future can be waited on.
 */
class LibraryViewModelTest {

    @TempDir
    Path dir;
    private LibrarySession session;
    private LibraryViewModel vm;
    private final List<Long> opened = new ArrayList<>();
    private final List<BusinessCase> openedContent = new ArrayList<>();

    @BeforeEach
    void open() {
        I18n i18n = new I18n(I18n.DUTCH);
        session = new LibrarySession(Runnable::run, () -> i18n);
        LibraryOpener opener = new LibraryOpener(dir);
        session.attach(opener.openOrThrow(null), opener, null);
        vm = new LibraryViewModel(session);
        vm.setOpener((id, c) -> {
            opened.add(id);
            openedContent.add(c);
        });
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private static BusinessCase withPatients(BusinessCase c, int patients) {
        CaseViewModel cvm = new CaseViewModel(c, null);
        assertEquals(List.of(), cvm.edit("practice.patients", patients));
        return cvm.businessCase();
    }

    @Test
    void newPracticeComesWithAFirstCaseAndShowsInTheList() throws Exception {
        CaseSummary c = await(vm.newPractice("Huisartsen De Linde", "Utrecht", true));
        assertEquals("Huisartsen De Linde", c.practiceName());
        assertEquals(1, vm.practices().size());
        assertEquals("Utrecht", vm.practices().get(0).municipality());
        assertEquals(List.of(c.id()), vm.practices().get(0).cases().stream().map(CaseSummary::id).toList());
    }

    @Test
    void duplicateAddsAScenarioAndTheSearchFindsIt() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk Zuid", "Zwolle", true));
        await(vm.newPractice("Praktijk Noord", "Assen", true));
        CaseSummary copy = await(vm.duplicate(c.id(), "Nieuwbouw variant"));
        assertEquals(c.practiceId(), copy.practiceId());
        assertEquals(2, vm.practices().size());

        vm.queryProperty().set("nieuwbouw");
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline && vm.practices().size() != 1) {
            Thread.sleep(20);
        }
        assertEquals(1, vm.practices().size(), "debounced search narrows the list");
        PracticeSummary p = vm.practices().get(0);
        assertEquals("Praktijk Zuid", p.name());
        assertEquals(List.of("Nieuwbouw variant"), p.cases().stream().map(CaseSummary::name).toList());
    }

    @Test
    void aNewerQueryWinsOverAnOlderOne() throws Exception {
        await(vm.newPractice("Alfa", "", true));
        await(vm.newPractice("Beta", "", true));
        vm.queryProperty().set("alf");
        vm.queryProperty().set("bet");
        Thread.sleep(LibraryViewModel.DEBOUNCE_MS * 4);
        assertEquals(List.of("Beta"), vm.practices().stream().map(PracticeSummary::name).toList());
    }

    @Test
    void autosavedEditsBecomeVersionsAndAnOlderVersionComesBack() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk Oost", "", true));
        BusinessCase original = await(vm.open(c.id()));
        assertEquals(List.of(c.id()), opened);
        session.currentCaseIdProperty().set(c.id());
        assertTrue(session.isLibraryCase());

        session.submit(withPatients(original, 3_333));
        await(session.call(lib -> {
            session.flushNow();
            return null;
        }));
        assertTrue(session.statusProperty().get().startsWith("Opgeslagen "), session.statusProperty().get());
        vm.selectedCaseProperty().set(c);
        await(vm.refresh());
        assertEquals(2, vm.versions().size());
        assertEquals(VersionKind.AUTOSAVED, vm.versions().get(0).kind());

        VersionInfo restored = await(vm.restoreVersion(c.id(), 1));
        assertEquals(VersionKind.RESTORED, restored.kind());
        assertEquals(3, vm.versions().size());
        assertEquals(original.practice().patients(), openedContent.get(openedContent.size() - 1).practice().patients(),
                "the main window gets the restored content");
        assertEquals(2_500, openedContent.get(openedContent.size() - 1).practice().patients(), 0.0);
    }

    @Test
    void deleteGoesToTheRecycleBinAndComesBack() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk West", "", true));
        CaseSummary copy = await(vm.duplicate(c.id(), "Huren"));
        await(vm.deleteCase(copy.id()));
        assertEquals(1, vm.practices().get(0).cases().size());
        assertEquals(List.of(copy.id()), vm.recycleBinProperty().get().cases().stream().map(CaseSummary::id).toList());
        await(vm.restoreCase(copy.id()));
        assertEquals(2, vm.practices().get(0).cases().size());
        assertTrue(vm.recycleBinProperty().get().isEmpty());

        await(vm.deletePractice(c.practiceId()));
        assertTrue(vm.practices().isEmpty());
        await(vm.restorePractice(c.practiceId()));
        assertEquals(1, vm.practices().size());

        await(vm.deleteCase(copy.id()));
        await(vm.emptyRecycleBin());
        assertTrue(vm.recycleBinProperty().get().isEmpty());
        assertEquals(1, vm.practices().get(0).cases().size());
    }

    @Test
    void renameReachesTheListAndTheOpenCase() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk", "", true));
        await(vm.open(c.id()));
        session.currentCaseIdProperty().set(c.id());
        await(vm.renameCase(c.id(), "Kopen"));
        assertEquals("Kopen", vm.practices().get(0).cases().get(0).name());
        assertEquals("Kopen", openedContent.get(openedContent.size() - 1).caseName());
        await(vm.renamePractice(vm.practices().get(0), "Praktijk Centrum"));
        assertEquals("Praktijk Centrum", vm.practices().get(0).name());
    }

    @Test
    void exportThenImportAsksAboutTheConflict() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk Export", "", true));
        Path file = dir.resolve("out.praktijkplan.json");
        await(vm.export(c.id(), file));
        assertTrue(Files.size(file) > 100);

        Long keptBoth = await(vm.importFile(file, conflict -> LibraryViewModel.ConflictChoice.KEEP_BOTH));
        assertNotNull(keptBoth);
        assertEquals(2, vm.practices().get(0).cases().size());

        Long replaced = await(vm.importFile(file, conflict -> LibraryViewModel.ConflictChoice.REPLACE));
        assertEquals(c.id(), replaced);
        assertEquals(2, vm.practices().get(0).cases().size());

        assertNull(await(vm.importFile(file, conflict -> LibraryViewModel.ConflictChoice.CANCEL)));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"caseName\": 3}");
        assertNull(await(vm.importFile(bad, conflict -> LibraryViewModel.ConflictChoice.CANCEL)));
        assertTrue(!vm.errorProperty().get().isEmpty());
    }

    @Test
    void deletingTheOpenCaseStopsItsAutosave() throws Exception {
        CaseSummary c = await(vm.newPractice("Praktijk Open", "", true));
        await(vm.open(c.id()));
        session.currentCaseIdProperty().set(c.id());
        await(vm.deleteCase(c.id()));
        assertNull(session.currentCaseIdProperty().get());
        assertTrue(!session.isLibraryCase());

        CaseSummary d = await(vm.newPractice("Praktijk Twee", "", true));
        session.currentCaseIdProperty().set(d.id());
        vm.selectedCaseProperty().set(d);
        await(vm.deletePractice(d.practiceId()));
        assertNull(session.currentCaseIdProperty().get(), "the case went with its practice");
    }
}
