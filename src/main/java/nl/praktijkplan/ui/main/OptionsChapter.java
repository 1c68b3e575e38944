package nl.praktijkplan.ui.main;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/**
 * Chapter 3, the housing options: the list of options to add, remove and prefer,
 * with the selected option's inputs beside its rent-versus-buy figures.
 */
final class OptionsChapter extends ChapterParts {

    OptionsChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        ListView<Integer> list = new ListView<>();
        list.setId("optionList");
        list.setPrefHeight(130);
        list.setAccessibleText(i18n.t("options.list"));
        list.setCellFactory(l -> new ListCell<>() {
            {
                // A long name wraps within the list instead of widening the row past it (a horizontal scroll bar).
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item >= vm.businessCase().options().size()) {
                    setText(null);
                    return;
                }
                HousingOption o = vm.businessCase().options().get(item);
                String star = item == vm.businessCase().preferredOption() ? " ★" : "";
                setText(o.name() + " — " + i18n.enumLabel(o.type()) + star);
            }
        });
        Runnable fill = () -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < vm.businessCase().options().size(); i++) {
                idx.add(i);
            }
            list.getItems().setAll(idx);
            list.getSelectionModel().select(vm.selectedOption());
        };
        fill.run();
        vm.on(vm.replacedProperty(), () -> fill.run());
        vm.on(vm.editsProperty(), () -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null && v != vm.selectedOption()) {
                vm.selectedOptionProperty().set(v);
            }
        });
        vm.on(vm.selectedOptionProperty(), () -> list.getSelectionModel().select(vm.selectedOption()));

        MenuButton add = new MenuButton(i18n.t("options.add"));
        add.setId("addOption");
        for (OptionType t : OptionType.values()) {
            MenuItem mi = new MenuItem(i18n.enumLabel(t));
            mi.setOnAction(e -> report(vm.addOption(t, i18n.t("options.newName", i18n.enumLabel(t)))));
            add.getItems().add(mi);
        }
        Button remove = new Button(i18n.t("options.remove"));
        remove.setId("removeOption");
        remove.setOnAction(e -> report(vm.removeOption(vm.selectedOption())));
        Button prefer = new Button(i18n.t("options.prefer"));
        prefer.setId("preferOption");
        prefer.setOnAction(e -> report(vm.edit("preferredOption", vm.selectedOption())));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, remove, prefer);
        VBox listBox = new VBox(6, list, buttons);
        listBox.setPadding(new Insets(8, 12, 0, 12));
        Label listLabel = new Label(i18n.t("options.list"));
        listLabel.setLabelFor(list);
        listLabel.setMnemonicParsing(true);
        listLabel.setPadding(new Insets(8, 12, 0, 12));

        Form f = form();
        f.section("section.option");
        f.text(opt("name"), "field.optionName");
        f.choice(opt("type"), "field.optionType", OptionType.class);
        f.number(opt("areaM2"), "field.optionArea", Kind.M2);
        // Each type shows the fields the engine uses for it: rent for a rental; owner costs and what renting the same
        // premises would cost (the rent-versus-buy comparison) for an owned option; nothing more for staying.
        f.onlyWhen(() -> type() != OptionType.STAY);
        f.section(() -> type() == OptionType.RENT ? "section.optionRent" : "section.optionRentComparison");
        f.onlyWhen(() -> type() == OptionType.RENT);
        f.number(opt("rentPerM2"), "field.rentPerM2", Kind.MONEY_PER_M2);
        f.onlyWhen(() -> type() != OptionType.STAY);
        f.number(opt("serviceCostsPerM2"), "field.serviceCostsPerM2", Kind.MONEY_PER_M2);
        f.number(opt("tenantFitOut"), "field.tenantFitOut", Kind.MONEY);
        f.onlyWhen(() -> type().owned());
        f.section("section.optionOwner");
        f.number(opt("maintenancePct"), "field.maintenancePct", Kind.PERCENT);
        f.number(opt("propertyTaxInsurancePerM2"), "field.propertyTaxInsurance", Kind.MONEY_PER_M2);
        f.onlyWhen(() -> type() == OptionType.STAY);
        f.note("note.optionStay");
        f.always();
        f.text(opt("notes"), "field.optionNotes");

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.option");
        fig.add("res-opt-area", "result.optionArea", r -> m2(selected(r).areaM2()));
        fig.add("res-opt-capacity", "result.optionCapacity", r -> n.format(selected(r).capacityPatients(), 0));
        fig.add("res-opt-runs-out", "result.optionRunsOut", r -> year(selected(r).spaceRunsOutYear()));
        fig.add("res-opt-extra", "result.extraPatientsOption", r -> n.format(selected(r).extraPatientsVsStay(), 0));
        fig.add("res-opt-npv", "result.npvCost", r -> n.money(selected(r).rentVsBuy().npvCost()));
        fig.add("res-opt-breakeven", "result.breakEvenYear", r -> year(selected(r).rentVsBuy().breakEvenYear()));
        fig.add("res-opt-breakeven-rent", "result.breakEvenRent", r -> selected(r).rentVsBuy().breakEvenRentPerM2() == null ? "–"
                : n.money(selected(r).rentVsBuy().breakEvenRentPerM2()) + "/m²");
        ChartBox chart = new ChartBox(vm, r -> charts.rentVsBuyCumulative(r, selected(r)), "chart-rentvsbuy");
        Form location = form();
        location.section("section.location");
        location.add(new LocationCriteriaView(vm, i18n).node());
        return new Chapter.Body(column(intro("intro.options"), listLabel, listBox, f.node(), location.node()),
                column(fig.node(), chart.node()));
    }

    private void report(List<Problem> problems) {
        if (!problems.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.WARNING);
            a.setHeaderText(i18n.t("options.problem"));
            a.setContentText(problems.stream().map(p -> p.describe(i18n.dutch())).reduce((x, y) -> x + "\n" + y).orElse(""));
            a.show();
        }
    }
}
