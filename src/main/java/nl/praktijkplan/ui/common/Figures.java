package nl.praktijkplan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nl.praktijkplan.domain.calc.BusinessCaseResult;

/** Key figures: label and value pairs recomputed from every result. */
public final class Figures {

    private final GridPane grid = new GridPane();
    private final List<Runnable> updates = new ArrayList<>();
    private final CaseViewModel vm;
    private final I18n i18n;
    private int row;

    public Figures(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 12, 8, 12));
        grid.getStyleClass().add("pp-figures");
        ColumnConstraints a = new ColumnConstraints();
        a.setHgrow(Priority.SOMETIMES);
        ColumnConstraints b = new ColumnConstraints();
        b.setHalignment(HPos.RIGHT);
        b.setMinWidth(110);
        grid.getColumnConstraints().addAll(a, b);
        LazyUpdate lazy = new LazyUpdate(grid, () -> updates.forEach(Runnable::run));
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
    }

    public GridPane node() {
        return grid;
    }

    public void title(String key) {
        Label t = new Label(i18n.t(key));
        t.getStyleClass().addAll(Styles.TITLE_4);
        GridPane.setMargin(t, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
        grid.add(t, 0, row++, 2, 1);
    }

    /** A figure; {@code id} names the value label for tests. */
    public Label add(String id, String labelKey, Function<BusinessCaseResult, String> value) {
        return add(id, () -> i18n.t(labelKey), value);
    }

    public Label add(String id, java.util.function.Supplier<String> label, Function<BusinessCaseResult, String> value) {
        Label l = new Label();
        l.setWrapText(true);
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().addAll("pp-figure-value", Styles.TEXT_BOLD);
        Runnable u = () -> {
            l.setText(label.get());
            try {
                v.setText(value.apply(vm.result()));
            } catch (RuntimeException e) {
                v.setText("–");
            }
            v.setAccessibleText(l.getText() + ": " + v.getText());
        };
        updates.add(u);
        u.run();
        grid.add(l, 0, row);
        grid.add(v, 1, row++);
        return v;
    }
}
