package nl.praktijkplan.report.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws a JFreeChart into the PDF as vector graphics: openhtmltopdf hands us a PdfBoxGraphics2D for the box of
 * an {@code <object type="jfreechart" id="…">} element, and the chart paints itself onto it. No raster images.
 */
final class ChartDrawer implements FSObjectDrawer {

    private final Map<String, JFreeChart> charts;

    ChartDrawer(Map<String, JFreeChart> charts) {
        this.charts = charts;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        JFreeChart chart = charts.get(e.getAttribute("id"));
        if (chart == null) {
            return null;
        }
        double w = width / dotsPerPixel;
        double h = height / dotsPerPixel;
        outputDevice.drawWithGraphics((float) x, (float) y, (float) w, (float) h,
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, w, h)));
        return null;
    }
}
