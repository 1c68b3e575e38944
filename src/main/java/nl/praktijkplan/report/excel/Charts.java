package nl.praktijkplan.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel charts over the workbook's own cells, so they follow every recalculation. */
final class Charts {

    private static final PresetColor[] PALETTE = {PresetColor.DIM_GRAY, PresetColor.ROYAL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.SEA_GREEN, PresetColor.CRIMSON, PresetColor.DARK_VIOLET, PresetColor.GOLDENROD};

    private Charts() {
    }

    private static XSSFChart chart(XSSFSheet sheet, int col, int row, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 10, row + 22));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Patients (horizontal) against the m² they need (vertical), one point per plan year. */
    static void patientsVsSpace(Book b, Grid g, int firstRow, int lastRow, int col) {
        Lang l = b.lang;
        XSSFChart chart = chart(g.sheet, col, firstRow + 14, l.t("Patiënten en benodigde ruimte", "Patients and space needed"));
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle(l.t("Patiënten", "Patients"));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(l.t("m² BVO", "m² gross"));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        var series = (XDDFScatterChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromNumericCellRange(g.sheet, new CellRangeAddress(firstRow, lastRow, ProjectionSheet.PATIENTS, ProjectionSheet.PATIENTS)),
                XDDFDataSourcesFactory.fromNumericCellRange(g.sheet, new CellRangeAddress(firstRow, lastRow, ProjectionSheet.M2, ProjectionSheet.M2)));
        series.setTitle(l.t("m² nodig", "m² needed"), null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
    }

    /** Cumulative discounted cost per year of every curve in the year table (columns 1..lastCol with a header). */
    static void cumulativeCost(Book b, Grid g, int headRow, int firstRow, int lastRow, int lastCol) {
        XSSFChart chart = chart(g.sheet, lastCol + 1, headRow, b.lang.t("Cumulatieve contante kosten: huur vs koop",
                "Cumulative discounted cost: rent vs buy"));
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat("€ #,##0");
        var data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        var years = XDDFDataSourcesFactory.fromNumericCellRange(g.sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int c = 1; c <= lastCol; c++) {
            var head = g.sheet.getRow(headRow).getCell(c);
            if (head == null) {
                continue;
            }
            var series = (XDDFLineChartData.Series) data.addSeries(years,
                    XDDFDataSourcesFactory.fromNumericCellRange(g.sheet, new CellRangeAddress(firstRow, lastRow, c, c)));
            series.setTitle(head.getStringCellValue(), new CellReference(g.sheet.getSheetName(), headRow, c, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            // An explicit line: without one LibreOffice draws these series invisibly.
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(PALETTE[data.getSeriesCount() % PALETTE.length])));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(data);
    }
}
