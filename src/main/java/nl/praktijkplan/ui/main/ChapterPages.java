package nl.praktijkplan.ui.main;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

/** Builds the chapters of the main window, each by its own class. Views only: every number shown comes from the engine's result. */
public final class ChapterPages {

    private final ChapterParts parts;

    /** @param expert expert mode: assumption inputs in the chapters (the assumptions chapter is always built) */
    public ChapterPages(CaseViewModel vm, I18n i18n, BusinessCaseCharts charts, boolean expert) {
        this.parts = new ChapterParts(vm, i18n, charts, expert);
    }

    private nl.praktijkplan.ui.preferences.Preferences prefs;
    private nl.praktijkplan.ui.report.ReportExports exports;

    /** The report chapter's preferences ("prepared by") and exports; without them it only explains the reports. */
    public ChapterPages withReports(nl.praktijkplan.ui.preferences.Preferences prefs,
                                    nl.praktijkplan.ui.report.ReportExports exports) {
        this.prefs = prefs;
        this.exports = exports;
        return this;
    }

    public List<Chapter> all() {
        List<Chapter> list = new ArrayList<>();
        list.add(Chapter.lazy("practice", "chapter.practice", false, false, () -> new PracticeChapter(parts).build()));
        list.add(Chapter.lazy("space", "chapter.space", false, false, () -> new SpaceChapter(parts).build()));
        list.add(Chapter.lazy("options", "chapter.options", false, false, () -> new OptionsChapter(parts).build()));
        list.add(Chapter.lazy("investment", "chapter.investment", false, false, () -> new InvestmentChapter(parts).build()));
        list.add(Chapter.lazy("financing", "chapter.financing", false, false, () -> new FinancingChapter(parts).build()));
        list.add(Chapter.lazy("liquidity", "chapter.liquidity", false, true, () -> new LiquidityChapter(parts).build()));
        list.add(Chapter.lazy("operations", "chapter.operations", false, true, () -> new OperationsChapter(parts).build()));
        list.add(Chapter.lazy("comparison", "chapter.comparison", false, true, () -> new ComparisonChapter(parts).build()));
        list.add(Chapter.lazy("report", "chapter.report", false, exports == null,
                () -> new ReportChapter(parts, prefs, exports).build()));
        list.add(Chapter.lazy("assumptions", "chapter.assumptions", true, true, () -> new AssumptionsChapter(parts).build()));
        return list;
    }
}
