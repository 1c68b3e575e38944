package nl.praktijkplan.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * What the chapters share: the case, texts, charts and number formats, and the helpers that lay out a chapter.
 * Each chapter class extends it and is built on the one instance that {@link ChapterPages} holds.
 */
class ChapterParts {

    final CaseViewModel vm;
    final I18n i18n;
    final NumberFormats n;
    final BusinessCaseCharts charts;
    private final boolean expert;

    /** @param expert expert mode: assumption inputs in the chapters */
    ChapterParts(CaseViewModel vm, I18n i18n, BusinessCaseCharts charts, boolean expert) {
        this.vm = vm;
        this.expert = expert;
        this.i18n = i18n;
        this.n = i18n.numbers();
        this.charts = charts;
    }

    /** A chapter built on the shared {@code parts}. */
    ChapterParts(ChapterParts parts) {
        this.vm = parts.vm;
        this.expert = parts.expert;
        this.i18n = parts.i18n;
        this.n = parts.n;
        this.charts = parts.charts;
    }

    Form form() {
        return new Form(vm, i18n).showAssumptions(expert);
    }

    Supplier<String> opt(String field) {
        return () -> "options[" + vm.selectedOption() + "]." + field;
    }

    /** The type of the option being edited: which fields its form shows. */
    nl.praktijkplan.domain.input.OptionType type() {
        return vm.businessCase().options().get(vm.selectedOption()).type();
    }

    OptionResult selected(BusinessCaseResult r) {
        return r.options().get(Math.min(vm.selectedOption(), r.options().size() - 1));
    }

    String m2(double v) {
        return n.format(v, 0) + " m²";
    }

    String year(Integer y) {
        return y == null ? i18n.t("result.never") : String.valueOf(y);
    }

    static VBox column(Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.setPadding(new Insets(4, 4, 12, 4));
        return box;
    }

    Label intro(String key) {
        Label l = new Label(i18n.t(key));
        l.setWrapText(true);
        l.getStyleClass().add("pp-intro");
        l.setPadding(new Insets(8, 12, 0, 12));
        return l;
    }

    /** A choice of the option shown in a chapter; shares the selection with the options chapter. */
    Node optionPicker() {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("optionPicker");
        box.setAccessibleText(i18n.t("options.picker"));
        Runnable fill = () -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < vm.businessCase().options().size(); i++) {
                idx.add(i);
            }
            box.getItems().setAll(idx);
            box.setValue(vm.selectedOption());
        };
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item >= vm.businessCase().options().size() ? null
                        : vm.businessCase().options().get(item).name());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        fill.run();
        vm.on(vm.replacedProperty(), () -> fill.run());
        vm.on(vm.editsProperty(), () -> box.setButtonCell(box.getCellFactory().call(null)));
        vm.on(vm.selectedOptionProperty(), () -> box.setValue(vm.selectedOption()));
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != vm.selectedOption()) {
                vm.selectedOptionProperty().set(v);
            }
        });
        Label l = new Label(i18n.t("options.picker"));
        l.setLabelFor(box);
        HBox h = new HBox(8, l, box);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(8, 12, 0, 12));
        return h;
    }

    static ProjectionYear last(BusinessCaseResult r) {
        return r.projection().get(r.projection().size() - 1);
    }

    static String lastYear(BusinessCaseResult r) {
        return String.valueOf(last(r).calendarYear());
    }
}
