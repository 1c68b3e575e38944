package nl.praktijkplan.ui.main;

import nl.praktijkplan.ui.assumptions.AssumptionsView;

/** The assumptions chapter, shown in expert mode only: every assumption with the value this case uses. */
final class AssumptionsChapter extends ChapterParts {

    AssumptionsChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        AssumptionsView view = new AssumptionsView(vm, i18n);
        return new Chapter.Body(column(intro("intro.assumptions")), view.node());
    }
}
