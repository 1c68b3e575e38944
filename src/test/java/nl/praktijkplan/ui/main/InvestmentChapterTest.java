package nl.praktijkplan.ui.main;

import static nl.praktijkplan.ui.AppFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.AppFixture;

/**
 * The Investment chapter on the sample's option B: one table in which the sources equal the uses and "not covered" is
 * the gap's share in the top, and the depreciation by component (numbers derived in SourcesAndUsesTest and
 * DepreciationPlanTest).
 */
@ExtendWith(ApplicationExtension.class)
class InvestmentChapterTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
    }

    @Test
    void sourcesEqualUsesAndTheTopsUncoveredPartIsInTheGap(FxRobot robot) {
        robot.interact(() -> {
            app.viewModel().selectedOptionProperty().set(1);
            app.view().select("investment");
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Uses 768,000 + 79,872 + 384,000 + 15,000 = 1,246,872 = sources 150,000 + 150,000 + 654,769.23 + 292,102.77.
        assertEquals("€ 1.246.872", text(robot, "#sources-uses-uses-1"));
        assertEquals("€ 1.246.872", text(robot, "#sources-uses-sources-1"));
        assertEquals("€ 292.103", text(robot, "#sources-uses-source-GAP-1"));
        // Top 311,487.38: insurer 150,000, equity 150,000, not covered 11,487.38; the other 280,615.38 of the gap is
        // the 30% of the value that the loan does not reach.
        assertEquals("€ 311.487", text(robot, "#sources-uses-top-1"));
        assertEquals("€ 11.487", text(robot, "#sources-uses-top-GAP-1"));
        assertEquals("€ 280.615", text(robot, "#sources-uses-gap-outside-top-1"));
        // Depreciation: shell 565,963.20 over 40 years = 14,149.08; the bodemwaarde holds back 9,873.70 in year 1 of
        // 44,019.36, leaving 34,145.66.
        assertEquals("€ 565.963", text(robot, "#depreciation-shell-1"));
        assertEquals("40 jaar", text(robot, "#depreciation-shell-2"));
        assertEquals("€ 14.149", text(robot, "#depreciation-shell-3"));
        assertEquals("−€ 9.874", text(robot, "#depreciation-held-3"));
        assertEquals("€ 34.146", text(robot, "#depreciation-year1-3"));
    }
}
