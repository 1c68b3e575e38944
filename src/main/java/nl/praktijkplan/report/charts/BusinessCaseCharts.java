package nl.praktijkplan.report.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;

/**
 * The one chart factory of the product: the screen wraps these charts in a ChartViewer, the PDF draws them
 * as vector graphics. Charts only show the engine's results; they compute nothing.
 */
public final class BusinessCaseCharts {

    /** JFreeChart's own sizes (points) at text scale 1: title, legend and axis labels, tick labels. */
    static final float TITLE_SIZE = 14f;
    static final float LABEL_SIZE = 12f;
    static final float TICK_SIZE = 10f;

    private final boolean dutch;
    private final ChartPalette palette;
    private final float textScale;
    private final NumberFormat money;

    public BusinessCaseCharts(Locale locale, ChartPalette palette) {
        this(locale, palette, 1);
    }

    /** @param textScale the user's font size over the default (18 px / 14 px): chart texts grow with the window's */
    public BusinessCaseCharts(Locale locale, ChartPalette palette, double textScale) {
        this.dutch = !"en".equals(locale.getLanguage());
        this.palette = palette;
        this.textScale = (float) textScale;
        this.money = NumberFormat.getCurrencyInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE"));
        this.money.setMaximumFractionDigits(0);
    }

    private String t(String nl, String en) {
        return dutch ? nl : en;
    }

    /** Patients per year (left axis) and m² needed against m² available now and in each option (right axis). */
    public JFreeChart patientsAndSpace(BusinessCaseResult r) {
        XYSeries patients = new XYSeries(t("Patiënten", "Patients"));
        XYSeries needed = new XYSeries(t("m² nodig", "m² needed"));
        XYSeries current = new XYSeries(t("m² nu beschikbaar", "m² available now"));
        for (ProjectionYear y : r.projection()) {
            if (y.year() == 0) {
                continue;
            }
            patients.add(y.calendarYear(), y.patients());
            needed.add(y.calendarYear(), y.m2Needed());
            current.add(y.calendarYear(), r.currentAreaM2());
        }
        XYSeriesCollection space = new XYSeriesCollection();
        space.addSeries(needed);
        space.addSeries(current);
        for (OptionResult o : r.options()) {
            XYSeries s = new XYSeries(o.option().name());
            for (ProjectionYear y : r.projection()) {
                if (y.year() > 0) {
                    s.add(y.calendarYear(), o.areaM2());
                }
            }
            space.addSeries(s);
        }
        NumberAxis yearAxis = yearAxis();
        // Patients as bars on a taller axis: under the LHV norm m² needed is proportional to patients, and two
        // lines on auto-ranged axes would lie exactly on top of each other.
        NumberAxis patientAxis = new NumberAxis(t("Patiënten", "Patients"));
        patientAxis.setUpperMargin(0.6);
        XYBarRenderer bars = new XYBarRenderer(0.25);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, palette.color(5));
        bars.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        XYPlot plot = new XYPlot(new XYSeriesCollection(patients), yearAxis, patientAxis, bars);
        NumberAxis m2Axis = new NumberAxis("m²");
        plot.setRangeAxis(1, m2Axis);
        plot.setDataset(1, space);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer spaceRenderer = lines(1, true);
        plot.setRenderer(1, spaceRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart(t("Patiënten en ruimtebehoefte", "Patients and space requirement"), plot);
    }

