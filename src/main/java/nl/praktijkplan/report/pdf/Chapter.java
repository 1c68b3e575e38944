package nl.praktijkplan.report.pdf;

/** The chapters of the financing dossier, in the order they appear. */
public enum Chapter {
    COVER("cover", "Voorblad", "Cover"),
    SUMMARY("samenvatting", "Samenvatting", "Summary"),
    PRACTICE("praktijk", "Praktijk en patiëntenpopulatie", "Practice and patient population"),
    SPACE("ruimtebehoefte", "Ruimtebehoefte", "Space requirement"),
    OPTIONS("opties", "Huisvestingsopties", "Housing options"),
    INVESTMENT("investering", "Investeringsbegroting en waardering", "Investment budget and valuation"),
    FINANCING("financiering", "Financieringsplan", "Financing plan"),
    OPERATIONS("exploitatie", "Exploitatie- en kasstroomprognose", "Operating and cash-flow projection"),
    RISKS("risico", "Risico's en gevoeligheid", "Risks and sensitivity"),
    MAATWERK("maatwerk", "Onderbouwing maatwerkverzoek zorgverzekeraar", "Case for the health insurer's tailored support"),
    APPENDICES("bijlagen", "Bijlagen", "Appendices");

    private final String anchor;
    private final String titleNl;
    private final String titleEn;

    Chapter(String anchor, String titleNl, String titleEn) {
        this.anchor = anchor;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
    }

    /** The id of the chapter's heading in the document (target of the table of contents). */
    public String anchor() {
        return anchor;
    }

    public String title(boolean dutch) {
        return dutch ? titleNl : titleEn;
    }
}
