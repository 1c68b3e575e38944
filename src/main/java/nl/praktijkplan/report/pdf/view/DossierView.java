package nl.praktijkplan.report.pdf.view;

import java.util.List;

import gg.jte.Content;

/**
 * The whole dossier as the layout template sees it: the document's metadata, the running footer, the letterhead
 * (firm and logo data URI, each empty or null when not set), the cover (null when left out) and the numbered chapters, each already bound to its own template.
 */
public record DossierView(Lang l, String title, String author, String css, String running, String firm, String logo,
                          Content cover, List<Entry> chapters) {

    /** Whether the pages carry a letterhead (a firm name or a logo from the settings). */
    public boolean letterhead() {
        return !firm.isEmpty() || logo != null;
    }

    /** A chapter in the table of contents and in the body; a landscape chapter is set on landscape pages. */
    public record Entry(int number, String anchor, String title, boolean landscape, Content body) {
    }
}
