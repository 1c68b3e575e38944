package nl.praktijkplan.report.charts;

import java.awt.Color;
import java.util.List;

/**
 * Colours for charts. JavaFX CSS does not reach JFreeChart, so the screen passes the palette of its active
 * theme (light or dark) and the PDF uses {@link #PRINT}.
 */
public record ChartPalette(Color background, Color text, Color grid, Color threshold, List<Color> series) {

    private static final List<Color> SERIES = List.of(
            new Color(0x1f, 0x6f, 0xb2), new Color(0xe0, 0x7b, 0x24), new Color(0x2e, 0x9d, 0x5b),
            new Color(0xc0, 0x39, 0x2b), new Color(0x7d, 0x5b, 0xa6), new Color(0x8c, 0x8c, 0x8c));

    public static final ChartPalette LIGHT = new ChartPalette(Color.WHITE, new Color(0x24, 0x29, 0x2f),
            new Color(0xd0, 0xd7, 0xde), new Color(0xc0, 0x39, 0x2b), SERIES);
    public static final ChartPalette DARK = new ChartPalette(new Color(0x0d, 0x11, 0x17), new Color(0xc9, 0xd1, 0xd9),
            new Color(0x30, 0x36, 0x3d), new Color(0xff, 0x7b, 0x72), List.of(
            new Color(0x58, 0xa6, 0xff), new Color(0xf0, 0x88, 0x3e), new Color(0x3f, 0xb9, 0x50),
            new Color(0xff, 0x7b, 0x72), new Color(0xbc, 0x8c, 0xff), new Color(0x8b, 0x94, 0x9e)));
    public static final ChartPalette PRINT = LIGHT;

    public Color color(int i) {
        return series.get(i % series.size());
    }
}
