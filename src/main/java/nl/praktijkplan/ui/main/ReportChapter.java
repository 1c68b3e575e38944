package nl.praktijkplan.ui.main;

import javafx.geometry.Insets;
import javafx.scene.control.Label;

/** Chapter 8, the reports: their inputs and preview, or without exports only an explanation of the reports. */
final class ReportChapter extends ChapterParts {

    private final nl.praktijkplan.ui.preferences.Preferences prefs;
    private final nl.praktijkplan.ui.report.ReportExports exports;

    /** @param exports the report exports, or null to only explain the reports */
    ReportChapter(ChapterParts parts, nl.praktijkplan.ui.preferences.Preferences prefs,
                  nl.praktijkplan.ui.report.ReportExports exports) {
        super(parts);
        this.prefs = prefs;
        this.exports = exports;
    }

    Chapter.Body build() {
        if (exports != null) {
            nl.praktijkplan.ui.report.ReportView view = new nl.praktijkplan.ui.report.ReportView(vm, i18n, prefs, exports);
            return new Chapter.Body(column(intro("intro.report"), view.inputs()), view.preview());
        }
        Label text = new Label(i18n.t("report.text"));
        text.setWrapText(true);
        text.setPadding(new Insets(12));
        return new Chapter.Body(column(intro("intro.report")), column(text));
    }
}
