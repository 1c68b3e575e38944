package nl.praktijkplan.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses and formats the numbers a user types, in Dutch ({@code 1.234,56}, {@code € 250.000}, {@code 5,2%})
 * or English ({@code 1,234.56}). Currency and percent signs and spaces are ignored. A separator that can only be
 * grouping (a dot followed by groups of exactly three digits in Dutch) is read as grouping; in Dutch a lone dot
 * that is not followed by three digits ({@code 5.2}) is read as a decimal point, since that is what a user who
 * types it means. Never throws: a text that is not a number comes back as {@link Parsed#error()}.
 */
public final class NumberFormats {

    /** The outcome of parsing: a value, or the bundle key of what is wrong. */
    public record Parsed(Double value, String errorKey) {
        public boolean ok() {
            return value != null;
        }

        static Parsed of(double v) {
            return new Parsed(v, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final boolean dutch;
    private final char decimal;
    private final char grouping;
    private final Locale locale;

    public NumberFormats(Locale locale) {
        this.locale = locale;
        this.dutch = !"en".equals(locale.getLanguage());
        this.decimal = dutch ? ',' : '.';
        this.grouping = dutch ? '.' : ',';
    }

    public Locale locale() {
        return locale;
    }

    /** Parses a number; {@code wholeNumber} refuses fractions. Empty text is an error ("required"). */
    public Parsed parse(String text, boolean wholeNumber) {
        if (text == null) {
            return Parsed.error("validation.required");
        }
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        s = s.replace("€", "").replace("%", "").replace("EUR", "").replace("eur", "").replace(" ", "");
        if (s.isEmpty()) {
            return Parsed.error("validation.required");
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        String normal = normalise(s);
        if (normal == null) {
            return Parsed.error("validation.notANumber");
        }
        double v;
        try {
            v = new BigDecimal(normal).doubleValue();
        } catch (NumberFormatException e) {
            return Parsed.error("validation.notANumber");
        }
        if (!Double.isFinite(v)) {
            return Parsed.error("validation.notANumber");
        }
        if (negative) {
            v = -v;
        }
        if (wholeNumber && v != Math.rint(v)) {
            return Parsed.error("validation.wholeNumber");
        }
        return Parsed.of(v);
    }

    /** Turns the digits and separators into a plain "1234.56", or null when they do not form a number. */
    private String normalise(String s) {
        int decimals = count(s, decimal);
        if (decimals > 1) {
            return null;
        }
        String intPart = s;
        String fraction = "";
        if (decimals == 1) {
            int at = s.indexOf(decimal);
            intPart = s.substring(0, at);
            fraction = s.substring(at + 1);
        } else if (count(s, grouping) > 0 && !isGrouped(s)) {
            // No decimal separator of this locale, and the other separator is not a valid grouping:
            // a single foreign decimal point ("5.2" in Dutch, "5,2" in English) is read as a decimal.
            if (count(s, grouping) != 1) {
                return null;
            }
            int at = s.indexOf(grouping);
            intPart = s.substring(0, at);
            fraction = s.substring(at + 1);
            if (intPart.isEmpty() && fraction.isEmpty()) {
                return null;
            }
            return digitsOrEmpty(intPart) && digitsOrEmpty(fraction) ? (intPart.isEmpty() ? "0" : intPart) + "." + (fraction.isEmpty() ? "0" : fraction) : null;
        }
        if (count(intPart, grouping) > 0) {
            if (!isGrouped(intPart)) {
                return null;
            }
            intPart = intPart.replace(String.valueOf(grouping), "");
        }
        if (intPart.isEmpty() && fraction.isEmpty()) {
            return null;
        }
        if (!digitsOrEmpty(intPart) || !digitsOrEmpty(fraction)) {
            return null;
        }
        return (intPart.isEmpty() ? "0" : intPart) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private boolean isGrouped(String s) {
        String[] parts = s.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3 || !DIGITS.matcher(parts[0]).matches()) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3 || !DIGITS.matcher(parts[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsOrEmpty(String s) {
        return s.isEmpty() || DIGITS.matcher(s).matches();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Formats a value for an input field: grouping, at most {@code maxDecimals} decimals, no unit. */
    public String format(double value, int maxDecimals) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.UK));
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP); // as a spreadsheet rounds for display
        return f.format(value);
    }

    /** "€ 1.234.567" / "€1,234,567", whole euros. */
    public String money(double value) {
        String n = format(Math.abs(value), 0);
        String sign = value < -0.5 ? "−" : "";
        return dutch ? sign + "€ " + n : sign + "€" + n;
    }

    /** "5,2%" / "5.2%". */
    public String percent(double percentValue, int decimals) {
        return format(percentValue, decimals) + "%";
    }
}
