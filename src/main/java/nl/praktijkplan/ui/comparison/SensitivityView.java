package nl.praktijkplan.ui.comparison;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.FinancingBasis;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.analysis.StressFigures;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.LazyUpdate;

/**
 * The tornado of the selected option for a chosen output, recomputed with every change of the case; by default on the
 * agreed financing (the stress test), or, chosen apart, with the loan sized again ("what would the bank lend then?").
 * Under the chart each factor's loan, lowest DSCR in the fixed-rate period, cash shortfall and gap, low and high.
 */
public final class SensitivityView {

    /** The outputs offered: the stress figures of DOMAIN rule 8 first, then buying against renting. */
    public static final List<AnalysisOutput> OUTPUTS = List.of(AnalysisOutput.DSCR_FIXED_PERIOD,
            AnalysisOutput.CASH_SHORTFALL, AnalysisOutput.FINANCING_GAP, AnalysisOutput.MAX_LOAN,
            AnalysisOutput.NPV_BUY_MINUS_RENT);

    private final CaseViewModel vm;
    private final I18n i18n;
    private final BusinessCaseCharts charts;
    private final ComboBox<AnalysisOutput> output = new ComboBox<>();
    private final ComboBox<FinancingBasis> basis = new ComboBox<>();
    private final GridPane stress = new GridPane();
    private final ChartViewer viewer = new ChartViewer();
    private final Label message = new Label();
    private final VBox box;
    private final LazyUpdate lazy;

    public SensitivityView(CaseViewModel vm, I18n i18n, BusinessCaseCharts charts) {
        this.vm = vm;
        this.i18n = i18n;
        this.charts = charts;
        output.setId("tornadoOutput");
        output.getItems().setAll(OUTPUTS);
        output.setValue(AnalysisOutput.DSCR_FIXED_PERIOD);
        output.setButtonCell(cell());
        output.setCellFactory(l -> cell());
        output.setAccessibleText(i18n.t("risk.output"));
        basis.setId("tornadoBasis");
        basis.getItems().setAll(FinancingBasis.values());
        basis.setValue(FinancingBasis.AGREED_PLAN);
        basis.setButtonCell(basisCell());
        basis.setCellFactory(l -> basisCell());
        basis.setAccessibleText(i18n.t("risk.basis"));
        stress.setId("tornadoStress");
        stress.setHgap(16);
        stress.setVgap(2);
        viewer.setId("chart-tornado");
        viewer.setFocusTraversable(false);
        viewer.setMinHeight(300);
        viewer.setPrefHeight(380);
        message.setId("tornadoMessage");
        message.setWrapText(true);
        Label hint = new Label(i18n.t("risk.tornado.hint"));
        hint.setWrapText(true);
        Label basisHint = new Label(i18n.t("risk.basis.hint"));
        basisHint.setWrapText(true);
        HBox top = new HBox(8, new Label(i18n.t("risk.output")), output, new Label(i18n.t("risk.basis")), basis);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(8, top, basisHint, hint, message, viewer, stress);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 12, 12));
        lazy = new LazyUpdate(box, this::update);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        lazy.request();
        output.valueProperty().addListener((o, a, b) -> update());
        basis.valueProperty().addListener((o, a, b) -> update());
    }

    private ListCell<FinancingBasis> basisCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(FinancingBasis item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(i18n.dutch()));
            }
        };
    }

    private ListCell<AnalysisOutput> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AnalysisOutput item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : outputLabel(item, i18n));
            }
        };
    }

    public static String outputLabel(AnalysisOutput o, I18n i18n) {
        return o.label(i18n.dutch());
    }

    /** The tornado of the case, or null with a reason when the output does not apply to the option. */
    public static SensitivityAnalysis.Tornado tornado(BusinessCase c, int option, AnalysisOutput out, FinancingBasis basis) {
        try {
            return new SensitivityAnalysis(new BusinessCaseEngine()).tornado(c, option, out,
                    SensitivityAnalysis.Swing.defaults(), basis);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void update() {
        BusinessCase c = vm.businessCase();
        int option = Math.min(vm.selectedOption(), c.options().size() - 1);
        stress.getChildren().clear();
        if (option < 0) {
            viewer.setChart(null);
            message.setText(i18n.t("risk.noOption"));
            return;
        }
        SensitivityAnalysis.Tornado t = tornado(c, option, output.getValue(), basis.getValue());
        if (t == null) {
            viewer.setChart(null);
            message.setText(i18n.t("risk.notApplicable"));
            return;
        }
        message.setText(i18n.t("risk.base", outputLabel(t.output(), i18n),
                t.output().ratio() ? i18n.numbers().format(t.baseOutput(), 2) : i18n.numbers().money(t.baseOutput())));
        JFreeChart chart = charts.tornado(t, outputLabel(t.output(), i18n), c.options().get(option).name());
        viewer.setChart(chart);
        showStress(t);
    }

    /** Per factor, low / high: the loan, the lowest DSCR in the fixed-rate period, the cash shortfall and the gap. */
    private void showStress(SensitivityAnalysis.Tornado t) {
        stress.addRow(0, bold("risk.stress.factor"), bold("risk.stress.loan"), bold("risk.stress.dscr"),
                bold("risk.stress.cash"), bold("risk.stress.gap"));
        int row = 1;
        for (SensitivityAnalysis.Bar b : t.bars()) {
            StressFigures lo = b.lowStress();
            StressFigures hi = b.highStress();
            var n = i18n.numbers();
            stress.addRow(row++, new Label(b.driver().label(i18n.dutch())),
                    new Label(n.money(lo.loan()) + " / " + n.money(hi.loan())),
                    new Label(ratio(lo.dscrMinFixedPeriod()) + " / " + ratio(hi.dscrMinFixedPeriod())),
                    new Label(n.money(lo.cashShortfall()) + " / " + n.money(hi.cashShortfall())),
                    new Label(n.money(lo.gap()) + " / " + n.money(hi.gap())));
        }
    }

    private String ratio(Double v) {
        return v == null ? "–" : i18n.numbers().format(v, 2);
    }

    private Label bold(String key) {
        Label l = new Label(i18n.t(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    public VBox node() {
        return box;
    }

    public ComboBox<AnalysisOutput> output() {
        return output;
    }

    public ComboBox<FinancingBasis> basis() {
        return basis;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Redraws if the case changed while hidden. */
    public void flush() {
        lazy.flush();
    }
}
