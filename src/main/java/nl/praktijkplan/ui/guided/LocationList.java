package nl.praktijkplan.ui.guided;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.I18n;

/**
 * The "rent or buy" step: the case's one to three locations, each with its name and whether it is rented or bought,
 * a button to remove it and one to add another. The walk builds its steps again after each of these changes.
 */
final class LocationList {

    private final VBox box = new VBox(10);

    LocationList(CaseViewModel vm, I18n i18n, Locations locations) {
        Label problem = new Label();
        problem.setId("guidedLocationProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        java.util.function.Consumer<List<Problem>> report = ps -> {
            problem.setVisible(!ps.isEmpty());
            problem.setText(ps.stream().map(p -> p.describe(i18n.dutch())).reduce((a, b) -> a + "\n" + b).orElse(""));
        };
        List<HousingOption> options = vm.businessCase().options();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            Form name = new Form(vm, i18n).showAssumptions(false);
            name.text(() -> "options[" + index + "].name", "field.optionName");
            ComboBox<OptionType> kind = new ComboBox<>();
            kind.setId("guidedKind-" + i);
            kind.getItems().setAll(Locations.KINDS);
            kind.setValue(options.get(i).type());
            kind.setAccessibleText(i18n.t("guided.location.kind", index + 1));
            kind.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(OptionType item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : i18n.enumLabel(item));
                }
            });
            kind.setButtonCell(kind.getCellFactory().call(null));
            kind.valueProperty().addListener((o, a, v) -> {
                if (v != null) {
                    report.accept(locations.changeKind(index, v));
                }
            });
            Button remove = new Button(i18n.t("guided.location.remove"));
            remove.setId("guidedRemove-" + i);
            remove.getStyleClass().add(Styles.FLAT);
            remove.setDisable(options.size() <= 1);
            remove.setOnAction(e -> report.accept(locations.remove(index)));
            Label title = new Label(i18n.t("guided.location.number", index + 1));
            title.getStyleClass().add(Styles.TITLE_4);
            Label kindLabel = new Label(i18n.t("guided.location.kindLabel"));
            kindLabel.setLabelFor(kind);
            HBox row = new HBox(8, kindLabel, kind, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(0, 12, 0, 12));
            box.getChildren().add(new VBox(2, title, name.node(), row));
        }
        MenuButton add = new MenuButton(i18n.t("guided.location.add"));
        add.setId("guidedAddLocation");
        add.setDisable(options.size() >= Locations.MAX);
        for (OptionType t : Locations.KINDS) {
            MenuItem mi = new MenuItem(i18n.enumLabel(t));
            mi.setId("guidedAdd-" + t.name());
            mi.setOnAction(e -> report.accept(locations.add(t)));
            add.getItems().add(mi);
        }
        Label max = new Label(i18n.t("guided.location.max", Locations.MAX));
        max.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox addRow = new HBox(10, add, max);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Figures need = new Figures(vm, i18n);
        need.add("guided-need-start", () -> i18n.t("guided.result.m2Start", String.valueOf(vm.businessCase().practice().startYear())),
                r -> i18n.numbers().format(r.projection().get(1).m2Needed(), 0) + " m²");
        need.add("guided-need-end", () -> i18n.t("guided.result.m2End",
                String.valueOf(vm.result().projection().get(vm.result().projection().size() - 1).calendarYear())),
                r -> i18n.numbers().format(r.projection().get(r.projection().size() - 1).m2Needed(), 0) + " m²");
        box.getChildren().addAll(addRow, problem, need.node());
    }

    Node node() {
        return box;
    }
}
