package nl.praktijkplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Work held for a window's first frame: it runs after that frame, in the order given, also for a node that joins the
 * scene while {@code show()} styles the window (a scroll pane's content: the window counts as showing by then, and the
 * work used to run inside {@code show()}); in a window past its first frame it runs at once.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @Test
    void heldWorkWaitsForTheFirstFrameEvenForANodeThatJoinsDuringShow(FxRobot robot) throws Exception {
        List<String> ran = new ArrayList<>();
        List<String> atShowEnd = new ArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Label top = new Label("top");
            Label inScroll = new Label("in a scroll pane");
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new VBox(top, new ScrollPane(inScroll)), 300, 200));
            FirstFrame.hold(stage[0]);
            FirstFrame.after(top, () -> ran.add("top"));
            FirstFrame.after(inScroll, () -> ran.add("scroll")); // no scene yet: it gets one inside show()
            stage[0].show();
            atShowEnd.addAll(ran);
        });
        assertEquals(List.of(), atShowEnd, "nothing ran inside show()");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 2);
        assertEquals(List.of("top", "scroll"), ran);

        List<String> later = new ArrayList<>();
        robot.interact(() -> {
            Label added = new Label("added later");
            ((VBox) stage[0].getScene().getRoot()).getChildren().add(added);
            FirstFrame.after(added, () -> later.add("at once"));
            assertEquals(List.of("at once"), later, "a window past its first frame runs the work at once");
            stage[0].close();
        });
    }

    @Test
    void aShowingWindowHeldLateReleasesAfterItsNextFrame(FxRobot robot) throws Exception {
        List<String> ran = new ArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new VBox(new Label("shown")), 300, 200));
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FirstFrame.hold(stage[0]);
            FirstFrame.after(stage[0].getScene().getRoot(), () -> ran.add("after the next frame"));
            assertTrue(ran.isEmpty(), "held");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 1);
        robot.interact(() -> stage[0].close());
    }
}
