package nl.praktijkplan.ui.main;

import static nl.praktijkplan.ui.AppFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.AppFixture;

/**
 * The layout holds at 1366×768: option forms show the fields of their type only, the comparison table's columns stay
 * wider than their content after every way of changing the options, the status bar cuts no number and names its option.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = fixture.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static boolean labelShown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Label l && text.equals(l.getText()) && l.isVisible()).tryQuery().isPresent();
    }

    @Test
    void eachOptionFormShowsOnlyTheFieldsOfItsType(FxRobot robot) {
        // The sample's preferred option (1) is bought: no rent, owner costs and the comparison with renting.
        robot.interact(() -> app.view().select("options"));
        find(robot, "#option-areaM2", Node.class);
        assertEquals(OptionType.BUY_EXISTING, app.viewModel().businessCase().options().get(app.viewModel().selectedOption()).type());
        assertFalse(shown(robot, "#option-rentPerM2"), "a purchase has no rent per m²");
        assertFalse(labelShown(robot, "Huur"));
        assertFalse(labelShown(robot, "Huur (bij huren)"));
        assertTrue(labelShown(robot, "Vergelijking met huren"));
        assertTrue(shown(robot, "#option-maintenancePct"));
        robot.interact(() -> app.view().select("investment"));
        assertTrue(shown(robot, "#option-purchasePrice"));

        // A rental: rent fields, no purchase price, no owner costs.
        robot.interact(() -> app.viewModel().addOption(OptionType.RENT, "Huur centrum"));
        robot.interact(() -> app.view().select("options"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#option-rentPerM2"));
        assertTrue(labelShown(robot, "Huur"));
        assertFalse(shown(robot, "#option-maintenancePct"), "a rental has no owner costs");
        robot.interact(() -> app.view().select("investment"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#option-purchasePrice"), "a rental shows no purchase price");
        assertTrue(shown(robot, "#option-tenantFitOut"));

        // Changing the type changes the form at once.
        robot.interact(() -> app.view().select("options"));
        robot.interact(() -> app.viewModel().edit("options[" + app.viewModel().selectedOption() + "].type", "STAY"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#option-rentPerM2"));
        assertFalse(shown(robot, "#option-tenantFitOut"));
    }

    @Test
    void theComparisonTableKeepsReadableColumnsAfterEveryChangeOfTheOptions(FxRobot robot) {
        robot.interact(() -> app.view().select("comparison"));
        checkTable(robot, "at start");
        // Changes made while the table is not on screen, then shown.
        robot.interact(() -> app.view().select("practice"));
        robot.interact(() -> app.viewModel().load(SampleCases.load("duo-huurpraktijk.json"), null));
        robot.interact(() -> app.view().select("comparison"));
        checkTable(robot, "after open");
        robot.interact(() -> app.viewModel().addOption(OptionType.NEW_BUILD, "Nieuwbouw aan de rand van het dorp"));
        checkTable(robot, "after add");
        robot.interact(() -> app.viewModel().edit("options[0].name", "Een heel lange naam voor de eerste optie"));
        checkTable(robot, "after rename");
        robot.interact(() -> app.viewModel().removeOption(1));
        checkTable(robot, "after remove");
        // The case has unsaved changes: New asks first.
        robot.interact(() -> javafx.application.Platform.runLater(() -> app.newCase()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Niet opslaan");
        WaitForAsyncUtils.waitForFxEvents();
        checkTable(robot, "after new");
    }

    private void checkTable(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = find(robot, "#comparisonTable", TableView.class);
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        // The metric, staying, then up to four options.
        assertEquals(2 + Math.min(4, app.viewModel().result().options().size()), columns.size(), when);
        for (TableColumn<?, ?> c : columns.subList(1, columns.size())) {
            assertTrue(c.getWidth() >= 80, when + ": column " + c.getText() + " is " + c.getWidth() + " px");
        }
        List<String> cut = ConsultationTest.cutLabels(table);
        assertTrue(cut.isEmpty(), when + ": " + cut);
    }

    @Test
    void theStatusBarCutsNoNumberAndNamesItsOption(FxRobot robot) {
        robot.interact(() -> app.viewModel().edit("practice.patients", 4100)); // the unsaved mark shows
        WaitForAsyncUtils.waitForFxEvents();
        HBox bar = find(robot, "#statusBar", HBox.class);
        assertTrue(bar.getWidth() <= 1366);
        String name = app.viewModel().result().preferred().option().name();
        assertTrue(find(robot, "#statusOption", Label.class).getTooltip().getText().contains(name));
        for (String id : new String[] {"#status-plan", "#status-dscr", "#status-ltv", "#status-space"}) {
            Label l = find(robot, id, Label.class);
            assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, id + " narrower than its text: " + l.getWidth());
            assertTrue(l.getTooltip().getText().startsWith(name + ": "), "the light names its option: " + l.getTooltip().getText());
        }
        List<String> cut = ConsultationTest.cutLabels(bar).stream().filter(s -> !s.startsWith("★")).toList();
        assertTrue(cut.isEmpty(), "only the option's name may give way: " + cut);
        assertEquals("Niet opgeslagen", find(robot, "#statusUnsaved", Label.class).getText());
    }

    /** The width a text field needs to show its whole text: the text in the field's font, plus its insets. */
    private static double needed(javafx.scene.control.TextField f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(f.getText());
        t.setFont(f.getFont());
        return t.getLayoutBounds().getWidth() + f.snappedLeftInset() + f.snappedRightInset();
    }

    @Test
    void namesAreReadWholeAtThe1366PixelWindow(FxRobot robot) {
        // The sample's case name "Kopen: nieuwbouwappartement of monumentaal pand" (47 characters) and the option name
        // "B: monumentaal pand dichtbij, 320 m²" were cut in fields of about 190 px.
        robot.interact(() -> app.view().select("practice"));
        for (String id : new String[] {"#caseName", "#practice-name", "#practice-municipality"}) {
            javafx.scene.control.TextField f = find(robot, id, javafx.scene.control.TextField.class);
            assertTrue(f.getWidth() >= needed(f), id + " is " + f.getWidth() + " px for a text of " + needed(f));
        }
        robot.interact(() -> app.view().select("options"));
        javafx.scene.control.TextField name = find(robot, "#option-name", javafx.scene.control.TextField.class);
        assertEquals("B: monumentaal pand dichtbij, 320 m²", name.getText());
        assertTrue(name.getWidth() >= needed(name), "option name is " + name.getWidth() + " px for " + needed(name));
        // The type's choice shows its whole label ("Kopen (bestaand pand)"), and no label of the form is cut.
        javafx.scene.control.ComboBox<?> type = find(robot, "#option-type", javafx.scene.control.ComboBox.class);
        List<String> cutType = ConsultationTest.cutLabels(type);
        assertTrue(cutType.isEmpty(), "type: " + cutType);
        // The option list wraps a long row instead of scrolling sideways.
        javafx.scene.control.ListView<?> list = find(robot, "#optionList", javafx.scene.control.ListView.class);
        assertFalse(list.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible()), "a sideways scroll bar");
        List<String> cutRows = ConsultationTest.cutLabels(list);
        assertTrue(cutRows.isEmpty(), "option rows: " + cutRows);
    }

    @Test
    void unitsAreNeverCut(FxRobot robot) {
        // "patiënten" after the norm's patients per 190 m² was cut to "patiën…" in the unit column.
        robot.interact(() -> app.view().select("space"));
        find(robot, "#currentPremises-areaM2", Node.class);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent form = (javafx.scene.Parent) robot.lookup(".pp-form").query();
        List<String> cut = ConsultationTest.cutLabels(form);
        assertTrue(cut.isEmpty(), "cut in the space chapter's form: " + cut);
        assertTrue(labelShown(robot, "patiënten"), "the norm's unit is on screen");
    }

    @Test
    void theWholeComparisonTableShowsWithoutScrolling(FxRobot robot) {
        robot.interact(() -> app.view().select("comparison"));
        TableView<?> table = find(robot, "#comparisonTable", TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // Every row has its cell on screen, the last one (patient places added) inside the table's bottom edge.
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        int rows = table.getItems().size();
        assertEquals(0, flow.getFirstVisibleCell().getIndex());
        assertEquals(rows - 1, flow.getLastVisibleCell().getIndex(), "the last row is on screen");
        javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
        assertTrue(last.localToScene(last.getBoundsInLocal()).getMaxY() <= table.localToScene(table.getBoundsInLocal()).getMaxY(),
                "the last row is inside the table");
        assertFalse(table.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL && sb.isVisible()), "a vertical scroll bar");
        // The columns still fit the table: none runs past its right edge.
        double sum = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(sum <= table.getWidth(), "columns " + sum + " px in a table of " + table.getWidth());
    }
}
