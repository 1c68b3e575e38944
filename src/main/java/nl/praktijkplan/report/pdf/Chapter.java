package nl.praktijkplan.report.pdf;

import java.util.function.Function;

import nl.praktijkplan.report.pdf.view.AppendicesView;
import nl.praktijkplan.report.pdf.view.CoverView;
import nl.praktijkplan.report.pdf.view.DossierData;
import nl.praktijkplan.report.pdf.view.FinancingView;
import nl.praktijkplan.report.pdf.view.InvestmentView;
import nl.praktijkplan.report.pdf.view.MaatwerkView;
import nl.praktijkplan.report.pdf.view.OperationsView;
import nl.praktijkplan.report.pdf.view.OptionsView;
import nl.praktijkplan.report.pdf.view.PracticeView;
import nl.praktijkplan.report.pdf.view.RisksView;
import nl.praktijkplan.report.pdf.view.SpaceView;
import nl.praktijkplan.report.pdf.view.SummaryView;

/**
 * The chapters of the financing dossier, in the order they appear. Each names its template (under
 * {@code src/main/jte}) and the view its template is given: a new chapter is a constant, a view record and a template.
 */
public enum Chapter {
    COVER("cover", "Voorblad", "Cover", "dossier/cover.jte", CoverView::of),
    SUMMARY("samenvatting", "Samenvatting", "Summary", "dossier/summary.jte", SummaryView::of),
    PRACTICE("praktijk", "Praktijk en patiëntenpopulatie", "Practice and patient population", "dossier/practice.jte", PracticeView::of),
    SPACE("ruimtebehoefte", "Ruimtebehoefte", "Space requirement", "dossier/space.jte", SpaceView::of),
    OPTIONS("opties", "Huisvestingsopties", "Housing options", "dossier/options.jte", OptionsView::of),
    INVESTMENT("investering", "Investeringsbegroting en waardering", "Investment budget and valuation", "dossier/investment.jte",
            InvestmentView::of),
    FINANCING("financiering", "Financieringsplan", "Financing plan", "dossier/financing.jte", FinancingView::of),
    OPERATIONS("exploitatie", "Exploitatie- en kasstroomprognose", "Operating and cash-flow projection", "dossier/operations.jte",
            OperationsView::of),
    RISKS("risico", "Risico's en gevoeligheid", "Risks and sensitivity", "dossier/risks.jte", RisksView::of),
    MAATWERK("maatwerk", "Onderbouwing maatwerkverzoek zorgverzekeraar", "Case for the health insurer's tailored support",
            "dossier/maatwerk.jte", MaatwerkView::of),
    APPENDICES("bijlagen", "Bijlagen", "Appendices", "dossier/appendices.jte", AppendicesView::of);

    private final String anchor;
    private final String titleNl;
    private final String titleEn;
    private final String template;
    private final Function<DossierData, ?> view;

    Chapter(String anchor, String titleNl, String titleEn, String template, Function<DossierData, ?> view) {
        this.anchor = anchor;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.template = template;
        this.view = view;
    }

    /** The id of the chapter's heading in the document (target of the table of contents). */
    public String anchor() {
        return anchor;
    }

    public String title(boolean dutch) {
        return dutch ? titleNl : titleEn;
    }

    /** The template that renders the chapter's body, relative to {@code src/main/jte}. */
    String template() {
        return template;
    }

    /** The chapter's view of the snapshot: the only parameter of its template. */
    Object view(DossierData data) {
        return view.apply(data);
    }
}
