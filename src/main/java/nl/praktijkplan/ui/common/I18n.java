package nl.praktijkplan.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the UI in one language: resource bundle {@code nl/praktijkplan/ui/messages} plus number formats. */
public final class I18n {

    public static final String BUNDLE = "nl.praktijkplan.ui.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberFormats numbers;

    public I18n(Locale locale) {
        this.locale = locale;
        // The Dutch default is messages.properties; no fallback to the JVM locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, isDutch(locale) ? Locale.ROOT : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = new NumberFormats(locale);
    }

    private static boolean isDutch(Locale l) {
        return !"en".equals(l.getLanguage());
    }

    public boolean dutch() {
        return isDutch(locale);
    }

    public Locale locale() {
        return locale;
    }

    public NumberFormats numbers() {
        return numbers;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String t(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    /** Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String enumLabel(Enum<?> e) {
        return t("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
}
