package nl.praktijkplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.FinancingBasis;
import nl.praktijkplan.ui.AppFixture;

/**
 * The comparison chapter in the real window, headless: an option added in the options chapter is a new
 * column of the comparison at once; the tornado is drawn; a Monte Carlo run gives percentiles.
 */
@ExtendWith(ApplicationExtension.class)
class RiskWindowTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    private static <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return AppFixture.find(robot, id, type, 10);
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition, String message) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(message, e);
        }
    }

    private static void selectTab(FxRobot robot, String tabId) {
        TabPane tabs = find(robot, "#comparisonTabs", TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAddedOptionShowsUpInTheComparisonAtOnce(FxRobot robot) {
        robot.interact(() -> app.view().select("comparison"));
        TableView<?> table = find(robot, "#comparisonTable", TableView.class);
        assertEquals(4, table.getColumns().size(), "metric, stay and the two options of the sample");
        robot.interact(() -> app.view().select("options"));
        MenuButton add = find(robot, "#addOption", MenuButton.class);
        robot.interact(() -> add.getItems().get(add.getItems().size() - 1).fire());
        assertEquals(3, app.viewModel().businessCase().options().size());
        robot.interact(() -> app.view().select("comparison"));
        TableView<?> after = find(robot, "#comparisonTable", TableView.class);
        waitUntil(5, () -> after.getColumns().size() == 5, "a fifth column for the new option");
        assertEquals(app.viewModel().businessCase().options().get(2).name(), after.getColumns().get(4).getText().replace('\n', ' '));
        assertEquals(14, after.getItems().size(), "three verdict rows, then the twelve figures less the gap (the verdict's shortfall)");
        // The best value of a row carries the ★ marker (not colour alone).
        robot.interact(() -> { });
        assertTrue(robot.lookup(".pp-best").queryAll().stream()
                .allMatch(n -> ((javafx.scene.control.Labeled) n).getText().endsWith("★")));
        assertTrue(!robot.lookup(".pp-best").queryAll().isEmpty(), "some cells are marked best");
    }

    @Test
    void theTornadoIsDrawnForTheChosenOutput(FxRobot robot) {
        robot.interact(() -> app.view().select("comparison"));
        selectTab(robot, "tab-sensitivity");
        ChartViewer viewer = find(robot, "#chart-tornado", ChartViewer.class);
        waitUntil(5, () -> viewer.getChart() != null, "a tornado chart");
        String before = viewer.getChart().getTitle().getText();
        javafx.scene.control.ComboBox<?> output = find(robot, "#tornadoOutput", javafx.scene.control.ComboBox.class);
        robot.interact(() -> ((javafx.scene.control.ComboBox<AnalysisOutput>) output).setValue(AnalysisOutput.FINANCING_GAP));
        assertNotNull(viewer.getChart());
        assertTrue(viewer.getChart().getTitle().getText().contains("Financieringstekort"), viewer.getChart().getTitle().getText());
        assertTrue(before.contains("DSCR"), before);
        // Under the chart, per factor low / high: loan, lowest DSCR, cash shortfall and gap; a header and 8 factors.
        javafx.scene.layout.GridPane stress = find(robot, "#tornadoStress", javafx.scene.layout.GridPane.class);
        assertEquals(5 * (1 + 8), stress.getChildren().size());
        // On the agreed plan every factor keeps the loan: low and high show the same amount.
        Label rentLoan = (Label) stress.getChildren().stream()
                .filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 1 && rowOf(stress, "Huurniveau per m²") == javafx.scene.layout.GridPane.getRowIndex(n))
                .findFirst().orElseThrow();
        String[] lowHigh = rentLoan.getText().split(" / ");
        assertEquals(lowHigh[0], lowHigh[1]);
        // Asked apart, "what would the bank lend then?" sizes the loan again: a lower market rent, a smaller loan.
        javafx.scene.control.ComboBox<?> basis = find(robot, "#tornadoBasis", javafx.scene.control.ComboBox.class);
        robot.interact(() -> ((javafx.scene.control.ComboBox<FinancingBasis>) basis).setValue(FinancingBasis.BANK_RESIZES));
        Label resized = (Label) stress.getChildren().stream()
                .filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 1 && rowOf(stress, "Huurniveau per m²") == javafx.scene.layout.GridPane.getRowIndex(n))
                .findFirst().orElseThrow();
        String[] resizedLowHigh = resized.getText().split(" / ");
        assertNotEquals(resizedLowHigh[0], resizedLowHigh[1]);
    }

    private static int rowOf(javafx.scene.layout.GridPane grid, String firstCell) {
        return grid.getChildren().stream()
                .filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 0 && n instanceof Label l && l.getText().equals(firstCell))
                .map(javafx.scene.layout.GridPane::getRowIndex).findFirst().orElseThrow();
    }

    @Test
    void aMonteCarloRunShowsPercentiles(FxRobot robot) {
        robot.interact(() -> app.view().select("comparison"));
        selectTab(robot, "tab-montecarlo");
        TextField draws = find(robot, "#mcDraws", TextField.class);
        robot.interact(() -> draws.setText("400"));
        robot.clickOn("#mcRun");
        waitUntil(60, () -> robot.lookup("#mcProbability").tryQuery().isPresent(), "the run finishes");
        String p10 = find(robot, "#mc-p10-FINANCING_GAP", Label.class).getText();
        String p90 = find(robot, "#mc-p90-FINANCING_GAP", Label.class).getText();
        assertTrue(p10.startsWith("€"), p10);
        assertTrue(p90.startsWith("€"), p90);
        assertTrue(find(robot, "#mcProbability", Label.class).getText().endsWith("%"));
        assertTrue(find(robot, "#mcNotClosing", Label.class).getText().startsWith("Kans dat de financiering niet sluit"));
        assertTrue(find(robot, "#mcCashShort", Label.class).getText().endsWith("%"));
        assertTrue(find(robot, "#mcStatus", Label.class).getText().startsWith("400 trekkingen"));
    }
}
