package nl.praktijkplan.ui.comparison;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.LazyUpdate;

/** "How far can we go?" for the selected option, recomputed when the case changes and the panel is shown. */
public final class GoalSeekView {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox box;
    private final LazyUpdate lazy;

    public GoalSeekView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        grid.setId("goalSeek");
        grid.setHgap(16);
        grid.setVgap(6);
        Label definition = new Label(i18n.t("gs.definition"));
        definition.setWrapText(true);
        box = new VBox(10, definition, grid);
        box.setPadding(new Insets(8, 12, 12, 12));
        lazy = new LazyUpdate(box, this::update);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        lazy.request();
    }

    public void update() {
        grid.getChildren().clear();
        BusinessCase c = vm.businessCase();
        int option = Math.min(vm.selectedOption(), c.options().size() - 1);
        if (option < 0) {
            grid.add(new Label(i18n.t("risk.noOption")), 0, 0);
            return;
        }
        grid.addRow(0, bold(c.options().get(option).name()), bold(i18n.t("gs.answer")), bold(i18n.t("gs.current")));
        int row = 1;
        for (GoalSeekModel.Line l : GoalSeekModel.lines(c, option, i18n)) {
            Label v = new Label(l.value());
            v.setId(l.id());
            v.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, new Label(l.label()), v, new Label(l.current()));
        }
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    public VBox node() {
        return box;
    }

    public void flush() {
        lazy.flush();
    }
}
