package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.geometry.Insets;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/** Side-by-side table: staying and each option, one row per key figure. */
public final class ComparisonView {

    /** One row: a metric and its formatted value per column (stay first, then the options). */
    public record Row(String metric, List<String> values) {
    }

    private final TableView<Row> table = new TableView<>();
    private final VBox box;
    private final I18n i18n;

    public ComparisonView(CaseViewModel vm, I18n i18n) {
        this.i18n = i18n;
        table.setId("comparisonTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(460);
        nl.praktijkplan.ui.common.LazyUpdate lazy = new nl.praktijkplan.ui.common.LazyUpdate(table, () -> fill(vm.result()));
        vm.on(vm.resultProperty(), lazy::request);
        fill(vm.result());
        box = new VBox(table);
        box.setPadding(new Insets(8, 12, 12, 12));
    }

    public VBox node() {
        return box;
    }

    /** The rows for a result; public so that it is tested without a screen. */
    public static List<Row> rows(BusinessCaseResult r, I18n i18n) {
        NumberFormats n = i18n.numbers();
        List<OptionResult> cols = new ArrayList<>();
        cols.add(r.stay());
        cols.addAll(r.options());
        List<Row> rows = new ArrayList<>();
        rows.add(row(i18n.t("cmp.area"), cols, o -> n.format(o.areaM2(), 0) + " m²"));
        rows.add(row(i18n.t("cmp.investment"), cols, o -> n.money(o.investmentTotal())));
        rows.add(row(i18n.t("cmp.marketValue"), cols, o -> o.option().type().owned() ? n.money(o.marketValue()) : "–"));
        rows.add(row(i18n.t("cmp.top"), cols, o -> o.onrendabeleTop() == null ? "–" : n.money(o.onrendabeleTop())));
        rows.add(row(i18n.t("cmp.maxLoan"), cols, o -> o.option().type().owned() ? n.money(o.financing().maxLoan()) : "–"));
        rows.add(row(i18n.t("cmp.gap"), cols, o -> n.money(o.financing().financingGap())));
        rows.add(row(i18n.t("cmp.dscr1"), cols, o -> o.dscrYear1() == null ? "–" : n.format(o.dscrYear1(), 2)));
        rows.add(row(i18n.t("cmp.npvCost"), cols, o -> n.money(o.rentVsBuy().npvCost())));
        rows.add(row(i18n.t("cmp.breakEven"), cols, o -> o.rentVsBuy().breakEvenYear() == null ? "–"
                : String.valueOf(o.rentVsBuy().breakEvenYear())));
        rows.add(row(i18n.t("cmp.runsOut"), cols, o -> o.spaceRunsOutYear() == null ? i18n.t("result.never")
                : String.valueOf(o.spaceRunsOutYear())));
        rows.add(row(i18n.t("cmp.extraPatients"), cols, o -> n.format(o.extraPatientsVsStay(), 0)));
        return rows;
    }

    private static Row row(String metric, List<OptionResult> cols, Function<OptionResult, String> f) {
        List<String> values = new ArrayList<>();
        for (OptionResult o : cols) {
            String v;
            try {
                v = f.apply(o);
            } catch (RuntimeException e) {
                v = "–";
            }
            values.add(v);
        }
        return new Row(metric, values);
    }

    private void fill(BusinessCaseResult r) {
        List<String> headers = new ArrayList<>();
        headers.add(i18n.t("cmp.stay"));
        for (int i = 0; i < r.options().size(); i++) {
            String name = r.options().get(i).option().name();
            headers.add(i == r.input().preferredOption() ? name + " ★" : name);
        }
        if (table.getColumns().size() != headers.size() + 1) {
            table.getColumns().clear();
            TableColumn<Row, String> metric = new TableColumn<>(i18n.t("cmp.metric"));
            metric.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().metric()));
            metric.setSortable(false);
            metric.setPrefWidth(220);
            table.getColumns().add(metric);
            for (int i = 0; i < headers.size(); i++) {
                int col = i;
                TableColumn<Row, String> c = new TableColumn<>();
                c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().values().get(col)));
                c.setStyle("-fx-alignment: CENTER-RIGHT;");
                c.setSortable(false);
                table.getColumns().add(c);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            table.getColumns().get(i + 1).setText(headers.get(i));
        }
        table.getItems().setAll(rows(r, i18n));
    }
}
