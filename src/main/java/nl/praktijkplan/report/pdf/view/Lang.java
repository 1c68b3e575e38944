package nl.praktijkplan.report.pdf.view;

/** The dossier's language, as the templates ask it: {@code l.t("Dutch", "English")}. */
public record Lang(boolean nl) {

    public String t(String dutch, String english) {
        return nl ? dutch : english;
    }

    /** The document's language code. */
    public String code() {
        return nl ? "nl" : "en";
    }
}
