package nl.praktijkplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.comparison.ConsultationView;
import nl.praktijkplan.ui.comparison.StepSlider;

/**
 * Consultation mode on the sample (option 0 "A: nieuwbouw" bought turnkey for € 1,050,000; option 1 "B: monumentaal
 * pand", bought for € 768,000 with € 384,000 renovation and € 150,000 from the insurer): sliders per option and type,
 * a track click moves one step, leaving asks to keep or discard and a kept consultation is one undoable step,
 * nothing is cut at 1366×768 or 1920×1080.
 */
@ExtendWith(ApplicationExtension.class)
class ConsultationTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private ConsultationView view;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    private void open(FxRobot robot) {
        robot.interact(() -> view = app.view().openConsultation(app.viewModel(), false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double price(int option) {
        return app.viewModel().businessCase().options().get(option).purchasePrice();
    }

    @Test
    void everyOptionHasTheSlidersOfItsType(FxRobot robot) {
        open(robot);
        assertEquals(Set.of("consult-rate", "consult-growth",
                "consult-0-price", "consult-0-insurer",
                "consult-1-price", "consult-1-renovation", "consult-1-insurer"), view.sliders().keySet());
        assertEquals("A: nieuwbouw appartementencomplex, 350 m²", robot.lookup("#consult-0-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#consult-1-name").queryAs(Label.class).getText().endsWith(" ★"), "the preferred option is marked");
        robot.interact(() -> view.stage().close());
    }

    @Test
    void aClickOnTheTrackMovesOneStepNotToTheClickedSpot(FxRobot robot) {
        open(robot);
        StepSlider s = view.sliders().get("consult-1-price");
        // 768,000 / 100 = 7,680: the round step nearest is 10,000.
        assertEquals(10_000, s.step(), 1e-9);
        Node track = s.lookup(".track");
        Bounds b = track.localToScreen(track.getBoundsInLocal());
        robot.clickOn(b.getMaxX() - 4, b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(778_000, price(1), 1e-9, "one step up, not to 1.5 × 768,000 at the track's end");
        robot.clickOn(b.getMinX() + 4, b.getCenterY());
        robot.clickOn(b.getMinX() + 4, b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(758_000, price(1), 1e-9, "two steps down");
        assertEquals("€ 758.000", robot.lookup("#consult-1-price-value").queryAs(Label.class).getText());
        robot.interact(() -> app.viewModel().discardProvisional());
        robot.interact(() -> view.stage().close());
    }

    @Test
    void keptChangesAreOneUndoableStep(FxRobot robot) {
        String gapBefore;
        open(robot);
        gapBefore = robot.lookup("#consult-1-gap").queryAs(Label.class).getText();
        robot.interact(() -> {
            view.sliders().get("consult-1-price").setValue(868_000);
            view.sliders().get("consult-rate").setValue(view.sliders().get("consult-rate").getValue() + 1);
        });
        assertEquals(868_000, price(1), 1e-9, "the case follows the slider at once");
        assertFalse(gapBefore.equals(robot.lookup("#consult-1-gap").queryAs(Label.class).getText()), "the gap is recomputed");
        assertFalse(app.viewModel().history().canUndoProperty().get(), "provisional: no step yet");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Bewaren");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.stage().isShowing());
        assertEquals(868_000, price(1), 1e-9);
        assertTrue(app.viewModel().history().canUndoProperty().get());
        robot.interact(() -> app.viewModel().undo());
        assertEquals(768_000, price(1), 1e-9, "one undo takes back the whole consultation");
        assertFalse(app.viewModel().isOverridden("loan.ratePct"), "the rate too");
        assertFalse(app.viewModel().history().canUndoProperty().get());
    }

    @Test
    void discardedChangesPutTheCaseBackAndBackStays(FxRobot robot) {
        open(robot);
        robot.interact(() -> view.sliders().get("consult-0-insurer").setValue(40_000));
        robot.clickOn("#consultClose");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Terug naar het gesprek");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.stage().isShowing(), "back to the consultation");
        assertEquals(40_000, app.viewModel().businessCase().options().get(0).contributions().insurer(), 1e-9);
        robot.clickOn("#consultClose");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Niet bewaren");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.stage().isShowing());
        assertEquals(0, app.viewModel().businessCase().options().get(0).contributions().insurer(), 1e-9);
        assertFalse(app.viewModel().history().canUndoProperty().get());
        assertFalse(app.viewModel().dirtyProperty().get(), "the case is as it was loaded");
    }

    @Test
    void leavingWithoutChangesAsksNothing(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.stage().isShowing());
    }

    @Test
    void nothingIsCutAt1366x768Or1920x1080(FxRobot robot) {
        open(robot);
        // The largest figures the sliders reach: the highest price and no insurer contribution.
        robot.interact(() -> {
            view.sliders().get("consult-1-price").setValue(view.sliders().get("consult-1-price").getMax());
            view.sliders().get("consult-0-price").setValue(view.sliders().get("consult-0-price").getMax());
        });
        for (double[] size : new double[][] {{1366, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                view.stage().setWidth(size[0]);
                view.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = cutLabels(view.stage().getScene().getRoot());
            assertTrue(cut.isEmpty(), size[0] + "×" + size[1] + ": " + cut);
        }
        robot.interact(() -> app.viewModel().discardProvisional());
        robot.interact(() -> view.stage().close());
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Labels whose shown text is not their whole text (an ellipsis). */
    static List<String> cutLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isEmpty()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !t.getText().equals(l.getText().replace("_", ""))
                            && !t.getText().equals(l.getText())) {
                        cut.add(l.getText() + " → " + t.getText());
                    }
                }
            }
        }
        return cut;
    }
}
