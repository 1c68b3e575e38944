package nl.praktijkplan.ui.main;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.praktijkplan.ui.comparison.ComparisonView;

/** Chapter 7, the comparison of the options, with the sensitivity, Monte Carlo and goal-seek tabs. */
final class ComparisonChapter extends ChapterParts {

    ComparisonChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        ComparisonView view = new ComparisonView(vm, i18n);
        nl.praktijkplan.ui.comparison.SensitivityView sensitivity = new nl.praktijkplan.ui.comparison.SensitivityView(vm, i18n, charts);
        nl.praktijkplan.ui.comparison.MonteCarloView monteCarlo = new nl.praktijkplan.ui.comparison.MonteCarloView(vm, i18n);
        nl.praktijkplan.ui.comparison.GoalSeekView goalSeek = new nl.praktijkplan.ui.comparison.GoalSeekView(vm, i18n);
        TabPane tabs = new TabPane();
        tabs.setId("comparisonTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sens = new Tab(i18n.t("tab.sensitivity"), sensitivity.node());
        sens.setId("tab-sensitivity");
        Tab mc = new Tab(i18n.t("tab.monteCarlo"), new javafx.scene.control.ScrollPane(monteCarlo.node()));
        mc.setId("tab-montecarlo");
        Tab gs = new Tab(i18n.t("tab.goalSeek"), goalSeek.node());
        gs.setId("tab-goalseek");
        Tab table = new Tab(i18n.t("tab.comparison"), view.node());
        table.setId("tab-comparison");
        tabs.getTabs().addAll(table, sens, mc, gs);
        // The skin shows the selected tab's content after this listener: refresh a stale view just after.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            view.flush();
            sensitivity.flush();
            goalSeek.flush();
        }));
        // The tabs take the chapter's remaining height: the whole comparison table shows at 1366×768 without scrolling.
        javafx.scene.layout.VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        return new Chapter.Body(column(intro("intro.comparison"), optionPicker()), tabs);
    }
}
