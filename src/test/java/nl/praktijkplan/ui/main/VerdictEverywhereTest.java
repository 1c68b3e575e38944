package nl.praktijkplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.comparison.ComparisonView;
import nl.praktijkplan.ui.comparison.ConsultationView;

/**
 * DOMAIN rule 7's one verdict, the same on every screen: with the comparison on screen and consultation open, moving the
 * price of the sample's option B so that its plan stops closing turns the verdict red in the status bar, the comparison
 * table and consultation at once, each with the same shortfall.
 */
@ExtendWith(ApplicationExtension.class)
class VerdictEverywhereTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    @Test
    void aPriceThatBreaksThePlanTurnsEveryVerdictRedAtOnce(FxRobot robot) {
        // With 450,000 of equity option B needs 1,246,872 − 450,000 − 150,000 insurer = 646,872 of loan, within the
        // 70% × 935,384.62 = 654,769.23 its value carries: it closes.
        robot.interact(() -> {
            app.viewModel().edit("financing.equityAvailable", 450_000);
            app.view().select("comparison");
        });
        ConsultationView[] consultation = new ConsultationView[1];
        robot.interact(() -> consultation[0] = app.view().openConsultation(app.viewModel(), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEverywhere(robot, consultation[0], "pp-light-green", "sluitend", "€ 0");

        // The price slider moves in steps of 10,000 from 768,000: 898,000. Investment 898,000 + 10.4% transfer tax
        // 93,392 + 384,000 renovation + 15,000 = 1,390,392; the value (from the market rent) stays 935,384.62, so the
        // loan stays at 654,769.23 and 1,390,392 − 450,000 − 150,000 − 654,769.23 = 135,622.77 is short.
        robot.interact(() -> consultation[0].sliders().get("consult-1-price").setValue(898_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(898_000, app.viewModel().businessCase().options().get(1).purchasePrice(), 1e-9);
        assertEverywhere(robot, consultation[0], "pp-light-red", "niet sluitend", "€ 135.623");

        robot.interact(() -> app.viewModel().discardProvisional());
        robot.interact(() -> consultation[0].stage().close());
    }

    /** Option B's verdict in the status bar, the comparison table (its column 2: stay, A, B) and consultation. */
    private void assertEverywhere(FxRobot robot, ConsultationView consultation, String light, String status, String shortfall) {
        Label bar = robot.lookup("#status-plan").queryAs(Label.class);
        String expected = status.equals("sluitend") ? status : status + ", tekort " + shortfall;
        assertEquals("Financiering: " + expected, bar.getText());
        assertTrue(bar.getGraphic().getStyleClass().contains(light), "status bar: " + bar.getGraphic().getStyleClass());

        TableView<?> table = robot.lookup("#comparisonTable").queryAs(TableView.class);
        ComparisonView.Row verdictRow = (ComparisonView.Row) table.getItems().get(0);
        assertEquals(status, verdictRow.texts().get(2));
        ComparisonView.Row shortRow = (ComparisonView.Row) table.getItems().get(2);
        assertEquals(shortfall, shortRow.texts().get(2));
        // What the table draws: the cell of B's verdict carries the light.
        List<Node> cells = robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && status.equals(c.getText()) && c.getTableColumn() == table.getColumns().get(3))
                .toList();
        assertEquals(1, cells.size(), "one drawn verdict cell for B");
        assertTrue(((TableCell<?, ?>) cells.get(0)).getGraphic().getStyleClass().contains(light), "comparison");

        Node root = consultation.stage().getScene().getRoot();
        Label verdict = (Label) root.lookup("#consult-1-verdict");
        assertEquals(status, verdict.getText());
        assertTrue(verdict.getGraphic().getStyleClass().contains(light), "consultation: " + verdict.getGraphic().getStyleClass());
        assertEquals(shortfall, ((Label) root.lookup("#consult-1-gap")).getText());
    }
}
