package nl.praktijkplan.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import java.util.Locale;

class BusinessCaseChartsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final BusinessCaseResult result =
            new BusinessCaseEngine().compute(SampleCases.load(SampleCases.FIRST));

    @Test
    void chartTextsGrowWithTheUsersFontSize() {
        // The user picks 18 px over the default 14 px: scale 18/14, so the 14 pt title becomes 18 pt,
        // the 12 pt axis label 12 × 18/14 = 15.43 pt and the 10 pt tick labels 10 × 18/14 = 12.86 pt.
        JFreeChart chart = new BusinessCaseCharts(DUTCH, ChartPalette.LIGHT, 18.0 / 14).patientsAndSpace(result);
        XYPlot plot = chart.getXYPlot();
        assertEquals(18.0, chart.getTitle().getFont().getSize2D(), 1e-4);
        assertEquals(15.4286, plot.getDomainAxis().getLabelFont().getSize2D(), 1e-4);
        assertEquals(12.8571, plot.getRangeAxis().getTickLabelFont().getSize2D(), 1e-4);
        assertEquals(15.4286, chart.getLegend().getItemFont().getSize2D(), 1e-4);
    }

    @Test
    void theDossierKeepsJFreeChartsOwnSizes() {
        JFreeChart chart = new BusinessCaseCharts(DUTCH, ChartPalette.PRINT).patientsAndSpace(result);
        assertEquals(14.0, chart.getTitle().getFont().getSize2D(), 1e-6);
        assertEquals(10.0, chart.getXYPlot().getRangeAxis().getTickLabelFont().getSize2D(), 1e-6);
    }

    @Test
    void theBankNormIsNamedInTheLegendNotOnTheBars() {
        // Option B of the sample, norm DSCR 1.25: the line carries no label (it sat on the last years' bars); the legend
        // names the bars and the norm, in Dutch decimals.
        JFreeChart chart = new BusinessCaseCharts(DUTCH, ChartPalette.LIGHT).dscrPerYear(result.options().get(1), 1.25);
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.chart.plot.Marker norm = (org.jfree.chart.plot.Marker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next();
        assertEquals(null, norm.getLabel());
        org.jfree.chart.LegendItemCollection legend = plot.getLegendItems();
        assertEquals(2, legend.getItemCount());
        assertEquals("DSCR", legend.get(0).getLabel());
        assertEquals("banknorm 1,25", legend.get(1).getLabel());
    }
}
