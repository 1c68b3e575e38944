package nl.praktijkplan.ui.preferences;

/**
 * The user's settings, kept between sessions. Plain fields so that they map to JSON one to one;
 * {@link PreferencesStore#sanitise} clamps them after reading.
 */
public final class Preferences {

    public String language = "nl";
    public boolean dark;
    /** Base font size in pixels (the theme's default is 14). */
    /** The UI's font size (px) unless the user picks another; charts scale their texts by fontSize / this. */
    public static final double DEFAULT_FONT_SIZE = 14;

    public double fontSize = DEFAULT_FONT_SIZE;
    public boolean expert = true;
    /** The first-start question (guided or expert) has been answered; until then it is asked. */
    public boolean modeChosen;
    public Double windowX;
    public Double windowY;
    public double windowWidth = 1280;
    public double windowHeight = 760;
    public boolean maximized;
    public String lastFile;
    /**
     * The library case that was in the window when the app last closed (then {@link #lastFile} is null); it opens
     * again once the library is open, which is just after the first window.
     */
    public Long lastLibraryCase;
    public String chapter = "practice";
    /** "Opgesteld door" on the reports; null or blank leaves it blank. */
    public String preparedBy;
    /** The firm (accountant, adviser) on the reports' cover and letterhead; null or blank: none. */
    public String firm;
    /** Path of a PNG or JPEG logo for the letterhead; null or blank: none. */
    public String logo;

    /** The reports' letterhead from these settings. */
    public nl.praktijkplan.report.Letterhead letterhead() {
        return nl.praktijkplan.report.Letterhead.of(preparedBy, firm, logo);
    }
}
