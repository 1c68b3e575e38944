package nl.praktijkplan.ui.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.help.HelpTips;

/**
 * The walk's ending page: per location the domain's verdict in plain words, what would make it close, and the
 * questions for the bank, the insurer and the accountant ({@link VerdictTexts}). The remedies are goal seeks on the
 * engine, so the page seeks them when it is shown and when the case changes while it is shown, not on every edit.
 */
final class VerdictPage {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private final VBox box = new VBox(14);
    /** One worker for the goal seeks: a daemon, so that it never keeps the application from closing. */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guided-remedies");
        t.setDaemon(true);
        return t;
    });
    /** The refresh whose answer is awaited. */
    private long generation;

    VerdictPage(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        box.setId("guidedVerdictPage");
        vm.on(vm.resultProperty(), () -> {
            if (box.getScene() != null) {
                refresh();
            }
        });
    }

    Node node() {
        return box;
    }

    /**
     * Shows the verdicts of the case now on screen. The remedies (a few hundred engine runs per location that does not
     * close: 0.2–0.5 s on a busy machine) are sought off the FX thread; a newer case makes an older answer stale.
     */
    void refresh() {
        BusinessCaseResult r = vm.result();
        long run = ++generation;
        Label busy = new Label(i18n.t("guided.verdict.busy"));
        busy.setId("guidedVerdictBusy");
        box.getChildren().setAll(busy, new ProgressIndicator());
        CompletableFuture.supplyAsync(() -> remedies(r), WORKER).whenComplete((remedies, error) -> Platform.runLater(() -> {
            if (run != generation) {
                return;
            }
            List<Node> parts = new ArrayList<>();
            for (int i = 0; i < r.options().size(); i++) {
                OptionResult o = r.options().get(i);
                // Without remedies (should the search fail) the verdict itself still stands.
                Remedies found = error == null ? remedies.get(i) : null;
                parts.add(location(i, o.verdict().closes(), VerdictTexts.of(r, o, found, i18n), WalkChecks.space(r, o, i18n)));
            }
            box.getChildren().setAll(parts);
        }));
    }

    /** Per location what would make it close; null for a location that closes. Runs on the worker thread. */
    private List<Remedies> remedies(BusinessCaseResult r) {
        List<Remedies> out = new ArrayList<>();
        for (int i = 0; i < r.options().size(); i++) {
            out.add(r.options().get(i).verdict().closes() ? null : Remedies.of(engine, r.input(), i));
        }
        return out;
    }

    /** @param space the location's m² warning, or null: a plan that closes on too few m² is said so here too */
    private Node location(int index, boolean closes, VerdictTexts t, String space) {
        Label headline = label(t.headline(), Styles.TITLE_4, closes ? Styles.SUCCESS : Styles.DANGER);
        headline.setId("guidedVerdict-" + index);
        Label explanation = label(t.explanation());
        explanation.setId("guidedVerdictText-" + index);
        Label impact = label(t.impact());
        impact.setId("guidedImpact-" + index);
        impact.setTooltip(HelpTips.tooltip(i18n.t("guided.verdict.impactTip")));
        VBox v = new VBox(6, headline, explanation, impact);
        if (space != null) {
            Label warning = label(space, Styles.WARNING);
            warning.setId("guidedVerdictSpace-" + index);
            v.getChildren().add(warning);
        }
        if (!t.remedies().isEmpty()) {
            v.getChildren().add(label(i18n.t("guided.remedy.intro"), Styles.TEXT_BOLD));
            for (String r : t.remedies()) {
                v.getChildren().add(label("• " + r));
            }
        } else if (!closes) {
            v.getChildren().add(label(i18n.t("guided.remedy.none")));
        }
        v.getChildren().addAll(label(i18n.t("guided.next.title"), Styles.TEXT_BOLD),
                question("guided.next.bankTitle", t.bank(), "guidedBank-" + index),
                question("guided.next.insurerTitle", t.insurer(), "guidedInsurer-" + index),
                question("guided.next.accountantTitle", t.accountant(), "guidedAccountant-" + index));
        v.setPadding(new Insets(10, 12, 12, 12));
        v.getStyleClass().add("pp-guided-verdict");
        return v;
    }

    private Node question(String titleKey, String text, String id) {
        Label who = label(i18n.t(titleKey), Styles.TEXT_BOLD);
        Label what = label(text);
        what.setId(id);
        return new VBox(2, who, what);
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
