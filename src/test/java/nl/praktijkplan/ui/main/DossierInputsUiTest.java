package nl.praktijkplan.ui.main;

import static nl.praktijkplan.ui.AppFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.domain.input.LocationChoice;
import nl.praktijkplan.ui.AppFixture;

/**
 * The dossier's inputs on screen (headless): a location score chosen in the Options chapter's grid reaches the case
 * and the weighted score, renaming an option carries its scores along and removing it drops them; the past years
 * stand in the Practice chapter; a region indicator emptied in the Financing chapter is "not given", not 0; a loan part
 * added in the Financing chapter belongs to the selected option and lowers its main loan.
 */
@ExtendWith(ApplicationExtension.class)
class DossierInputsUiTest {

    private static final String A = "A: nieuwbouw appartementencomplex, 350 m²";
    private static final String B = "B: monumentaal pand dichtbij, 320 m²";
    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    @Test
    void aScoreReachesTheCaseAndFollowsItsOptionThroughRenameAndRemove(FxRobot robot) {
        robot.interact(() -> app.view().select("options"));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> cooperationA = find(robot, "#score-5-0", ComboBox.class); // "Samenwerking in de wijk", option A
        assertEquals(3, cooperationA.getValue());
        robot.interact(() -> {
            cooperationA.setValue(5);
            cooperationA.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        LocationChoice choice = app.viewModel().businessCase().locationChoice();
        // A was (60 + 30 + 75 + 30 + 75 + 45) / 100 = 3.15; cooperation 3 → 5 at weight 15: + 15 × 2 / 100 = 3.45
        assertEquals(3.45, choice.weightedScore(A), 1e-9);
        assertTrue(find(robot, "#locationWeighted", Label.class).getText().contains(A + ": 3,45"));

        robot.interact(() -> assertEquals(java.util.List.of(), app.viewModel().edit("options[0].name", "A: aan de rand")));
        assertEquals(3.45, app.viewModel().businessCase().locationChoice().weightedScore("A: aan de rand"), 1e-9, "renamed with its option");
        assertTrue(find(robot, "#locationWeighted", Label.class).getText().contains("A: aan de rand: 3,45"));

        robot.interact(() -> assertEquals(java.util.List.of(), app.viewModel().removeOption(0)));
        choice = app.viewModel().businessCase().locationChoice();
        assertNull(choice.weightedScore("A: aan de rand"));
        // B untouched: (150 + 45 + 45 + 20 + 30 + 60) / 100 = 3.50
        assertEquals(3.5, choice.weightedScore(B), 1e-9);
        assertTrue(choice.criteria().stream().allMatch(c -> c.scores().keySet().equals(java.util.Set.of(B))));
    }

    @Test
    void thePracticeChapterListsThePastYears(FxRobot robot) {
        robot.interact(() -> app.view().select("practice"));
        javafx.scene.layout.VBox list = find(robot, "#list-pastYears", javafx.scene.layout.VBox.class);
        assertEquals("2024", find(robot, "#pastYears-year", javafx.scene.control.TextField.class).getText());
        assertTrue(list.isVisible());
    }

    @Test
    void anEmptiedRegionIndicatorIsNotGiven(FxRobot robot) {
        robot.interact(() -> app.view().select("financing"));
        javafx.scene.control.TextField withoutGp = find(robot, "#region-insuredWithoutGp", javafx.scene.control.TextField.class);
        assertEquals("1.200", withoutGp.getText());
        robot.interact(() -> {
            withoutGp.setText("");
            withoutGp.fireEvent(new javafx.event.ActionEvent()); // Enter applies the (empty) entry
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.viewModel().businessCase().region().insuredWithoutGp());
        assertEquals("", withoutGp.getText(), "shown empty, not as 0");
        robot.interact(() -> {
            withoutGp.setText("900");
            withoutGp.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(900, app.viewModel().businessCase().region().insuredWithoutGp());
    }

    @Test
    void aLoanPartBelongsToTheSelectedOptionAndTakesItsShareOfTheCollateral(FxRobot robot) {
        robot.interact(() -> {
            app.view().select("financing");
            app.viewModel().selectedOptionProperty().set(1);
        });
        javafx.scene.layout.VBox list = find(robot, "#list-option-loanParts", javafx.scene.layout.VBox.class);
        javafx.scene.control.Button add = robot.from(list).lookup((javafx.scene.control.Button b) -> b.getText().equals("Leningdeel toevoegen"))
                .queryButton();
        javafx.scene.control.Button remove = robot.from(list)
                .lookup((javafx.scene.control.Button b) -> b.getText().equals("Laatste leningdeel verwijderen")).queryButton();
        assertTrue(remove.isDisabled(), "no part to remove");
        robot.interact(add::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(remove.isDisabled(), "the new part can go again");
        javafx.scene.control.TextField amount = find(robot, "#option-loanParts-amount", javafx.scene.control.TextField.class);
        robot.interact(() -> {
            amount.setText("120000");
            amount.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        var parts = app.viewModel().businessCase().options().get(1).loanParts();
        assertEquals(1, parts.size());
        // A new part starts as a fit-out loan at today's rate (5%) over the fit-out term (10 years), linear.
        assertEquals(nl.praktijkplan.domain.input.LoanPurpose.FIT_OUT, parts.get(0).purpose());
        assertEquals(120_000, parts.get(0).amount(), 1e-9);
        assertEquals(5, parts.get(0).ratePct(), 1e-9);
        assertEquals(10, parts.get(0).termYears());
        assertTrue(app.viewModel().businessCase().options().get(0).loanParts().isEmpty(), "option A keeps none");
        // B's value 935,384.62 secures 0.7 × 935,384.62 = 654,769.23; the part takes 120,000 of it: main loan 534,769.23.
        var b = app.viewModel().result().options().get(1).financing();
        assertEquals(120_000, b.loanParts(), 0.005);
        assertEquals(534_769.23, b.loan(), 0.005);
        assertEquals("€ 120.000", find(robot, "#res-loan-parts", Label.class).getText());
        robot.interact(() -> app.viewModel().selectedOptionProperty().set(0));
        assertTrue(robot.lookup("#option-loanParts-amount").tryQuery().isEmpty(), "option A's list is empty");
    }
}
