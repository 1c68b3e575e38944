package nl.praktijkplan.ui.help;

import static nl.praktijkplan.ui.AppFixture.find;
import static nl.praktijkplan.ui.AppFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.common.HelpId;

/**
 * Help in the real application window, headless: F1 explains the focused field or else the chapter, every result
 * and chart has a tooltip, the glossary finds its terms, the guide opens from the Help menu, and the first start
 * asks guided or expert once.
 */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private Stage primary;

    @Start
    void start(Stage stage) {
        primary = stage;
        app = fixture.start(stage); // a first start
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(Window::hide));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) app.view().root().lookup("#menuBar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem mi : m.getItems()) {
                if (id.equals(mi.getId())) {
                    return mi;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void pressF1On(FxRobot robot, String fieldId) {
        Node field = find(robot, fieldId, Node.class);
        robot.interact(() -> {
            field.getScene().getWindow().requestFocus(); // as a click back into the main window after help opened
            field.requestFocus();
        });
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f1ExplainsTheFocusedFieldAndOtherwiseTheChapter(FxRobot robot) {
        pressF1On(robot, "#practice-patients");
        assertEquals("Ingeschreven patiënten", text(robot, "#helpTopicTitle"));
        assertTrue(text(robot, "#helpTopicText").contains("HIS"), "where to find the figure");

        // A field whose default comes from the catalogue names that assumption and its source.
        robot.interact(() -> app.view().select("investment"));
        pressF1On(robot, "#option-valuation-yieldPct");
        String yield = text(robot, "#helpTopicText");
        assertTrue(yield.contains("Bruto aanvangsrendement (BAR) zorgvastgoed"), yield);
        assertTrue(yield.contains("Bron:"), yield);

        // An assumption (expert mode) is explained from the catalogue.
        robot.interact(() -> app.view().select("financing"));
        pressF1On(robot, "#assumption-loan-ratePct");
        assertEquals("Rente hypothecaire lening", text(robot, "#helpTopicTitle"));
        assertTrue(text(robot, "#helpTopicText").contains("Dit is een aanname"));

        // The focus on the chapter list: no field, so the chapter's help.
        pressF1On(robot, "#chapterNav");
        assertEquals("Financiering", text(robot, "#helpTopicTitle"));
        assertTrue(text(robot, "#helpTopicText").startsWith("Hoeveel wil de bank lenen"));
        assertEquals(2, Window.getWindows().size(), "one help window, reused");
    }

    @Test
    void everyResultAndChartHasATooltip(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        int figures = 0;
        int charts = 0;
        for (String chapter : new String[] {"practice", "space", "options", "investment", "financing", "comparison"}) {
            robot.interact(() -> app.view().select(chapter));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : HelpKeysTest.allNodes(app.view().root())) {
                if (n instanceof Label l && l.getStyleClass().contains("pp-figure-value")) {
                    figures++;
                    Label name = nameOf(l);
                    if (l.getTooltip() == null || name.getTooltip() != l.getTooltip()
                            || !l.getTooltip().getText().equals(l.getAccessibleHelp())) {
                        missing.add(l.getId());
                    }
                } else if (n.getStyleClass().contains("pp-chart") || n instanceof ChartViewer && !n.getParent().getStyleClass().contains("pp-chart")) {
                    // A chart's box (its chart is made when it is first drawn; the tooltip covers the box), or a chart
                    // of its own (the tornado). Tooltip.install keeps a non-control's tooltip under this property.
                    charts++;
                    if (!(n.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip)) {
                        missing.add(n.getId() != null ? n.getId() : String.valueOf(n.getProperties().get(HelpId.KEY)));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "without a tooltip: " + missing);
        // 5 + 6 + 7 + 41 + 15 figures in the chapters walked (practice: patients now and at the end, GP FTE, patient
        // places added and extra patients served). Investment, LHV option B: sources and uses 17 (uses:
        // acquisition, transfer tax, works, fees + total = 5; sources: equity, insurer, loan, shortfall + total = 5; top:
        // investment, value, top, its insurer / equity / not-covered parts and the shortfall outside the top = 7) and
        // depreciation 8 rows × 3 columns = 24 (land, grants, shell, installations, fit-out, bodemwaarde, held back
        // by it, year 1). Financing: 12 + the BMKB term, the loans refinanced and the loan parts.
        // Charts: patients, space, rent vs buy, investment, 3 financing charts, tornado.
        assertEquals(74, figures);
        assertEquals(8, charts);
        robot.interact(() -> app.view().select("financing"));
        assertTrue(find(robot, "#res-dscr1", Label.class).getTooltip().getText().contains("1,25"));
    }

    private static Label nameOf(Label value) {
        GridPane grid = (GridPane) value.getParent();
        return grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0
                && GridPane.getRowIndex(n).equals(GridPane.getRowIndex(value))).map(Label.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theGlossaryExplainsEveryTermAndSearches(FxRobot robot) {
        robot.interact(() -> menuItem("menuGlossary").fire());
        VBox entries = find(robot, "#glossaryEntries", VBox.class);
        assertEquals("Praktijk & patiënten", text(robot, "#helpTopicTitle"), "the explanation tab holds the chapter's help");
        assertEquals(HelpTexts.TERMS.size(), entries.getChildren().size());
        TextField search = find(robot, "#glossarySearch", TextField.class);
        robot.interact(() -> search.setText("slottermijn"));
        assertEquals(List.of("term-slottermijn"), visible(entries));
        robot.interact(() -> search.setText("annuiteit")); // without the diaeresis
        assertEquals(List.of("term-annuiteitLineair"), visible(entries));
        robot.interact(() -> search.setText("MKB"));
        assertEquals(List.of("term-bmkb", "term-mkbWinstvrijstelling"), visible(entries).stream().sorted().toList());
        assertFalse(find(robot, "#glossaryNone", Label.class).isVisible());
        robot.interact(() -> search.setText("xyzzy"));
        assertEquals(List.of(), visible(entries));
        assertTrue(find(robot, "#glossaryNone", Label.class).isVisible());
        robot.interact(() -> search.setText(""));
        assertEquals(HelpTexts.TERMS.size(), visible(entries).size());
    }

    private static List<String> visible(VBox entries) {
        return entries.getChildren().stream().filter(Node::isVisible).map(Node::getId).toList();
    }

    @Test
    void theGuideOpensFromTheHelpMenuInTheUsersLanguage(FxRobot robot) {
        robot.interact(() -> menuItem("menuGuide").fire());
        VBox guide = find(robot, "#helpGuide", VBox.class);
        assertTrue(HelpKeysTest.texts(guide).contains("Wat vraagt u de bank?"));
        assertEquals("Help — Praktijkplan", ((Stage) guide.getScene().getWindow()).getTitle());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(guide.getScene().getWindow().isShowing(), "Esc closes help");
        robot.interact(() -> {
            app.preferences().language = "en";
            app.rebuild();
        });
        robot.interact(() -> menuItem("menuGuide").fire());
        WaitForAsyncUtils.waitForFxEvents();
        VBox english = robot.lookup("#helpGuide").match(Node::isVisible).queryAs(VBox.class);
        assertTrue(HelpKeysTest.texts(english).contains("What to ask the bank"));
        assertEquals(2, Window.getWindows().size(), "the Dutch help window closed");
        robot.interact(() -> {
            app.preferences().language = "nl";
            app.rebuild();
        });
    }

    @Test
    void theFirstStartAsksOnceAndRemembers(FxRobot robot) throws Exception {
        assertNotNull(find(robot, "#firstStartQuestion", VBox.class));
        assertFalse(app.preferences().modeChosen);
        robot.clickOn("#firstStartExpert");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#firstStartQuestion").tryQuery().isPresent(), "answered: the question is gone");
        assertTrue(app.preferences().expert);
        assertTrue(Files.readString(fixture.configDir().resolve("preferences.json")).contains("\"modeChosen\" : true"));

        // A second start with the same preferences does not ask again.
        app.stop();
        PraktijkplanApp second = new PraktijkplanApp();
        app = second; // stopped after the test
        robot.interact(() -> second.start(new Stage()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(second.preferences().modeChosen);
        assertEquals(null, second.view().root().lookup("#firstStartQuestion"), "not asked on the second start");
    }

    @Test
    void answeringGuidedGivesTheGpViewAndStartsTheWalk(FxRobot robot) {
        robot.clickOn("#firstStartGuided");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.preferences().expert, "the GP's view: no assumptions in the chapters");
        assertTrue(app.preferences().modeChosen);
        assertEquals("Welkom", text(robot, "#guidedTitle"));
        assertFalse(robot.lookup("#firstStartQuestion").tryQuery().isPresent());
    }
}
