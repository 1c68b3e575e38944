package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DossierFormatTest {

    private static String plain(String s) {
        return s.replace('\u00a0', ' ');
    }

    @Test
    void dutch() {
        DossierFormat f = new DossierFormat(Locale.forLanguageTag("nl-NL"));
        assertEquals("€ 1.234.567", plain(f.money(1_234_567.4)));
        assertEquals("€ -1.235", plain(f.money(-1_234.6)));
        assertEquals("€ 0", plain(f.money(-0.2)));
        assertEquals("5,0%", f.percent(5.0));
        assertEquals("10,4%", f.percentOfFraction(0.104));
        assertEquals("1,25", f.ratio(1.2549));
        assertEquals("–", f.ratio(null));
        assertEquals("4.000", f.count(3999.6));
        assertEquals("350 m²", plain(f.m2(350)));
        assertEquals("€ 21,59", plain(f.moneyCents(21.59)));
    }

    @Test
    void english() {
        DossierFormat f = new DossierFormat(Locale.ENGLISH);
        assertEquals("€1,234,567", f.money(1_234_567.4));
        assertEquals("5.0%", f.percent(5.0));
        assertEquals("1.25", f.ratio(1.25));
    }
}
