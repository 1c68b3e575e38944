package nl.praktijkplan.ui.main;

import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.LiquidityPeriod;
import nl.praktijkplan.ui.common.ChartBox;
import nl.praktijkplan.ui.common.Figures;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.LazyUpdate;

/**
 * Chapter "Liquiditeit", the liquidity forecast of the selected option: opening cash and the option's construction,
 * overlap, moving and contribution months beside the lowest balance, the chart of month-end cash and the forecast
 * per month (two years) and per twelve months after.
 */
final class LiquidityChapter extends ChapterParts {

    LiquidityChapter(ChapterParts parts) {
        super(parts);
    }

    Chapter.Body build() {
        Form f = form();
        f.section("section.liquidity");
        f.number("financing.openingCash", "field.openingCash", Kind.MONEY);
        f.number(opt("relocation.constructionMonths"), "field.constructionMonths", Kind.INTEGER);
        f.number(opt("relocation.overlapMonths"), "field.overlapMonths", Kind.INTEGER);
        f.number(opt("relocation.movingCosts"), "field.movingCosts", Kind.MONEY);
        f.number(opt("relocation.contributionsMonth"), "field.contributionsMonth", Kind.INTEGER);
        f.assumption(AssumptionKeys.LIQUIDITY_BUFFER_MONTHS);
        f.node().setMaxWidth(Form.WIDE_MAX_WIDTH); // full-width chapter: the inputs keep their usual width

        Figures fig = new Figures(vm, i18n);
        fig.title("result.title.liquidity");
        fig.add("res-move-month", "result.moveMonth", r -> String.valueOf(selected(r).liquidity().moveMonth()));
        fig.add("res-lowest-cash", "result.lowestCash", r -> n.money(selected(r).liquidity().lowestCash()));
        fig.add("res-lowest-month", "result.lowestCashMonth", r -> String.valueOf(selected(r).liquidity().lowestCashMonth()));
        fig.add("res-buffer-norm", "result.bufferNorm", r -> n.money(selected(r).liquidity().bufferNorm()));
        fig.add("res-meets-buffer", "result.meetsBuffer",
                r -> i18n.t(selected(r).liquidity().meetsBuffer() ? "result.liq.meets" : "result.liq.below"));
        ChartBox chart = new ChartBox(vm, r -> charts.liquidity(selected(r)), "chart-liquidity");

        TableView<LiquidityPeriod> table = new TableView<>();
        table.setId("liquidityTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(col("table.month",
                p -> p.monthly() ? String.valueOf(p.lastMonth()) : p.firstMonth() + "–" + p.lastMonth()));
        table.getColumns().add(col("table.liq.operating", p -> n.money(p.operating())));
        table.getColumns().add(col("table.liq.investment",
                p -> n.money(-(p.equityIntoDeposit() + p.investmentFromCash() - p.depositReleased()))));
        table.getColumns().add(col("table.liq.relocation", p -> n.money(-(p.oldHousing() + p.movingCosts()))));
        table.getColumns().add(col("table.liq.contributions", p -> n.money(p.contributions())));
        table.getColumns().add(col("table.debtService", p -> n.money(-p.debtService())));
        table.getColumns().add(col("table.liq.closing", p -> n.money(p.closingBalance())));
        table.getColumns().add(col("table.liq.deposit", p -> n.money(p.depositBalance())));
        Runnable fill = () -> table.getItems().setAll(selected(vm.result()).liquidity().periods());
        fill.run();
        LazyUpdate lazy = new LazyUpdate(table, fill);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        table.setPrefHeight(420);
        Label title = new Label(i18n.t("result.title.liquidityTable"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setPadding(new Insets(8, 12, 0, 12));
        return new Chapter.Body(column(intro("intro.liquidity"), optionPicker(), f.node()),
                column(fig.node(), chart.node(), title, table));
    }

    private TableColumn<LiquidityPeriod, String> col(String key, Function<LiquidityPeriod, String> value) {
        TableColumn<LiquidityPeriod, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setSortable(false);
        return c;
    }
}
