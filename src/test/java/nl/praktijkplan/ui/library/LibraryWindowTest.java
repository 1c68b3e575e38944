package nl.praktijkplan.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.store.CaseSummary;
import nl.praktijkplan.store.PracticeSummary;
import nl.praktijkplan.store.VersionKind;
import nl.praktijkplan.ui.AppFixture;

/**
 * The real application with a library in a temp data folder (Monocle, headless): the library opens at start-up,
 * File › Library shows it; a practice is created, a case duplicated and found by the search field; an edit in the
 * main window is autosaved ("Opgeslagen hh:mm" in the status bar) and restoring the earlier version brings the
 * earlier value back into the main window.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        AppFixture.waitUntil(what, 10, condition);
    }

    /** Starts a view-model action on the FX thread and waits (here) for it to finish. */
    private static <T> T onFx(FxRobot robot, Supplier<CompletableFuture<T>> action) throws Exception {
        AtomicReference<CompletableFuture<T>> f = new AtomicReference<>();
        robot.interact(() -> f.set(action.get()));
        T value = f.get().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static List<String> treeTexts(TreeView<Object> tree, LibraryView view) {
        List<String> out = new java.util.ArrayList<>();
        for (TreeItem<Object> p : tree.getRoot().getChildren()) {
            out.add(view.describe(p.getValue()));
            for (TreeItem<Object> c : p.getChildren()) {
                out.add("  " + ((CaseSummary) c.getValue()).name());
            }
        }
        return out;
    }

    @Test
    void anOpenLibraryWindowFollowsALanguageSwitch(FxRobot robot) {
        waitUntil("the library opens at start-up", () -> app.librarySession() != null && app.librarySession().isOpen());
        robot.interact(() -> app.library());
        assertEquals("Bibliotheek", app.libraryView().stage().getTitle());
        robot.interact(() -> {
            app.preferences().language = "en";
            app.rebuild();
        });
        assertTrue(app.libraryView().stage().isShowing());
        assertEquals("Library", app.libraryView().stage().getTitle());
        robot.interact(() -> {
            app.preferences().language = "nl";
            app.rebuild();
        });
        assertEquals("Bibliotheek", app.libraryView().stage().getTitle());
    }

    @Test
    @SuppressWarnings("unchecked")
    void practiceDuplicateSearchAndRestoreAnOlderVersion(FxRobot robot) throws Exception {
        waitUntil("the library opens at start-up", () -> app.librarySession() != null && app.librarySession().isOpen());
        robot.interact(() -> app.library());
        LibraryView view = app.libraryView();
        LibraryViewModel lvm = view.viewModel();
        TreeView<Object> tree = robot.lookup("#libTree").queryAs(TreeView.class);

        CaseSummary c = onFx(robot, () -> lvm.newPractice("Huisartsenpraktijk De Linde", "Utrecht", true));
        onFx(robot, () -> lvm.newPractice("Gezondheidscentrum Noord", "Assen", true));
        CaseSummary copy = onFx(robot, () -> lvm.duplicate(c.id(), "Nieuwbouw variant"));
        assertEquals(c.practiceId(), copy.practiceId());
        assertEquals(2, tree.getRoot().getChildren().size());

        TextField search = robot.lookup("#libSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("nieuwbouw"));
        waitUntil("the search narrows the tree", () -> tree.getRoot().getChildren().size() == 1);
        assertEquals(List.of("Huisartsenpraktijk De Linde — Utrecht", "  Nieuwbouw variant"), treeTexts(tree, view));
        robot.interact(() -> search.setText(""));
        waitUntil("the search is cleared", () -> tree.getRoot().getChildren().size() == 2);

        // Open the first case into the main window and edit it there.
        onFx(robot, () -> lvm.open(c.id()));
        assertEquals(c.id(), app.librarySession().currentCaseIdProperty().get());
        TextField patients = robot.lookup("#practice-patients").queryAs(TextField.class);
        assertEquals("2.500", patients.getText());
        robot.interact(() -> {
            patients.setText("3.100");
            patients.fireEvent(new javafx.event.ActionEvent()); // Enter applies the typing
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3_100, app.viewModel().businessCase().practice().patients(), 0.0);
        waitUntil("the autosave is written", () -> !app.viewModel().dirtyProperty().get());
        Label saved = robot.lookup("#libraryStatus").queryAs(Label.class);
        assertTrue(saved.getText().matches("Opgeslagen \\d\\d:\\d\\d"), saved.getText());

        robot.interact(() -> lvm.selectedCaseProperty().set(c));
        waitUntil("two versions listed", () -> lvm.versions().size() == 2);
        assertEquals(VersionKind.AUTOSAVED, lvm.versions().get(0).kind());
        onFx(robot, () -> lvm.restoreVersion(c.id(), 1));
        waitUntil("the earlier value is back", () -> "2.500".equals(
                robot.lookup("#practice-patients").queryAs(TextField.class).getText()));
        assertEquals(2_500, app.viewModel().businessCase().practice().patients(), 0.0);
        assertEquals(3, lvm.versions().size());
        assertEquals(VersionKind.RESTORED, lvm.versions().get(0).kind());
        assertFalse(app.viewModel().dirtyProperty().get());

        // Sorted by last change: the restored case's practice comes first.
        PracticeSummary first = lvm.practices().get(0);
        assertEquals(c.practiceId(), first.id());
    }

    @Test
    void aCaseFromAFileCanBeAddedToTheLibraryAndIsThenAutosaved(FxRobot robot) throws Exception {
        waitUntil("the library opens at start-up", () -> app.librarySession() != null && app.librarySession().isOpen());
        assertFalse(app.librarySession().isLibraryCase(), "the sample case is not in the library");
        robot.interact(() -> app.addToLibrary());
        waitUntil("the case is in the library", () -> app.librarySession().isLibraryCase());
        long id = app.librarySession().currentCaseIdProperty().get();
        assertTrue(robot.lookup("#libraryStatus").queryAs(Label.class).getText().startsWith("Toegevoegd aan de bibliotheek"));

        TextField patients = robot.lookup("#practice-patients").queryAs(TextField.class);
        robot.interact(() -> {
            patients.setText("4.400");
            patients.fireEvent(new javafx.event.ActionEvent()); // Enter applies the typing
        });
        waitUntil("the autosave is written", () -> !app.viewModel().dirtyProperty().get());
        assertEquals(4_400, app.librarySession().library().load(id).practice().patients(), 0.0);
    }
}
