package nl.praktijkplan.store;

import java.util.Locale;

/** A sentence for the user, in Dutch and in English: what is wrong and what to do. */
public record LibraryMessage(String nl, String en) {

    public String text(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    public String text(boolean dutch) {
        return dutch ? nl : en;
    }
}
