package nl.praktijkplan.ui.main;

import static nl.praktijkplan.ui.AppFixture.find;
import static nl.praktijkplan.ui.AppFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;

/**
 * The real application window, headless (Monocle): the sample case opens, edits recompute the results and the
 * charts, invalid input is marked at the field while the results keep their last valid values, the guided
 * mode walks to the end, and the language switches to English.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    private void type(FxRobot robot, String id, String text) {
        TextField f = find(robot, id, TextField.class);
        robot.interact(() -> {
            f.setText(text);
            f.fireEvent(new javafx.event.ActionEvent()); // Enter applies the typing
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double firstY(ChartViewer viewer, int dataset) {
        XYDataset d = ((XYPlot) viewer.getChart().getPlot()).getDataset(dataset);
        return d.getYValue(0, 0);
    }

    @Test
    void opensTheSampleAndRecomputesOnEveryChange(FxRobot robot) {
        assertEquals("Praktijk & patiënten", text(robot, "#chapterTitle"));
        assertEquals("4.000", find(robot, "#practice-patients", TextField.class).getText());
        robot.interact(() -> app.view().select("space"));
        // LHV norm, 4,000 patients: 190 × 4,000 / 2,439 = 311.6 m²
        assertEquals("312 m²", text(robot, "#res-m2-now"));
        ChartViewer chart = find(robot, "#chart-space", ChartViewer.class);
        double patientsBefore = firstY(chart, 0);
        double m2Before = firstY(chart, 1);

        robot.interact(() -> app.view().select("practice"));
        type(robot, "#practice-patients", "6.000");
        robot.interact(() -> app.view().select("space"));
        // 190 × 6,000 / 2,439 = 467.4 m²
        assertEquals("467 m²", text(robot, "#res-m2-now"));
        chart = find(robot, "#chart-space", ChartViewer.class);
        // Year 1: P = P0 × 1.01 + 80 dwellings × 2.1 persons × 25% = 6,060 + 42 = 6,102 (was 4,040 + 42 = 4,082);
        // m² needed = 190 × 6,102 / 2,439 = 475.35 (was 190 × 4,082 / 2,439 = 318.0).
        assertEquals(4082, patientsBefore, 0.5);
        assertEquals(318.0, m2Before, 0.05);
        assertEquals(6102, firstY(chart, 0), 0.5, "the chart shows the new patient projection");
        assertEquals(475.35, firstY(chart, 1), 0.01, "the chart shows the new m² needed");
        assertTrue(app.viewModel().dirtyProperty().get());
    }

    @Test
    void invalidInputIsMarkedAndTheLastValidValueKeepsDriving(FxRobot robot) {
        robot.interact(() -> app.view().select("space"));
        type(robot, "#currentPremises-areaM2", "200");
        String m2 = text(robot, "#res-m2-current");
        assertEquals("200 m²", m2);
        String runsOut = text(robot, "#res-space-runs-out");

        type(robot, "#currentPremises-areaM2", "abc");
        Label message = messageUnder(robot, "#currentPremises-areaM2");
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("„abc” is niet overgenomen. Dit is geen getal"), message.getText());
        // The entry is refused whole: the field shows the 200 m² typed above again and says so.
        assertTrue(message.getText().endsWith("Het veld houdt 200 m²."), message.getText());
        assertEquals("200", find(robot, "#currentPremises-areaM2", TextField.class).getText());
        assertTrue(hasValidationMark(robot, "#currentPremises-areaM2"), "ControlsFX marks the field");
        assertEquals(m2, text(robot, "#res-m2-current"));
        assertEquals(runsOut, text(robot, "#res-space-runs-out"));

        type(robot, "#currentPremises-areaM2", "-5");
        message = messageUnder(robot, "#currentPremises-areaM2");
        assertTrue(message.isVisible());
        assertEquals("„-5” is niet overgenomen. Deze waarde moet ≥ 0 zijn. Het veld houdt 200 m².", message.getText());
        assertEquals(m2, text(robot, "#res-m2-current"));
        assertEquals(200, app.viewModel().businessCase().currentPremises().areaM2());

        // Dutch formats with currency and thousands separators are accepted.
        type(robot, "#currentPremises-areaM2", "1.234,5");
        assertFalse(messageUnder(robot, "#currentPremises-areaM2").isVisible());
        assertFalse(hasValidationMark(robot, "#currentPremises-areaM2"), "the mark goes with the error");
        assertEquals(1234.5, app.viewModel().businessCase().currentPremises().areaM2(), 1e-9);
        robot.interact(() -> app.view().select("financing"));
        type(robot, "#financing-equityAvailable", "€ 250.000");
        assertEquals(250_000, app.viewModel().businessCase().financing().equityAvailable(), 1e-9);
    }

    @Test
    void theStatusBarFollowsUnsavedChangesAndASave(FxRobot robot) throws Exception {
        assertEquals("", text(robot, "#statusUnsaved"));
        type(robot, "#practice-patients", "4.100");
        assertEquals("Niet opgeslagen", text(robot, "#statusUnsaved"), "the first edit is marked at once");
        Path file = fixture.configDir().resolve("opgeslagen.praktijkplan.json");
        robot.interact(() -> {
            try {
                app.viewModel().save(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals("", text(robot, "#statusUnsaved"), "a save clears the mark without another edit");
    }

    @Test
    void theStatusBarShowsTheVerdictFirstAndTurnsRedWhenThePlanStopsClosing(FxRobot robot) {
        // The LHV sample's preferred option B misses 292,102.77 on collateral (FinancingVerdictTest): red, although
        // its DSCR is green. With 450,000 of equity it closes (442,102.77 needed); a price of 900,000 breaks it again.
        assertTrue(text(robot, "#status-plan").contains("niet sluitend"), text(robot, "#status-plan"));
        assertTrue(planDot(robot).getStyleClass().contains("pp-light-red"));
        assertTrue(robot.lookup("#status-dscr").queryAs(javafx.scene.control.Label.class).getGraphic().getStyleClass()
                .contains("pp-light-green"), "a green DSCR beside the red verdict");
        robot.interact(() -> app.viewModel().edit("financing.equityAvailable", 450_000));
        assertTrue(text(robot, "#status-plan").endsWith("sluitend") && !text(robot, "#status-plan").contains("niet"),
                text(robot, "#status-plan"));
        assertTrue(planDot(robot).getStyleClass().contains("pp-light-green"));
        robot.interact(() -> app.viewModel().edit("options[1].purchasePrice", 900_000));
        assertTrue(text(robot, "#status-plan").contains("niet sluitend"), text(robot, "#status-plan"));
        assertTrue(planDot(robot).getStyleClass().contains("pp-light-red"));
    }

    private static javafx.scene.Node planDot(FxRobot robot) {
        return robot.lookup("#status-plan").queryAs(javafx.scene.control.Label.class).getGraphic();
    }

    @Test
    void theInsurersProblemStatementIsAParagraph(FxRobot robot) {
        robot.interact(() -> app.view().select("financing"));
        javafx.scene.control.TextArea problem = find(robot, "#region-problem", javafx.scene.control.TextArea.class);
        String text = "Wachtlijst van 600 patiënten.\nTwee huisartsen stoppen in 2027.";
        String before = app.viewModel().businessCase().region().problem();
        robot.interact(() -> problem.setText(text));
        assertEquals(before, app.viewModel().businessCase().region().problem(), "nothing applied at once");
        // The text ends a sentence: after the pause it is applied without leaving the field.
        WaitForAsyncUtils.sleep((long) nl.praktijkplan.ui.common.FieldCommit.PAUSE.toMillis() + 300,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, app.viewModel().businessCase().region().problem(), "both lines reach the case");
        assertTrue(problem.isWrapText());
    }

    private static boolean hasValidationMark(FxRobot robot, String id) {
        var decorations = org.controlsfx.control.decoration.Decorator.getDecorations(find(robot, id, TextField.class));
        return decorations != null && !decorations.isEmpty();
    }

    /** The message label sits in the grid row under its field. */
    private static Label messageUnder(FxRobot robot, String id) {
        TextField f = find(robot, id, TextField.class);
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) f.getParent();
        int row = javafx.scene.layout.GridPane.getRowIndex(f) + 1;
        return grid.getChildren().stream()
                .filter(n -> n instanceof Label && javafx.scene.layout.GridPane.getRowIndex(n) == row
                        && n.getStyleClass().contains("pp-field-message"))
                .map(Label.class::cast).findFirst().orElseThrow();
    }

    @Test
    void guidedModeWalksToTheFullCase(FxRobot robot) {
        robot.interact(() -> app.guided());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Welkom", text(robot, "#guidedTitle"));
        int steps = 0;
        while (robot.lookup("#guidedNext").queryButton().isVisible() && steps < 20) {
            robot.clickOn("#guidedNext");
            steps++;
        }
        // Welcome, practice, growth, space, rent or buy, the sample's two locations, own money, the verdict.
        assertEquals(8, steps);
        assertEquals("Sluit de financiering?", text(robot, "#guidedTitle"));
        robot.clickOn("#guidedFinish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Window.getWindows().size(), "the guided window closed");
        assertEquals("Vergelijking", text(robot, "#chapterTitle"));
    }

    @Test
    void guidedModeEditsTheSameCase(FxRobot robot) {
        robot.interact(() -> app.guided());
        robot.clickOn("#guidedNext");
        TextField patients = robot.lookup("#practice-patients").match(n -> n.getScene() != app.view().root().getScene())
                .queryAs(TextField.class);
        robot.interact(() -> {
            patients.setText("5000");
            patients.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(5000, app.viewModel().businessCase().practice().patients());
        robot.clickOn("#guidedClose");
    }

    @Test
    void switchesToEnglish(FxRobot robot) {
        robot.interact(() -> {
            app.preferences().language = "en";
            app.rebuild();
        });
        assertEquals("Practice & patients", text(robot, "#chapterTitle"));
        assertEquals("4,000", find(robot, "#practice-patients", TextField.class).getText());
        assertTrue(robot.lookup("File").tryQuery().isPresent());
        type(robot, "#practice-patients", "5,000");
        assertEquals(5000, app.viewModel().businessCase().practice().patients());
        robot.interact(() -> {
            app.preferences().language = "nl";
            app.rebuild();
        });
        assertEquals("Praktijk & patiënten", text(robot, "#chapterTitle"));
        assertEquals("5.000", find(robot, "#practice-patients", TextField.class).getText());
    }

    @Test
    void aBadCaseFileShowsItsProblemsAndKeepsTheCase(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile(fixture.configDir(), "bad", ".praktijkplan.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"caseName\": \"x\", \"practice\": {\"patients\": -3}}");
        robot.interact(() -> app.openFile(bad));
        javafx.scene.control.TextArea list = find(robot, "#problemList", javafx.scene.control.TextArea.class);
        assertTrue(list.getText().contains("practice.patients"), list.getText());
        assertFalse(list.getText().contains("Exception"), list.getText());
        assertEquals(4000, app.viewModel().businessCase().practice().patients(), "the open case is untouched");
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeNew(FxRobot robot) {
        robot.interact(() -> app.viewModel().edit("practice.patients", 4100));
        robot.interact(() -> Platform.runLater(() -> app.newCase()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Annuleren");
        assertEquals(4100, app.viewModel().businessCase().practice().patients(), "cancel keeps the case");
        robot.interact(() -> Platform.runLater(() -> app.newCase()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Niet opslaan");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2500, app.viewModel().businessCase().practice().patients(), "the new case replaced it");
        assertFalse(app.viewModel().dirtyProperty().get());
    }

    @Test
    void theGpViewHidesAssumptionsAndExpertModeShowsThem(FxRobot robot) {
        robot.interact(() -> app.view().select("financing"));
        assertTrue(find(robot, "#assumption-loan-ratePct", TextField.class).getTooltip().getText().contains("Bron:"),
                "an assumption shows its source in a tooltip");
        robot.interact(() -> {
            app.preferences().expert = false;
            app.rebuild();
        });
        robot.interact(() -> app.view().select("financing"));
        find(robot, "#financing-equityAvailable", TextField.class);
        assertFalse(robot.lookup("#assumption-loan-ratePct").tryQuery().isPresent());
        assertFalse(robot.lookup("#nav-assumptions").tryQuery().isPresent());
        robot.interact(() -> {
            app.preferences().expert = true;
            app.rebuild();
        });
        robot.interact(() -> app.view().select("assumptions"));
        assertEquals("Aannames", text(robot, "#chapterTitle"));
    }

    @Test
    void hiddenChaptersCatchUpWhenShown(FxRobot robot) {
        robot.interact(() -> app.view().select("financing"));
        String gap = text(robot, "#res-gap");
        ChartViewer dscr = find(robot, "#chart-dscr", ChartViewer.class);
        robot.interact(() -> app.view().select("practice"));
        // Half the equity: the financing gap grows by the same amount (the loan is at its collateral limit).
        robot.interact(() -> app.viewModel().edit("financing.equityAvailable", 75_000));
        robot.interact(() -> app.view().select("financing"));
        assertNotEquals(gap, text(robot, "#res-gap"));
        assertEquals(app.viewModel().result().preferred().financing().financingGap(),
                Double.parseDouble(text(robot, "#res-gap").replaceAll("[^0-9]", "")), 1.0);
        assertTrue(dscr.getChart() != null);
    }

    @Test
    void everyChapterOpensInBothThemes(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> {
                app.preferences().dark = dark;
                app.rebuild();
            });
            for (String id : new String[] {"practice", "space", "options", "investment", "financing", "operations",
                    "comparison", "report", "assumptions"}) {
                robot.interact(() -> app.view().select(id));
                assertNotEquals("", text(robot, "#chapterTitle"));
            }
        }
        assertTrue(Files.exists(fixture.configDir().resolve("preferences.json")), "preferences saved");
    }
}
