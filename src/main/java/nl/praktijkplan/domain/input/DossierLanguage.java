package nl.praktijkplan.domain.input;

/** The language the case's reports (dossier, workbook) are written in; Dutch unless the case says otherwise. */
public enum DossierLanguage {
    NL("nl-NL"), EN("en");

    private final String tag;

    DossierLanguage(String tag) {
        this.tag = tag;
    }

    /** The IETF language tag of the reports. */
    public String tag() {
        return tag;
    }
}
