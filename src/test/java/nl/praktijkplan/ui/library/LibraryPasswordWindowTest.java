package nl.praktijkplan.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.ui.AppFixture;

/**
 * File › Library › Password… in the real application (Monocle, headless): setting a password encrypts the library
 * and its backups while it stays open; two different new passwords are refused at the dialog; the password is changed
 * with the current one and removed again.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryPasswordWindowTest {

    private static final String HEADER = "Wachtwoord van de bibliotheek";
    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        AppFixture.waitUntil(what, 20, condition);
    }

    /** Opens the password dialog from the library window, fills it in and presses OK; returns the dialog. */
    private static DialogPane fillIn(FxRobot robot, String current, String next, String repeat) {
        Button open = robot.lookup("#libChangePassword").queryAs(Button.class);
        // The dialog waits for an answer inside fire(): start it without waiting for it.
        javafx.application.Platform.runLater(open::fire);
        waitUntil("the password dialog", () -> pane(robot) != null);
        DialogPane pane = pane(robot);
        robot.interact(() -> {
            if (current != null) {
                ((PasswordField) pane.lookup("#libPwCurrent")).setText(current);
            }
            ((PasswordField) pane.lookup("#libPwNew")).setText(next);
            ((PasswordField) pane.lookup("#libPwRepeat")).setText(repeat);
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    private static DialogPane pane(FxRobot robot) {
        return (DialogPane) robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> HEADER.equals(((DialogPane) n).getHeaderText()) && n.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#libStatus").queryAs(Label.class).getText();
    }

    @Test
    void setChangeAndRemoveThePassword(FxRobot robot) throws Exception {
        waitUntil("the library opens at start-up", () -> app.librarySession() != null && app.librarySession().isOpen());
        robot.interact(() -> app.library());
        LibraryViewModel lvm = app.libraryView().viewModel();
        robot.interact(() -> lvm.newPractice("Huisartsenpraktijk Zonnebloem", "Bergen", true));
        waitUntil("the practice is listed", () -> lvm.practices().size() == 1);
        LibraryOpener opener = new LibraryOpener(fixture.dataDir());
        assertFalse(opener.isPasswordProtected());
        assertFalse(filesHolding("Zonnebloem").isEmpty(), "the test can see the name in the plain library");

        fillIn(robot, null, "geheim", "geheim");
        waitUntil("the password is set", () -> status(robot).startsWith("De bibliotheek en al haar reservekopieën"));
        assertTrue(opener.isPasswordProtected());
        assertEquals(List.of(), filesHolding("Zonnebloem"), "library and backups hold no practice name");
        assertTrue(app.librarySession().isOpen(), "the library stays open");
        assertEquals("Huisartsenpraktijk Zonnebloem", app.librarySession().library().practices().get(0).name());

        DialogPane refused = fillIn(robot, "geheim", "een", "ander");
        assertEquals("De twee nieuwe wachtwoorden zijn niet gelijk.",
                ((Label) refused.lookup("#libPwProblem")).getText());
        assertTrue(refused.getScene().getWindow().isShowing(), "the dialog stays open");
        robot.interact(() -> ((Button) refused.lookupButton(ButtonType.CANCEL)).fire());

        fillIn(robot, "fout", "nieuw", "nieuw");
        waitUntil("a wrong current password is refused", () -> status(robot).startsWith("Het wachtwoord van de bibliotheek klopt niet"));
        assertTrue(app.librarySession().isOpen());

        fillIn(robot, "geheim", "", "");
        waitUntil("the password is removed", () -> status(robot).startsWith("Het wachtwoord is verwijderd"));
        assertFalse(opener.isPasswordProtected());
        assertEquals(1, app.librarySession().library().practices().size());
    }

    /** The files in the data folder whose bytes contain {@code text} (UTF-8). */
    private static List<Path> filesHolding(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.walk(fixture.dataDir())) {
            return s.filter(Files::isRegularFile).filter(p -> {
                try {
                    String hay = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    return hay.contains(new String(needle, StandardCharsets.ISO_8859_1));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
