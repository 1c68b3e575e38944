package nl.praktijkplan.report.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dossier writes numbers: Dutch style (€ 1.234.567, 5,0%, 1,25) or English (€1,234,567, 5.0%, 1.25).
 * Formats only; rounds for display, never for computation. Between a currency sign or number and its unit the
 * space is a no-break space (U+00A0), so an amount never wraps across two lines.
 */
public final class DossierFormat {

    /** No-break space. */
    public static final String NBSP = "\u00a0";
    /** Shown for a value that does not exist (no loan, no break-even year). */
    public static final String NONE = "–";

    private final boolean dutch;
    private final DecimalFormatSymbols symbols;
    private final Locale locale;

    public DossierFormat(Locale locale) {
        this.dutch = !"en".equals(locale.getLanguage());
        this.locale = dutch ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-GB");
        this.symbols = DecimalFormatSymbols.getInstance(this.locale);
        this.symbols.setMinusSign('-');
    }

    public boolean dutch() {
        return dutch;
    }

    private DecimalFormat pattern(String p) {
        return new DecimalFormat(p, symbols);
    }

    /** € 1.234.567 (whole euros). */
    public String money(double euros) {
        String n = pattern("#,##0").format(Math.round(euros) == 0 ? 0 : euros);
        return dutch ? "€" + NBSP + n : "€" + n;
    }

    public String money(Double euros) {
        return euros == null ? NONE : money(euros.doubleValue());
    }

    /** An amount in a table whose header says "× €": 1.234.567. */
    public String amount(double euros) {
        return pattern("#,##0").format(Math.round(euros) == 0 ? 0 : euros);
    }

    /** Money with cents: € 21,59. */
    public String moneyCents(double euros) {
        String n = pattern("#,##0.00").format(euros);
        return dutch ? "€" + NBSP + n : "€" + n;
    }

    /** A percentage given in percent: 5.0 → "5,0%". */
    public String percent(double percent) {
        return pattern("#,##0.0").format(percent) + "%";
    }

    /** A fraction as a percentage: 0.05 → "5,0%". */
    public String percentOfFraction(Double fraction) {
        return fraction == null ? NONE : percent(fraction * 100);
    }

    /** A ratio such as the DSCR: 1,25. */
    public String ratio(Double ratio) {
        return ratio == null ? NONE : pattern("#,##0.00").format(ratio);
    }

    /** A whole count: 4.000 patients. */
    public String count(double n) {
        return pattern("#,##0").format(Math.round(n) == 0 ? 0 : n);
    }

    /** One decimal: FTE 1,9. */
    public String decimal1(double n) {
        return pattern("#,##0.0").format(n);
    }

    /** Up to two decimals, no trailing zeros: 1,35 or 190. */
    public String plain(double n) {
        return pattern("#,##0.##").format(n);
    }

    public String m2(double m2) {
        return count(m2) + NBSP + "m²";
    }

    public String year(Integer year) {
        return year == null ? NONE : Integer.toString(year);
    }

    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    public String yesNo(boolean b) {
        return dutch ? (b ? "ja" : "nee") : (b ? "yes" : "no");
    }
}
