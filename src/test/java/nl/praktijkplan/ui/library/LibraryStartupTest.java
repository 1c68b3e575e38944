package nl.praktijkplan.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.store.Library;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.OpenResult;
import nl.praktijkplan.ui.AppFixture;

/**
 * Opening the library at start-up when it cannot simply be opened: a damaged file (start fresh, the damaged file is
 * kept aside), a password-protected library (the password prompt), and the app keeps working with files meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryStartupTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private Path dataDir;

    @Start
    void start(Stage stage) {
        // Each test prepares its data folder first, then starts the app itself.
    }

    private void startApp(FxRobot robot) {
        System.setProperty("praktijkplan.dataDir", dataDir.toString());
        robot.interact(() -> app = fixture.start(new Stage()));
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        AppFixture.waitUntil(what, 10, condition);
    }

    private static DialogPane dialog(FxRobot robot, String header) {
        waitUntil("a dialog \"" + header + "\"", () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> header.equals(((DialogPane) n).getHeaderText())));
        return (DialogPane) robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> header.equals(((DialogPane) n).getHeaderText())).findFirst().orElseThrow();
    }

    private static void press(FxRobot robot, DialogPane pane, String buttonText) {
        Button b = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(x -> buttonText.equals(x.getText())).findFirst().orElseThrow();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDamagedLibraryCanBeStartedFreshAndIsKeptAside(FxRobot robot) throws Exception {
        dataDir = Files.createTempDirectory("pp-data");
        Files.writeString(dataDir.resolve(LibraryOpener.FILE_NAME), "dit is geen database");
        startApp(robot);

        DialogPane pane = dialog(robot, "Het bibliotheekbestand is beschadigd");
        assertFalse(app.librarySession().isOpen());
        // Meanwhile the app works with the sample case.
        assertEquals("4.000", robot.lookup("#practice-patients").queryAs(TextField.class).getText());
        press(robot, pane, "Opnieuw beginnen");

        waitUntil("a fresh library is open", () -> app.librarySession().isOpen());
        try (var files = Files.list(dataDir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("library-damaged-")).toList();
            assertEquals(1, aside.size());
            assertEquals("dit is geen database", Files.readString(aside.get(0)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMissingLibraryOffersItsBackupsWithDateAndContents(FxRobot robot) throws Exception {
        dataDir = Files.createTempDirectory("pp-data");
        Instant made = Instant.parse("2026-03-03T10:00:00Z");
        try (Library lib = new LibraryOpener(dataDir, Clock.fixed(made.minus(Duration.ofDays(2)), ZoneOffset.UTC))
                .openOrThrow(null)) {
            long zuid = lib.createPractice("Huisartsen Zuid", "Utrecht").id();
            long noord = lib.createPractice("Gezondheidscentrum Noord", "Assen").id();
            for (long practice : new long[] {zuid, zuid, noord}) {
                lib.createCase(practice, SampleCases.load(SampleCases.FIRST));
            }
        }
        new LibraryOpener(dataDir, Clock.fixed(made, ZoneOffset.UTC)).openOrThrow(null).close(); // the daily backup
        Files.delete(dataDir.resolve(LibraryOpener.FILE_NAME));
        startApp(robot);

        DialogPane pane = dialog(robot, "Het bibliotheekbestand ontbreekt");
        assertFalse(Files.exists(dataDir.resolve(LibraryOpener.FILE_NAME)), "no empty library was made meanwhile");
        ListView<Object> choices = (ListView<Object>) pane.lookup("#libRecoveryChoices");
        String when = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault()).format(made);
        assertEquals(List.of("Reservekopie van " + when + " · 2 praktijken, 3 casussen"), choices.lookupAll(".list-cell")
                .stream().map(n -> ((ListCell<?>) n).getText()).filter(t -> t != null).toList());
        press(robot, pane, "Terugzetten");

        waitUntil("the backup is open", () -> app.librarySession().isOpen());
        assertEquals(3, app.librarySession().library().practices().stream().mapToInt(p -> p.cases().size()).sum());
    }

    @Test
    void aProtectedLibraryAsksForThePassword(FxRobot robot) throws Exception {
        dataDir = Files.createTempDirectory("pp-data");
        OpenResult created = new LibraryOpener(dataDir).open("geheim".toCharArray());
        try (Library lib = ((OpenResult.Opened) created).library()) {
            lib.createPractice("Beveiligde praktijk", "");
        }
        startApp(robot);

        DialogPane pane = dialog(robot, "De bibliotheek is met een wachtwoord beveiligd");
        PasswordField field = robot.lookup("#libPassword").queryAs(PasswordField.class);
        robot.interact(() -> field.setText("fout"));
        press(robot, pane, "OK");
        // A wrong password asks again.
        DialogPane again = dialog(robot, "De bibliotheek is met een wachtwoord beveiligd");
        PasswordField field2 = (PasswordField) again.lookup("#libPassword");
        robot.interact(() -> field2.setText("geheim"));
        press(robot, again, "OK");

        waitUntil("the library is open", () -> app.librarySession().isOpen());
        assertTrue(app.librarySession().library().practices().stream()
                .anyMatch(p -> p.name().equals("Beveiligde praktijk")));
    }

    @Test
    void fileLibraryTriesAgainAfterTheUserWentOnWithout(FxRobot robot) throws Exception {
        dataDir = Files.createTempDirectory("pp-data");
        Files.writeString(dataDir.resolve(LibraryOpener.FILE_NAME), "dit is geen database");
        startApp(robot);
        press(robot, dialog(robot, "Het bibliotheekbestand is beschadigd"), "Zonder bibliotheek verder");
        assertFalse(app.librarySession().isOpen());

        robot.interact(() -> app.library());
        press(robot, dialog(robot, "Het bibliotheekbestand is beschadigd"), "Opnieuw beginnen");
        waitUntil("the library window opens", () -> app.libraryView() != null && app.libraryView().stage().isShowing());
        assertTrue(app.librarySession().isOpen());
    }
}
