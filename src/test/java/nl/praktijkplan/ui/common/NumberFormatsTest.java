package nl.praktijkplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    private final NumberFormats nl = new NumberFormats(Locale.forLanguageTag("nl-NL"));
    private final NumberFormats en = new NumberFormats(Locale.forLanguageTag("en-GB"));

    private static double v(NumberFormats f, String s) {
        NumberFormats.Parsed p = f.parse(s, false);
        if (!p.ok()) {
            throw new AssertionError(s + " → " + p.errorKey());
        }
        return p.value();
    }

    @Test
    void dutchFormats() {
        assertEquals(1234.56, v(nl, "1.234,56"), 1e-9);
        assertEquals(250_000, v(nl, "€ 250.000"), 1e-9);
        assertEquals(250_000, v(nl, "€250.000,-".replace(",-", "")), 1e-9);
        assertEquals(5.2, v(nl, "5,2%"), 1e-9);
        assertEquals(5.2, v(nl, " 5,2 % "), 1e-9);
        assertEquals(1_234_567, v(nl, "1.234.567"), 1e-9);
        assertEquals(0.5, v(nl, ",5"), 1e-9);
        assertEquals(-5, v(nl, "-5"), 1e-9);
        assertEquals(4000, v(nl, "4000"), 1e-9);
        assertEquals(250_000, v(nl, "250\u00a0000"), 1e-9); // a no-break space as grouping
    }

    @Test
    void dutchLoneDotIsReadAsDecimalWhenItCannotBeGrouping() {
        assertEquals(5.25, v(nl, "5.25"), 1e-9); // not three digits after the dot
        assertEquals(1234, v(nl, "1.234"), 1e-9); // three digits: grouping, as a Dutch user means it
    }

    @Test
    void englishFormats() {
        assertEquals(1234.56, v(en, "1,234.56"), 1e-9);
        assertEquals(250_000, v(en, "€250,000"), 1e-9);
        assertEquals(5.2, v(en, "5.2%"), 1e-9);
        assertEquals(1234, v(en, "1,234"), 1e-9);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String bad : new String[] {"abc", "1,2,3", "1.23.4", "12a", "--5", "€", "1,234,5", "1.2.3,4,5"}) {
            NumberFormats.Parsed p = nl.parse(bad, false);
            assertFalse(p.ok(), bad);
            assertNull(p.value(), bad);
        }
        assertEquals("validation.required", nl.parse("  ", false).errorKey());
        assertEquals("validation.notANumber", nl.parse("abc", false).errorKey());
    }

    @Test
    void wholeNumbers() {
        assertEquals("validation.wholeNumber", nl.parse("4000,5", true).errorKey());
        assertEquals(4000, nl.parse("4.000", true).value(), 0);
    }

    @Test
    void formatsAndReadsBack() {
        assertEquals("1.234,56", nl.format(1234.56, 2));
        assertEquals("1,234.56", en.format(1234.56, 2));
        assertEquals("€ 250.000", nl.money(250_000));
        assertEquals("€250,000", en.money(250_000));
        assertEquals("−€ 1.000", nl.money(-1000));
        assertEquals("5,2%", nl.percent(5.2, 1));
        for (double x : new double[] {0, 1, 12.5, 1234.56, 1_000_000, 0.07}) {
            assertEquals(x, v(nl, nl.format(x, 2)), 1e-9);
            assertEquals(x, v(en, en.format(x, 2)), 1e-9);
            assertEquals(Math.round(x), v(nl, nl.money(x)), 1e-9);
        }
    }
}
