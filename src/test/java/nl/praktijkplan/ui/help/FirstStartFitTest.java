package nl.praktijkplan.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;

/** The first-start question fits a window on a 1366×768 screen: every text of the panel is shown whole, none cut with "…". */
@ExtendWith(ApplicationExtension.class)
class FirstStartFitTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
        stage.setWidth(1366);
        // A maximised window on a 1366×768 screen, less the title bar and a task bar: the height the panel must fit in.
        stage.setHeight(680);
    }

    @Test
    void everyTextOfTheQuestionIsShownWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#firstStartQuestion").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Region panel = robot.lookup("#firstStartQuestion").queryAs(Region.class);
        List<Labeled> texts = panel.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled)
                .map(Labeled.class::cast).toList();
        assertEquals(4, texts.size(), "question, explanation and the two answers");
        for (Labeled l : texts) {
            Node shown = l.lookup(".text");
            assertTrue(shown instanceof Text, "a rendered text in " + l.getText());
            assertEquals(l.getText(), ((Text) shown).getText(), "shown whole, not cut");
        }
        // The panel stays inside the window.
        double bottom = panel.localToScene(panel.getBoundsInLocal()).getMaxY();
        assertTrue(bottom <= panel.getScene().getHeight(), "panel bottom " + bottom + " within " + panel.getScene().getHeight());
    }
}
