package nl.praktijkplan.ui.assumptions;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.ui.common.AssumptionTexts;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;
import nl.praktijkplan.ui.common.WrappingCell;

/**
 * Every assumption of the catalogue with the value this case uses, its unit, year, confidence and source.
 * The value column is editable: an edit becomes an override of the case, marked, with a reset per row.
 */
public final class AssumptionsView {

    private final TableView<Assumption> table = new TableView<>();
    private final Label message = new Label();
    private final VBox box;
    private final CaseViewModel vm;
    private final I18n i18n;

    public AssumptionsView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        NumberFormats n = i18n.numbers();
        table.setId("assumptionsTable");
        table.setEditable(true);
        table.setPrefHeight(520);
        table.getItems().setAll(List.copyOf(vm.catalogue().all()));

        TableColumn<Assumption, String> label = new TableColumn<>(i18n.t("assumptions.label"));
        label.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().label(i18n.dutch())));
        label.setPrefWidth(260);
        label.setCellFactory(c -> new WrappingCell<>());

        TableColumn<Assumption, Double> value = new TableColumn<>(i18n.t("assumptions.value"));
        value.setCellValueFactory(d -> new SimpleObjectProperty<>(vm.assumptionValue(d.getValue().key())));
        value.setCellFactory(c -> new TextFieldTableCell<Assumption, Double>(new StringConverter<Double>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : n.format(v, 4);
            }

            @Override
            public Double fromString(String s) {
                NumberFormats.Parsed p = n.parse(s, false);
                if (!p.ok()) {
                    showMessage(i18n.t(p.errorKey()));
                    return null;
                }
                return p.value();
            }
        }) {
            @Override
            public void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<Assumption> row = getTableRow();
                Assumption a = row == null ? null : row.getItem();
                getStyleClass().remove("pp-overridden");
                if (!empty && a != null && vm.isOverridden(a.key())) {
                    getStyleClass().add("pp-overridden");
                }
            }
        });
        value.setOnEditCommit(e -> {
            Assumption a = e.getRowValue();
            if (e.getNewValue() == null) {
                table.refresh();
                return;
            }
            List<Problem> problems = vm.setOverride(a.key(), e.getNewValue());
            if (problems.isEmpty()) {
                showMessage("");
            } else {
                showMessage(a.label(i18n.dutch()) + ": " + problems.get(0).message(i18n.dutch()));
            }
            table.refresh();
        });
        value.setPrefWidth(110);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<Assumption, String> unit = new TableColumn<>(i18n.t("assumptions.unit"));
        unit.setCellValueFactory(d -> new SimpleStringProperty(AssumptionTexts.unitText(d.getValue().unit(), i18n)));
        unit.setPrefWidth(90);
        TableColumn<Assumption, String> year = new TableColumn<>(i18n.t("assumptions.year"));
        year.setCellValueFactory(d -> new SimpleStringProperty(String.valueOf(d.getValue().year())));
        year.setPrefWidth(64);
        TableColumn<Assumption, String> confidence = new TableColumn<>(i18n.t("assumptions.confidence"));
        confidence.setCellValueFactory(d -> new SimpleStringProperty(i18n.enumLabel(d.getValue().confidence())));
        confidence.setPrefWidth(140);
        TableColumn<Assumption, Assumption> status = new TableColumn<>(i18n.t("assumptions.status"));
        status.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Assumption a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null || !vm.isOverridden(a.key())) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Button reset = new Button(i18n.t("assumption.reset"));
                reset.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                reset.setAccessibleText(i18n.t("assumption.reset") + " " + a.label(i18n.dutch()));
                reset.setOnAction(e -> {
                    vm.resetOverride(a.key());
                    table.refresh();
                });
                Label marker = new Label(i18n.t("assumption.overridden"));
                marker.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
                javafx.scene.layout.HBox h = new javafx.scene.layout.HBox(4, marker, reset);
                setGraphic(h);
            }
        });
        status.setPrefWidth(130);
        TableColumn<Assumption, String> source = new TableColumn<>(i18n.t("assumptions.source"));
        source.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().source()));
        source.setPrefWidth(420);
        source.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().addAll(List.of(label, value, unit, year, confidence, status, source));
        // The columns share the width, and long names and sources wrap: an accountant reads every source whole.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (TableColumn<Assumption, ?> fixed : List.of(value, unit, year, confidence, status)) {
            fixed.setMinWidth(fixed.getPrefWidth()); // short values keep their width; name and source take the rest
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Assumption a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(AssumptionTexts.tooltip(a, i18n));
                    tip.setWrapText(true);
                    tip.setMaxWidth(460);
                    tip.setShowDelay(Duration.millis(300));
                    setTooltip(tip);
                }
            }
        });
        nl.praktijkplan.ui.common.LazyUpdate lazy = new nl.praktijkplan.ui.common.LazyUpdate(table, table::refresh);
        vm.on(vm.replacedProperty(), lazy::request);
        vm.on(vm.editsProperty(), lazy::request);
        message.getStyleClass().add("pp-field-message");
        message.setId("assumptionsMessage");
        Label hint = new Label(i18n.t("assumptions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        box = new VBox(6, hint, message, table);
        box.setPadding(new Insets(8, 12, 12, 12));
    }

    private void showMessage(String text) {
        message.setText(text);
    }

    public VBox node() {
        return box;
    }
}
