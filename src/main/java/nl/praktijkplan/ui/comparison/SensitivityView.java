package nl.praktijkplan.ui.comparison;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.LazyUpdate;

/** The tornado of the selected option for a chosen output, recomputed with every change of the case. */
public final class SensitivityView {

    /** The outputs offered. */
    public static final List<AnalysisOutput> OUTPUTS = List.of(AnalysisOutput.NPV_BUY_MINUS_RENT,
            AnalysisOutput.DSCR_YEAR1, AnalysisOutput.FINANCING_GAP);

    private final CaseViewModel vm;
    private final I18n i18n;
    private final BusinessCaseCharts charts;
    private final ComboBox<AnalysisOutput> output = new ComboBox<>();
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
        output.setValue(AnalysisOutput.DSCR_YEAR1);
        output.setButtonCell(cell());
        output.setCellFactory(l -> cell());
        output.setAccessibleText(i18n.t("risk.output"));
        viewer.setId("chart-tornado");
        viewer.setFocusTraversable(false);
        viewer.setMinHeight(300);
        viewer.setPrefHeight(380);
        message.setId("tornadoMessage");
        message.setWrapText(true);
        Label hint = new Label(i18n.t("risk.tornado.hint"));
        hint.setWrapText(true);
        HBox top = new HBox(8, new Label(i18n.t("risk.output")), output);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(8, top, hint, message, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 12, 12));
        lazy = new LazyUpdate(box, this::update);
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        lazy.request();
        output.valueProperty().addListener((o, a, b) -> update());
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
    public static SensitivityAnalysis.Tornado tornado(BusinessCase c, int option, AnalysisOutput out) {
        try {
            return new SensitivityAnalysis(new BusinessCaseEngine()).tornado(c, option, out,
                    SensitivityAnalysis.Swing.defaults());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void update() {
        BusinessCase c = vm.businessCase();
        int option = Math.min(vm.selectedOption(), c.options().size() - 1);
        if (option < 0) {
            viewer.setChart(null);
            message.setText(i18n.t("risk.noOption"));
            return;
        }
        SensitivityAnalysis.Tornado t = tornado(c, option, output.getValue());
        if (t == null) {
            viewer.setChart(null);
            message.setText(i18n.t("risk.notApplicable"));
            return;
        }
        message.setText(i18n.t("risk.base", outputLabel(t.output(), i18n),
                t.output() == AnalysisOutput.DSCR_YEAR1 ? i18n.numbers().format(t.baseOutput(), 2)
                        : i18n.numbers().money(t.baseOutput())));
        JFreeChart chart = charts.tornado(t, outputLabel(t.output(), i18n), c.options().get(option).name());
        viewer.setChart(chart);
    }

    public VBox node() {
        return box;
    }

    public ComboBox<AnalysisOutput> output() {
        return output;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Redraws if the case changed while hidden. */
    public void flush() {
        lazy.flush();
    }
}
