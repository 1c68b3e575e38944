package nl.praktijkplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.praktijkplan.ui.AppFixture;

/** The library case that was open when the app closed is open again after the next start, edits and all. */
@ExtendWith(ApplicationExtension.class)
class ReopenLastCaseTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = fixture.start(stage);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        AppFixture.waitUntil(what, 20, condition);
    }

    @Test
    void theLastLibraryCaseReopensOnStart(FxRobot robot) {
        waitUntil("the library opens", () -> app.librarySession().isOpen());
        robot.interact(() -> app.viewModel().edit("caseName", "Mijn bibliotheekcasus"));
        robot.interact(app::addToLibrary);
        waitUntil("the case is in the library", () -> app.librarySession().isLibraryCase());
        long id = app.librarySession().currentCaseIdProperty().get();
        robot.interact(() -> app.viewModel().edit("practice.patients", 4321));
        // Closing the window: preferences are saved, the library writes the last edit and closes.
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(() -> stage.hide());
        app.stop();

        PraktijkplanApp next = new PraktijkplanApp();
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            next.start(second[0]);
        });
        try {
            waitUntil("the library case is back", () -> next.librarySession().isLibraryCase());
            assertEquals(id, next.librarySession().currentCaseIdProperty().get());
            assertEquals("Mijn bibliotheekcasus", next.viewModel().businessCase().caseName());
            assertEquals(4321, next.viewModel().businessCase().practice().patients(), "the autosaved edit too");
        } finally {
            next.stop();
            robot.interact(() -> second[0].hide());
        }
    }
}
