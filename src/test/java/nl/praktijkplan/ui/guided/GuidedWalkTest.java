package nl.praktijkplan.ui.guided;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The guided walk in the real application window, headless (Monocle): a rent case and a two-location buy case walk to
 * the verdict page, whose words are the domain's verdict; the list-per-FTE and m² warnings; the example-value marker;
 * locations added, removed and switched between rent and buy, each one undoable step.
 */
@ExtendWith(ApplicationExtension.class)
class GuidedWalkTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;
    private final NumberFormats n = new I18n(I18n.DUTCH).numbers();

    @Start
    void start(Stage stage) {
        app = fixture.start(stage, "{\"modeChosen\": true}");
    }

    @AfterEach
    void closeOwnedWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .forEach(w -> ((Stage) w).close()));
    }

    private CaseViewModel vm() {
        return app.viewModel();
    }

    private void open(FxRobot robot, String sample) {
        robot.interact(() -> vm().load(SampleCases.load(sample), null));
    }

    private void startWalk(FxRobot robot) {
        robot.interact(() -> app.guided());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of the walk's window (the main window has fields with the same ids). */
    private static <T extends Node> T walk(FxRobot robot, String id, Class<T> type) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).match(GuidedWalkTest::inWalk).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no node " + id + " in the walk", e);
        }
        return robot.lookup(id).match(GuidedWalkTest::inWalk).queryAs(type);
    }

    private static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).match(GuidedWalkTest::inWalk).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static boolean inWalk(Node node) {
        return node.getScene() != null && node.getScene().getWindow() instanceof Stage s && s.getOwner() != null;
    }

    private static String title(FxRobot robot) {
        return walk(robot, "#guidedTitle", Label.class).getText();
    }

    private void type(FxRobot robot, String id, String text) {
        TextField f = walk(robot, id, TextField.class);
        robot.interact(() -> {
            f.setText(text);
            f.fireEvent(new ActionEvent()); // Enter applies the typing
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void next(FxRobot robot) {
        Button next = walk(robot, "#guidedNext", Button.class);
        robot.interact(next::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks Next until the last step; returns the titles of the steps passed, the last one included. */
    private static List<String> walkToTheEnd(FxRobot robot) {
        List<String> titles = new ArrayList<>();
        titles.add(title(robot));
        for (int i = 0; i < 20 && walk(robot, "#guidedNext", Button.class).isVisible(); i++) {
            next(robot);
            titles.add(title(robot));
        }
        return titles;
    }

    private static void goTo(FxRobot robot, String titleStart) {
        for (int i = 0; i < 20 && !title(robot).startsWith(titleStart); i++) {
            next(robot);
        }
        assertTrue(title(robot).startsWith(titleStart), "reached " + titleStart + ", at " + title(robot));
    }

    /** The verdict page says, per location, the domain's verdict, what binds, the amount short and the remedies. */
    private void assertVerdictPageIsTheDomains(FxRobot robot) {
        BusinessCaseResult r = vm().result();
        for (int i = 0; i < r.options().size(); i++) {
            OptionResult o = r.options().get(i);
            FinancingVerdict v = o.verdict();
            assertEquals(o.option().name() + ": de financiering is " + v.status().label(true),
                    walk(robot, "#guidedVerdict-" + i, Label.class).getText());
            String text = walk(robot, "#guidedVerdictText-" + i, Label.class).getText();
            String insurer = walk(robot, "#guidedInsurer-" + i, Label.class).getText();
            // The places the location adds (its m²'s capacity less the current m²'s) beside the extra patients served.
            Label impact = walk(robot, "#guidedImpact-" + i, Label.class);
            assertTrue(impact.getText().startsWith("Patiëntplaatsen erbij: "
                    + n.format(nl.praktijkplan.domain.calc.InsurerImpact.of(r, o).placesAdded(), 0) + " "), impact.getText());
            assertTrue(impact.getText().endsWith(": " + n.format(o.extraPatientsVsStay(), 0) + "."), impact.getText());
            assertTrue(impact.getTooltip() != null && impact.getTooltip().getText().contains("Leidraad"));
            if (v.closes()) {
                assertTrue(text.contains(n.money(o.financing().loan())) || o.financing().loan() < 0.5, text);
                assertEquals("Voor de financiering is geen maatwerk van de zorgverzekeraar nodig.", insurer);
            } else {
                for (FinancingVerdict.Constraint c : v.binding()) {
                    assertTrue(text.contains(c.label(true)), "binding " + c + " in: " + text);
                }
                if (v.shortfall() >= 0.5) {
                    assertTrue(text.contains("Er ontbreekt " + n.money(v.shortfall())), text);
                }
                Remedies remedies = Remedies.of(new BusinessCaseEngine(), r.input(), i);
                if (remedies.insurerContribution() != null) {
                    assertTrue(insurer.contains("een bijdrage van " + n.money(remedies.insurerContribution()) + " laat het plan sluiten"), insurer);
                }
                if (remedies.equityNeeded() != null) {
                    assertTrue(robot.lookup((Node x) -> inWalk(x) && x instanceof Label l
                            && l.getText().equals("• eigen geld van " + n.money(remedies.equityNeeded()) + " (nu "
                                    + n.money(r.input().financing().equityAvailable()) + ")")).tryQuery().isPresent());
                }
            }
        }
    }

    @Test
    void aRentCaseWalksToTheVerdict(FxRobot robot) {
        open(robot, "duo-huurpraktijk.json");
        startWalk(robot);
        goTo(robot, "Locatie 1");
        // A rental asks the rent, service costs and the tenant's fit-out, never a purchase price or a renovation.
        assertTrue(present(robot, "#option-rentPerM2"));
        assertTrue(present(robot, "#option-serviceCostsPerM2"));
        assertTrue(present(robot, "#option-tenantFitOut"));
        assertFalse(present(robot, "#option-purchasePrice"));
        assertFalse(present(robot, "#option-renovationCost"));
        assertFalse(present(robot, "#option-valuation-marketRentPerM2"));
        // The loan the plan uses, not the theoretical maximum.
        OptionResult o = vm().result().options().get(0);
        assertEquals(n.money(o.financing().loan()), walk(robot, "#guided-loc-loan", Label.class).getText());
        assertFalse(robot.lookup((Node x) -> inWalk(x) && x instanceof Label l && l.getText().startsWith("Maximale lening"))
                .tryQuery().isPresent());

        List<String> titles = walkToTheEnd(robot);
        assertEquals(List.of("Uw eigen geld", "Sluit de financiering?"), titles.subList(titles.size() - 2, titles.size()));
        assertVerdictPageIsTheDomains(robot);

        robot.interact(() -> walk(robot, "#guidedFinish", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Window.getWindows().size(), "the walk closed on to the full case");
    }

    @Test
    void aTwoLocationBuyCaseWalksToTheVerdict(FxRobot robot) {
        // The sample: option A a new-build unit, option B a listed building, both bought.
        assertEquals(List.of(OptionType.NEW_BUILD, OptionType.BUY_EXISTING),
                vm().businessCase().options().stream().map(x -> x.type()).toList());
        startWalk(robot);
        goTo(robot, "Locatie 2");
        assertTrue(present(robot, "#option-purchasePrice"));
        assertTrue(present(robot, "#option-renovationCost"));
        assertTrue(present(robot, "#option-valuation-marketRentPerM2"));
        assertFalse(present(robot, "#option-rentPerM2"), "a purchase asks no rent");
        assertFalse(present(robot, "#option-tenantFitOut"));
        type(robot, "#option-purchasePrice", "700000");
        assertEquals(700_000, vm().businessCase().options().get(1).purchasePrice());

        List<String> titles = walkToTheEnd(robot);
        assertEquals("Sluit de financiering?", titles.get(titles.size() - 1));
        assertEquals("Stap 9 van 9", walk(robot, "#guidedCounter", Label.class).getText());
        assertVerdictPageIsTheDomains(robot);
        // Location B's 320 m² run out within five years (2028 in the sample): the verdict page says so beside its verdict.
        BusinessCaseResult r = vm().result();
        String space = WalkChecks.space(r, r.options().get(1), new I18n(I18n.DUTCH));
        assertNotNull(space);
        assertEquals(space, walk(robot, "#guidedVerdictSpace-1", Label.class).getText());
        assertFalse(present(robot, "#guidedVerdictSpace-0"), "A's 350 m² last the plan's first five years");
    }

    @Test
    void aListFarAboveTheNormPerFteIsCalledOut(FxRobot robot) {
        startWalk(robot);
        next(robot);
        assertEquals("Uw praktijk en team", title(robot));
        // 2,000 patients on 1.0 + 0.0 FTE: 2,000 per FTE, under the normpraktijk of 2,095: no warning.
        type(robot, "#staffing-employedGpFte", "0");
        type(robot, "#practice-patients", "2000");
        assertFalse(present(robot, "#guidedFteWarning"));
        // 3,200 patients on 1.0 FTE: 3,200 per FTE, far above 2,095 (more than 25% above: 2,619).
        type(robot, "#practice-patients", "3200");
        Label warning = walk(robot, "#guidedFteWarning", Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().startsWith("Let op: 3.200 patiënten op 1 fte huisarts is 3.200 patiënten per fte."),
                warning.getText());
        assertTrue(warning.getText().contains("normpraktijk van 2.095 patiënten per fte"), warning.getText());
        // By the norm 3,200 patients need 3,200 / 2,095 = 1.53 FTE.
        assertTrue(warning.getText().contains("1,53 fte huisarts"), warning.getText());
        // A second GP employed at 0.6 FTE: 3,200 / 1.6 = 2,000 per FTE: the warning goes.
        type(robot, "#staffing-employedGpFte", "0,6");
        assertFalse(present(robot, "#guidedFteWarning"));
    }

    @Test
    void aLocationTooSmallNowOrWithinFiveYearsIsCalledOut(FxRobot robot) {
        open(robot, "duo-huurpraktijk.json");
        startWalk(robot);
        goTo(robot, "Locatie 1");
        BusinessCaseResult r = vm().result();
        int start = vm().businessCase().practice().startYear();
        double needYear1 = r.projection().get(1).m2Needed();
        // Below the need of year 1: too small from the start.
        type(robot, "#option-areaM2", String.valueOf((int) Math.floor(needYear1 - 5)));
        Label warning = walk(robot, "#guidedSpaceWarning", Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("heeft in " + start + " al " + n.format(needYear1, 0) + " m² nodig"), warning.getText());
        assertTrue(warning.getText().endsWith("Deze locatie is vanaf de start te klein."));
        // Enough for year 1 but not for year 3 (the duo practice grows fast in its first years): runs out within five years.
        double needYear3 = r.projection().get(3).m2Needed();
        assertTrue(needYear3 > needYear1 + 2, "the sample grows: " + needYear1 + " → " + needYear3);
        type(robot, "#option-areaM2", String.valueOf((int) Math.ceil(needYear1 + 1)));
        Integer out = vm().result().options().get(0).spaceRunsOutYear();
        assertNotNull(out);
        assertTrue(out > start && out < start + 5, "runs out in " + out);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("binnen vijf jaar is deze locatie te klein"), warning.getText());
        assertTrue(warning.getText().contains("In " + out + " heeft uw praktijk"), warning.getText());
        // Room for the whole plan: no warning.
        double needEnd = r.projection().get(r.projection().size() - 1).m2Needed();
        type(robot, "#option-areaM2", String.valueOf((int) Math.ceil(needEnd + 10)));
        assertFalse(warning.isVisible());
    }

    @Test
    void anUnconfirmedValueIsMarkedUntilEditedOrConfirmedAndEveryEditIsUndoable(FxRobot robot) {
        startWalk(robot);
        next(robot);
        assertTrue(present(robot, "#example-practice-patients"), "the sample's patient count is an example");
        assertTrue(present(robot, "#example-staffing-employedGpFte"));
        // Confirming keeps the value and removes the mark.
        Node employed = walk(robot, "#example-staffing-employedGpFte", Node.class);
        Button confirm = (Button) ((javafx.scene.layout.HBox) employed).getChildren().get(1);
        robot.interact(confirm::fire);
        assertFalse(present(robot, "#example-staffing-employedGpFte"));
        assertEquals(0.9, vm().businessCase().staffing().employedGpFte());
        // Editing removes the mark and is one step of the case's undo history.
        type(robot, "#practice-patients", "4200");
        assertEquals(4200, vm().businessCase().practice().patients());
        assertFalse(present(robot, "#example-practice-patients"));
        assertTrue(vm().history().canUndoProperty().get());
        // Ctrl+Z in the walk undoes it: the example value is back, and so is its mark.
        robot.interact(() -> walk(robot, "#guidedTitle", Label.class).getScene().getRoot().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4000, vm().businessCase().practice().patients());
        assertTrue(present(robot, "#example-practice-patients"));
        assertEquals("4.000", walk(robot, "#practice-patients", TextField.class).getText());
        // Reopening the walk remembers what was confirmed.
        robot.interact(() -> walk(robot, "#guidedClose", Button.class).fire());
        startWalk(robot);
        next(robot);
        assertFalse(present(robot, "#example-staffing-employedGpFte"));
        assertTrue(present(robot, "#example-practice-patients"));
    }

    @Test
    void aValueTheUserEnteredIsNoExampleWhenTheCaseIsReopened(FxRobot robot) {
        // The case as saved yesterday: the sample with the practice's own list of 5,200 patients. Opening it again (a
        // fresh history, as from the library) marks the sample's values that are still there, not the user's own.
        var own = SampleCases.load(SampleCases.FIRST);
        own = own.withPractice(own.practice().withPatients(5_200));
        var opened = own;
        robot.interact(() -> vm().load(opened, null));
        startWalk(robot);
        next(robot);
        assertEquals("5.200", walk(robot, "#practice-patients", TextField.class).getText());
        assertFalse(present(robot, "#example-practice-patients"), "the user's own patient count is no example");
        assertTrue(present(robot, "#example-staffing-employedGpFte"), "the sample's employed GPs still are");
    }

    @Test
    void enterInAFieldAppliesTheValueAndStaysOnTheStep(FxRobot robot) {
        startWalk(robot);
        next(robot);
        TextField patients = walk(robot, "#practice-patients", TextField.class);
        robot.interact(() -> {
            patients.requestFocus();
            patients.setText("4100");
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4100, vm().businessCase().practice().patients());
        assertEquals("Uw praktijk en team", title(robot), "Enter applies the value; it does not turn the page");
    }

    @Test
    void locationsAreAddedRemovedAndSwitchedBetweenRentAndBuyAsUndoableSteps(FxRobot robot) {
        startWalk(robot);
        goTo(robot, "Huren of kopen");
        assertEquals("Stap 5 van 9", walk(robot, "#guidedCounter", Label.class).getText());
        // A third location, rented: one more step, and no fourth.
        MenuButton add = walk(robot, "#guidedAddLocation", MenuButton.class);
        robot.interact(() -> add.getItems().stream().filter(mi -> "guidedAdd-RENT".equals(mi.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm().businessCase().options().size());
        assertEquals(OptionType.RENT, vm().businessCase().options().get(2).type());
        assertEquals("Stap 5 van 10", walk(robot, "#guidedCounter", Label.class).getText());
        assertTrue(walk(robot, "#guidedAddLocation", MenuButton.class).isDisabled(), "at most three locations");
        // Location 1 from new build to rent: the rental's starting figures, no purchase costs left behind.
        double area = vm().businessCase().options().get(0).areaM2();
        @SuppressWarnings("unchecked")
        ComboBox<OptionType> kind = walk(robot, "#guidedKind-0", ComboBox.class);
        robot.interact(() -> kind.setValue(OptionType.RENT));
        WaitForAsyncUtils.waitForFxEvents();
        var first = vm().businessCase().options().get(0);
        assertEquals(OptionType.RENT, first.type());
        assertEquals(area, first.areaM2());
        assertEquals(0, first.purchasePrice());
        assertEquals(0, first.fitOutCost());
        assertEquals(200, first.rentPerM2()); // StarterOption's rent per m²
        next(robot);
        assertTrue(title(robot).startsWith("Locatie 1:"));
        assertTrue(present(robot, "#option-rentPerM2"));
        assertFalse(present(robot, "#option-fitOutCost"));
        assertTrue(present(robot, "#example-option-rentPerM2"), "a new kind's figures are examples");
        // Undo puts the new build back (one step), the walk follows.
        robot.interact(() -> vm().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OptionType.NEW_BUILD, vm().businessCase().options().get(0).type());
        assertFalse(present(robot, "#option-rentPerM2"));
        assertTrue(present(robot, "#option-fitOutCost"));
        // Removing the third location: back to two.
        robot.interact(() -> walk(robot, "#guidedBack", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> walk(robot, "#guidedRemove-2", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm().businessCase().options().size());
        assertEquals("Stap 5 van 9", walk(robot, "#guidedCounter", Label.class).getText());
        assertFalse(walk(robot, "#guidedAddLocation", MenuButton.class).isDisabled());
    }
}
