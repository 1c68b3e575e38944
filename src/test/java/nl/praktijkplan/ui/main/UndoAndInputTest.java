package nl.praktijkplan.ui.main;

import static nl.praktijkplan.ui.AppFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.common.FieldCommit;

/**
 * Typing is applied on Enter, on leaving a field or after a pause, never halfway; an entry that cannot be read is
 * refused whole; Ctrl+Z and Ctrl+Y undo and redo changes of the case across chapters, with the Edit menu's state.
 */
@ExtendWith(ApplicationExtension.class)
class UndoAndInputTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = fixture.start(stage);
    }

    /** Clicks into a field, selects its text and types over it key by key, without Enter. */
    private static TextField typeKeys(FxRobot robot, String id, String keys) {
        TextField f = find(robot, id, TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    private double patients() {
        return app.viewModel().businessCase().practice().patients();
    }

    private static Label messageUnder(TextField f) {
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) f.getParent();
        int row = javafx.scene.layout.GridPane.getRowIndex(f) + 1;
        return grid.getChildren().stream()
                .filter(n -> n instanceof Label && javafx.scene.layout.GridPane.getRowIndex(n) == row
                        && n.getStyleClass().contains("pp-field-message"))
                .map(Label.class::cast).findFirst().orElseThrow();
    }

    @Test
    void twentyNinesAreRefusedWholeAndNeverStoredHalfway(FxRobot robot) {
        int commits = app.viewModel().commitsProperty().get();
        TextField f = typeKeys(robot, "#practice-patients", "99999999999999999999");
        assertEquals("99999999999999999999", f.getText());
        assertEquals(4000, patients(), "nothing applied while typing: not 9, not 99,999");
        assertEquals(commits, app.viewModel().commitsProperty().get(), "autosave saw no change");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4000, patients(), "refused whole");
        assertEquals("4.000", f.getText(), "the field shows its last committed value again");
        assertTrue(messageUnder(f).isVisible());
        assertTrue(messageUnder(f).getText().startsWith("„99999999999999999999” is niet overgenomen."), messageUnder(f).getText());
        assertTrue(messageUnder(f).getText().endsWith("Het veld houdt 4.000."), messageUnder(f).getText());
        assertEquals(commits, app.viewModel().commitsProperty().get());
        assertFalse(app.viewModel().history().canUndoProperty().get(), "a refused entry is no step");
    }

    @Test
    void exponentsAreRefusedAndDoNotLeaveTheirFirstDigitInForce(FxRobot robot) {
        for (String entry : new String[] {"1e308", "1,5e3"}) {
            TextField f = typeKeys(robot, "#practice-patients", entry);
            // Even after a pause: the text does not read as a number, so nothing is applied.
            WaitForAsyncUtils.sleep((long) FieldCommit.PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(4000, patients(), entry + " leaves 1 patient in force");
            robot.type(KeyCode.TAB); // leaving the field finishes the entry
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(4000, patients());
            assertEquals("4.000", f.getText());
            assertTrue(messageUnder(f).getText().startsWith("„" + entry + "” is niet overgenomen. Dit is geen getal"),
                    messageUnder(f).getText());
        }
    }

    @Test
    void aPauseAppliesAFinishedNumberButNotOneEndingInASeparator(FxRobot robot) {
        typeKeys(robot, "#practice-patients", "4.");
        WaitForAsyncUtils.sleep((long) FieldCommit.PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4000, patients(), "\"4.\" is on its way to 4.xxx: not applied as 4");
        robot.write("321");
        WaitForAsyncUtils.sleep((long) FieldCommit.PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4321, patients(), "4.321 applied after the pause, without Enter");
    }

    @Test
    void undoAndRedoWorkAcrossChaptersAndTheFieldShowsTheRestoredValue(FxRobot robot) {
        MenuItem undo = editItem(robot, "menuUndo");
        MenuItem redo = editItem(robot, "menuRedo");
        assertTrue(undo.isDisable(), "nothing to undo on a fresh case");
        typeKeys(robot, "#practice-patients", "5000");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> app.view().select("financing"));
        TextField equity = typeKeys(robot, "#financing-equityAvailable", "100000");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100_000, app.viewModel().businessCase().financing().equityAvailable(), 1e-9);
        assertFalse(undo.isDisable());
        assertTrue(redo.isDisable());

        // Ctrl+Z with the focus still in the equity field: the case's last change is undone, and the field shows it.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double sampleEquity = app.viewModel().businessCase().financing().equityAvailable();
        assertTrue(sampleEquity != 100_000);
        assertEquals(format(sampleEquity), equity.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4000, patients(), "the edit in the other chapter is undone too");
        assertTrue(undo.isDisable());
        assertFalse(redo.isDisable());
        robot.interact(() -> app.view().select("practice"));
        assertEquals("4.000", find(robot, "#practice-patients", TextField.class).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5000, patients());
        assertEquals("5.000", find(robot, "#practice-patients", TextField.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100_000, app.viewModel().businessCase().financing().equityAvailable(), 1e-9, "Ctrl+Shift+Z redoes too");
        assertTrue(redo.isDisable());
    }

    @Test
    void ctrlZInAFieldWithTypingUndoesTheTypingNotTheCase(FxRobot robot) {
        robot.interact(() -> app.viewModel().edit("growth.municipalGrowthPct", 2.0));
        TextField f = typeKeys(robot, "#practice-patients", "12");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.0, app.viewModel().businessCase().growth().municipalGrowthPct(), 1e-9, "the case is untouched");
        assertFalse(f.getText().equals("12"), "the text field took back the typing");
    }

    @Test
    void theWindowTitleFollowsANewCase(FxRobot robot) {
        String before = stage.getTitle();
        robot.interact(() -> app.newCase());
        WaitForAsyncUtils.waitForFxEvents();
        String name = app.viewModel().businessCase().caseName();
        assertEquals(name + " — Praktijkplan", stage.getTitle());
        assertFalse(before.equals(stage.getTitle()), before);
    }

    private String format(double v) {
        return new nl.praktijkplan.ui.common.NumberFormats(nl.praktijkplan.ui.common.I18n.DUTCH).format(v, 0);
    }

    private MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = find(robot, "#menuBar", MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(m -> "menuEdit".equals(m.getId())).findFirst().orElseThrow();
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
