package nl.praktijkplan.report;

/**
 * How the reports call an option, the same in the dossier and the workbook: by the letter its name starts with
 * ("A: nieuwbouw, 350 m²" is "A"), else by its number ("Optie 2").
 */
public final class OptionLabels {

    private OptionLabels() {
    }

    /** @param index 0-based position among the case's options */
    public static String letter(String name, int index, boolean dutch) {
        int colon = name.indexOf(':');
        return colon > 0 && colon <= 3 ? name.substring(0, colon) : (dutch ? "Optie " : "Option ") + (index + 1);
    }

    /** The full name, introduced by its letter when it does not start with it: "Optie 2: Huur centrum". */
    public static String named(String name, int index, boolean dutch) {
        String letter = letter(name, index, dutch);
        return name.startsWith(letter) ? name : letter + ": " + name;
    }
}
