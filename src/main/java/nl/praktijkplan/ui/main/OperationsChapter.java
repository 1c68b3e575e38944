package nl.praktijkplan.ui.main;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;

/** Chapter 6, operations of the selected option: income and cost inputs above the operating table per year (full width: nine money columns). */
final class OperationsChapter extends ChapterParts {

    OperationsChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        f.section("section.income");
        f.choice(() -> "income.method", "field.incomeMethod", IncomeMethod.class);
        f.number("income.accountsRevenue", "field.accountsRevenue", Kind.MONEY);
        f.number("income.otherRevenuePerPatient", "field.otherRevenue", Kind.MONEY);
        f.number("income.tariffHousingChangePct", "field.tariffChange", Kind.PERCENT);
        f.number("income.tariffChangeFromYear", "field.tariffChangeYear", Kind.YEAR);
        f.number("income.tariffBackPayment", "field.tariffBackPayment", Kind.MONEY);
        f.check(() -> "income.pohGgz", "field.pohGgz");
        f.check(() -> "income.mtvp", "field.mtvp");
        f.number("income.gpConsultsPerPatient", "field.gpConsults", Kind.DECIMAL);
        f.assumption(AssumptionKeys.GP_CONSULTS_PER_PATIENT);
        f.add(new ListEditor(vm, i18n, "income.segment3", "list.segment3", "list.segment3.add", "list.segment3.remove", 0,
                () -> {
                    ObjectNode s = JsonNodeFactory.instance.objectNode();
                    s.put("name", i18n.t("list.segment3.newName"));
                    s.put("amountPerYear", 0);
                    s.put("startYear", vm.businessCase().practice().startYear());
                    s.put("years", 1);
                    return s;
                }, (s, item) -> {
                    s.text(() -> item + ".name", "field.segment3.name");
                    s.number(item + ".amountPerYear", "field.segment3.amount", Kind.MONEY);
                    s.number(item + ".startYear", "field.segment3.start", Kind.YEAR);
                    s.number(item + ".years", "field.segment3.years", Kind.INTEGER);
                }).node());
        f.section("section.costs");
        f.number("costs.otherCostsYear1", "field.otherCosts", Kind.MONEY);
        f.assumption(AssumptionKeys.COST_INDEX);
        f.assumption(AssumptionKeys.RENT_INDEX);
        f.assumption(AssumptionKeys.EMPLOYED_GP_COST);
        f.assumption(AssumptionKeys.DISCOUNT_RATE);

        f.node().setMaxWidth(Form.WIDE_MAX_WIDTH); // full-width chapter: the inputs keep their usual width

        TableView<OperatingYear> table = new TableView<>();
        table.setId("operationsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(col("table.year", y -> String.valueOf(y.calendarYear())));
        table.getColumns().add(col("table.patients", y -> n.format(y.patientsServed(), 0)));
        table.getColumns().add(col("table.revenue", y -> n.money(y.revenue())));
        table.getColumns().add(col("table.housing", y -> n.money(y.housingCosts())));
        table.getColumns().add(col("table.gpLabour", y -> n.money(y.gpLabourCost())));
        table.getColumns().add(col("table.otherCosts", y -> n.money(y.staffAndOtherCosts())));
        table.getColumns().add(col("table.ebitda", y -> n.money(y.ebitda())));
        table.getColumns().add(col("table.depreciation", y -> n.money(y.depreciation())));
        table.getColumns().add(col("table.interest", y -> n.money(y.interest())));
        table.getColumns().add(col("table.tax", y -> n.money(y.tax())));
        table.getColumns().add(col("table.drawings", y -> n.money(y.drawings())));
        table.getColumns().add(col("table.cfads", y -> n.money(y.cfads())));
        table.getColumns().add(col("table.debtService", y -> n.money(y.debtService())));
        table.getColumns().add(col("table.dscr", y -> y.dscr() == null ? "–" : n.format(y.dscr(), 2)));
        Runnable fill = () -> table.getItems().setAll(selected(vm.result()).years());
        fill.run();
        nl.praktijkplan.ui.common.LazyUpdate lazy = new nl.praktijkplan.ui.common.LazyUpdate(table, fill);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        table.setPrefHeight(420);
        Label title = new Label(i18n.t("result.title.operations"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setPadding(new Insets(8, 12, 0, 12));
        Figures revenue = new Figures(vm, i18n);
        revenue.title("result.title.revenue");
        revenue.add("res-rev-capitation", "result.rev.capitation", r -> n.money(selected(r).revenueYear1().capitation()));
        revenue.add("res-rev-opslag", "result.rev.opslag", r -> n.money(selected(r).revenueYear1().opslagwijk()));
        revenue.add("res-rev-modules", "result.rev.modules", r -> n.money(selected(r).revenueYear1().modules()));
        revenue.add("res-rev-consults", "result.rev.consults", r -> n.money(selected(r).revenueYear1().consults()));
        revenue.add("res-rev-other", "result.rev.other", r -> n.money(selected(r).revenueYear1().outsideSegment1Tariffs()));
        revenue.add("res-rev-total", "result.rev.total", r -> n.money(selected(r).revenueYear1().total()));
        return new Chapter.Body(column(intro("intro.operations"), optionPicker(), f.node()), column(revenue.node(), title, table));
    }

    <T> TableColumn<T, String> col(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(100); // equal shares of the width; long headers wrap (app.css)
        c.setSortable(false);
        return c;
    }
}