    /** Patients who want to register per year against the patients the current premises and each option can serve. */
    public JFreeChart patientProjection(BusinessCaseResult r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries demand = new XYSeries(t("Patiënten (vraag)", "Patients (demand)"));
        for (ProjectionYear y : r.projection()) {
            if (y.year() > 0) {
                demand.add(y.calendarYear(), y.patients());
            }
        }
        data.addSeries(demand);
        data.addSeries(served(t("Bediend in huidige huisvesting", "Served in current premises"), r.stay()));
        for (OptionResult o : r.options()) {
            data.addSeries(served(t("Bediend: ", "Served: ") + o.option().name(), o));
        }
        NumberAxis patients = new NumberAxis(t("Patiënten", "Patients"));
        patients.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, yearAxis(), patients, lines(0, true));
        return chart(t("Patiëntenprognose", "Patient projection"), plot);
    }

    private static XYSeries served(String name, OptionResult o) {
        XYSeries s = new XYSeries(name);
        for (OperatingYear y : o.years()) {
            s.add(y.calendarYear(), y.patientsServed());
        }
        return s;
    }

    /** Cumulative discounted housing cost of an option against renting the same m² (owned) or staying. */
    public JFreeChart rentVsBuyCumulative(BusinessCaseResult r, OptionResult o) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries own = new XYSeries(o.option().name());
        XYSeries reference = new XYSeries(o.option().type().owned()
                ? t("Huren, zelfde m² tegen markthuur", "Renting the same m² at market rent")
                : t("Blijven in huidige huisvesting", "Staying in current premises"));
        var ownCost = o.rentVsBuy().cumulativeCost();
        var refCost = o.option().type().owned() ? o.rentVsBuy().cumulativeRentReference() : r.stay().rentVsBuy().cumulativeCost();
        int start = r.input().practice().startYear() - 1;
        for (int t = 0; t < ownCost.size(); t++) {
            own.add(start + t, ownCost.get(t));
            reference.add(start + t, refCost.get(t));
        }
        data.addSeries(own);
        data.addSeries(reference);
        NumberAxis euros = euroAxis(t("Contante waarde cumulatief", "Cumulative present value"));
        XYPlot plot = new XYPlot(data, yearAxis(), euros, lines(0, false));
        return chart(t("Cumulatieve kosten (contant)", "Cumulative cost (discounted)"), plot);
    }

    /** Investment and market value next to how it is financed: equity, loan, contributions and the gap. */
    public JFreeChart financingStack(OptionResult o) {
        LoanCapacity f = o.financing();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String uses = t("Totaal bestedingen", "Total uses"); // investment plus a borrowed BMKB fee
        String value = t("Marktwaarde", "Market value");
        String sources = t("Financiering", "Financing");
        data.addValue(o.totalUses(), uses, uses);
        data.addValue(o.marketValue(), value, value);
        data.addValue(f.equityUsed(), t("Eigen vermogen", "Equity"), sources);
        data.addValue(o.newLending(), f.loanParts() > 0 ? t("Leningen (incl. leningdelen)", "Loans (incl. loan parts)")
                : t("Lening", "Loan"), sources);
        data.addValue(f.contributions(), t("Bijdragen derden", "Contributions"), sources);
        data.addValue(f.financingGap(), t("Financieringstekort", "Financing gap"), sources);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}: {2}", money));
        // Uses in neutral colours, sources in distinct ones; only the gap is red.
        int[] colours = {5, 4, 2, 0, 1};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, palette.color(colours[i]));
        }
        renderer.setSeriesPaint(data.getRowIndex(t("Financieringstekort", "Financing gap")), palette.threshold());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), euroAxis("€"), renderer);
        return chart(t("Investering en financiering", "Investment and financing") + ": " + o.option().name(), plot);
    }

    /** DSCR per year against the bank's minimum. */
    public JFreeChart dscrPerYear(OptionResult o, double dscrMin) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OperatingYear y : o.years()) {
            if (y.dscr() != null) {
                data.addValue(y.dscr(), "DSCR", Integer.toString(y.calendarYear()));
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, palette.color(0));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
        CategoryAxis years = new CategoryAxis(t("Jaar", "Year"));
        years.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_90);
        CategoryPlot plot = new CategoryPlot(data, years, new NumberAxis("DSCR"), renderer);
        ValueMarker norm = new ValueMarker(dscrMin, palette.threshold(), new BasicStroke(2f));
        NumberFormat ratio = NumberFormat.getNumberInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE"));
        ratio.setMinimumFractionDigits(2);
        plot.addRangeMarker(norm);
        // The norm is named in the legend, beside the bars: a label on the line sat on the last years' bars.
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        if (data.getRowCount() > 0) {
            legend.add(renderer.getLegendItem(0, 0));
        }
        legend.add(new org.jfree.chart.LegendItem(t("banknorm ", "bank norm ") + ratio.format(dscrMin), null, null, null,
                new java.awt.geom.Line2D.Double(-8, 0, 8, 0), new BasicStroke(2f), palette.threshold()));
        plot.setFixedLegendItems(legend);
        return chart(t("DSCR per jaar", "DSCR per year") + ": " + o.option().name(), plot);
    }

    /** Loan balance at the end of each year, with the interest and repayment paid in that year. */
    public JFreeChart amortisation(OptionResult o) {
        XYSeries balance = new XYSeries(t("Restschuld", "Balance"));
        XYSeries interest = new XYSeries(t("Rente", "Interest"));
        XYSeries principal = new XYSeries(t("Aflossing", "Repayment"));
        for (OperatingYear y : o.years()) {
            balance.add(y.calendarYear(), y.balanceEnd());
            interest.add(y.calendarYear(), y.interest());
            principal.add(y.calendarYear(), y.principalRepaid());
        }
        XYSeriesCollection data = new XYSeriesCollection(balance);
        data.addSeries(interest);
        data.addSeries(principal);
        XYPlot plot = new XYPlot(data, yearAxis(), euroAxis("€"), lines(0, false));
        return chart(t("Aflossingsschema", "Amortisation") + ": " + o.option().name(), plot);
    }

    /**
     * Month-end cash of the liquidity forecast against the buffer norm, with the month of the move marked: the first
     * 36 months, or to half a year past the lowest month when that lies later.
     */
    public JFreeChart liquidity(OptionResult o) {
        nl.praktijkplan.domain.calc.LiquidityForecast f = o.liquidity();
        XYSeries cash = new XYSeries(t("Saldo einde maand", "Month-end balance"));
        int shown = Math.min(f.months().size(), Math.max(36, f.lowestCashMonth() + 6));
        for (nl.praktijkplan.domain.calc.LiquidityPeriod m : f.months().subList(0, shown)) {
            cash.add(m.lastMonth(), m.closingBalance());
        }
        NumberAxis months = new NumberAxis(t("Maand na het besluit", "Month after the decision"));
        months.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        months.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(cash), months, euroAxis("€"), lines(0, false));
        ValueMarker buffer = new ValueMarker(f.bufferNorm(), palette.threshold(), new BasicStroke(2f));
        buffer.setLabel(t("buffernorm ", "buffer norm ") + money.format(f.bufferNorm()));
        buffer.setLabelPaint(palette.threshold());
        buffer.setLabelBackgroundColor(palette.background());
        buffer.setLabelFont(font(Font.PLAIN, TICK_SIZE));
        buffer.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        buffer.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(buffer);
        plot.addRangeMarker(new ValueMarker(0, palette.text(), new BasicStroke(1f)));
        if (f.moveMonth() > 1) {
            ValueMarker move = new ValueMarker(f.moveMonth(), palette.grid(), new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            move.setLabel(t("verhuizing", "move"));
            move.setLabelPaint(palette.text());
            move.setLabelFont(font(Font.PLAIN, TICK_SIZE));
            move.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            move.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(move);
        }
        return chart(t("Liquiditeit", "Liquidity") + ": " + o.option().name(), plot);
    }

    /**
     * Tornado of one output of one option: per driver the change of the output from its base value at the
     * driver's low and high shift, widest bar on top. Only shows the engine's sensitivity results.
     *
     * @param outputLabel the output's name in the chart's language
     * @param optionName  the option's name
     */
    public JFreeChart tornado(nl.praktijkplan.domain.analysis.SensitivityAnalysis.Tornado t, String outputLabel,
                              String optionName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String low = t("Laag", "Low");
        String high = t("Hoog", "High");
        for (nl.praktijkplan.domain.analysis.SensitivityAnalysis.Bar b : t.bars()) {
            String name = b.driver().label(dutch);
            data.addValue(Double.isNaN(b.lowDelta()) ? null : b.lowDelta(), low, name);
            data.addValue(Double.isNaN(b.highDelta()) ? null : b.highDelta(), high, name);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(-1.0);
        renderer.setSeriesPaint(0, palette.color(0));
        renderer.setSeriesPaint(1, palette.color(1));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
        boolean ratio = t.output().ratio();
        NumberAxis axis = ratio ? new NumberAxis(t("Verschil met basis", "Change from base"))
                : euroAxis(t("Verschil met basis (€)", "Change from base (€)"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), axis, renderer);
        plot.addRangeMarker(new ValueMarker(0, palette.text(), new BasicStroke(1f)));
        JFreeChart chart = chart(t("Gevoeligheid", "Sensitivity") + ": " + outputLabel + " – " + optionName, plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return chart;
    }

    private NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis(t("Jaar", "Year"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private NumberAxis euroAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(money);
        return axis;
    }

    private XYLineAndShapeRenderer lines(int firstColour, boolean dashedAfterFirst) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < 8; i++) {
            r.setSeriesPaint(i, palette.color(firstColour + i));
            r.setSeriesStroke(i, dashedAfterFirst && i > 0
                    ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2.2f));
        }
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        return r;
    }

    private JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, font(Font.BOLD, TITLE_SIZE), plot, true);
        chart.setBackgroundPaint(palette.background());
        chart.setTextAntiAlias(true);
        TextTitle tt = chart.getTitle();
        tt.setPaint(palette.text());
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(palette.background());
        legend.setItemPaint(palette.text());
        legend.setItemFont(font(Font.PLAIN, LABEL_SIZE));
        plot.setBackgroundPaint(palette.background());
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(palette.grid());
            xy.setRangeGridlinePaint(palette.grid());
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                style(xy.getRangeAxis(i));
            }
            style(xy.getDomainAxis());
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(palette.grid());
            style(cp.getRangeAxis());
            cp.getDomainAxis().setLabelPaint(palette.text());
            cp.getDomainAxis().setTickLabelPaint(palette.text());
            cp.getDomainAxis().setLabelFont(font(Font.PLAIN, LABEL_SIZE));
            cp.getDomainAxis().setTickLabelFont(font(Font.PLAIN, TICK_SIZE));
            cp.setOrientation(PlotOrientation.VERTICAL);
        }
        return chart;
    }

    private Font font(int style, float size) {
        return new Font("SansSerif", style, 1).deriveFont(size * textScale);
    }

    private void style(org.jfree.chart.axis.ValueAxis axis) {
        if (axis instanceof NumberAxis n && n.getNumberFormatOverride() == null) {
            // Tick labels in the report's language (5.100 and 1,5 in Dutch), not the JVM's default locale.
            n.setNumberFormatOverride(NumberFormat.getNumberInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE")));
        }
        if (axis != null) {
            axis.setLabelFont(font(Font.PLAIN, LABEL_SIZE));
            axis.setTickLabelFont(font(Font.PLAIN, TICK_SIZE));
            axis.setLabelPaint(palette.text());
            axis.setTickLabelPaint(palette.text());
            axis.setAxisLinePaint(palette.grid());
        }
    }
}
