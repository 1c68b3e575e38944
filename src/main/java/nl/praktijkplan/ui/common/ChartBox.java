package nl.praktijkplan.ui.common;

import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import javafx.scene.layout.StackPane;
import nl.praktijkplan.domain.calc.BusinessCaseResult;

/**
 * A chart from the one chart factory, redrawn from every new result. In the start-up window the first drawing waits
 * for the window's first frame ({@link FirstFrame}): making a chart loads and initialises the chart library.
 */
public final class ChartBox {

    private final StackPane pane = new StackPane();
    private final LazyUpdate lazy;
    /** Made with the first drawing: the viewer loads the chart library's classes. */
    private ChartViewer viewer;

    public ChartBox(CaseViewModel vm, Function<BusinessCaseResult, JFreeChart> make, String id) {
        pane.setMinHeight(260);
        pane.setPrefHeight(330);
        pane.getStyleClass().add("pp-chart");
        HelpId.set(pane, id); // the tooltip covers the box, which the chart fills
        Runnable draw = () -> {
            if (viewer == null) {
                viewer = new ChartViewer();
                viewer.setId(id);
                viewer.setFocusTraversable(false);
                pane.getChildren().add(viewer);
            }
            try {
                viewer.setChart(make.apply(vm.result()));
            } catch (RuntimeException e) {
                // A chart that cannot be drawn for this case (e.g. no option of the needed kind) stays empty.
                viewer.setChart(null);
            }
        };
        lazy = new LazyUpdate(pane, () -> FirstFrame.after(pane, draw));
        vm.on(vm.resultProperty(), lazy::request);
        vm.on(vm.selectedOptionProperty(), lazy::request);
        lazy.request(); // drawn when it joins a scene
    }

    public StackPane node() {
        return pane;
    }

    /** Redraws if the result changed while the chart was hidden (e.g. in a tab that is now selected). */
    public void flush() {
        lazy.flush();
    }
}
