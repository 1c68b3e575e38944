package nl.praktijkplan.report.pdf;

import java.util.function.Function;
import java.util.function.Predicate;

import nl.praktijkplan.domain.calc.InsurerImpact;

import nl.praktijkplan.report.pdf.view.AppendicesView;
import nl.praktijkplan.report.pdf.view.ApplicantsView;
import nl.praktijkplan.report.pdf.view.CoverView;
import nl.praktijkplan.report.pdf.view.DossierData;
import nl.praktijkplan.report.pdf.view.FinancingView;
import nl.praktijkplan.report.pdf.view.InvestmentView;
import nl.praktijkplan.report.pdf.view.LiquidityView;
import nl.praktijkplan.report.pdf.view.LocationView;
import nl.praktijkplan.report.pdf.view.MaatwerkView;
import nl.praktijkplan.report.pdf.view.OperationsView;
import nl.praktijkplan.report.pdf.view.OptionsView;
import nl.praktijkplan.report.pdf.view.PastYearsView;
import nl.praktijkplan.report.pdf.view.PracticeView;
import nl.praktijkplan.report.pdf.view.RisksView;
import nl.praktijkplan.report.pdf.view.SecuritiesView;
import nl.praktijkplan.report.pdf.view.SpaceView;
import nl.praktijkplan.report.pdf.view.SummaryView;

/**
 * The chapters of the financing dossier, in the order they appear. Each names its template (under
 * {@code src/main/jte}) and the view its template is given: a new chapter is a constant, a view record and a template.
 */
public enum Chapter {
    COVER("cover", "Voorblad", "Cover", "dossier/cover.jte", CoverView::of),
    SUMMARY("samenvatting", "Samenvatting", "Summary", "dossier/summary.jte", SummaryView::of),
    APPLICANTS("aanvragers", "Aanvragers en rechtsvorm", "Applicants and legal form", "dossier/applicants.jte", ApplicantsView::of),
    PAST_YEARS("jaarcijfers", "Cijfers van de afgelopen jaren", "Figures of the past years", "dossier/pastyears.jte",
            PastYearsView::of),
    PRACTICE("praktijk", "Praktijk en patiëntenpopulatie", "Practice and patient population", "dossier/practice.jte", PracticeView::of),
    SPACE("ruimtebehoefte", "Ruimtebehoefte", "Space requirement", "dossier/space.jte", SpaceView::of, 3),
    OPTIONS("opties", "Huisvestingsopties", "Housing options", "dossier/options.jte", OptionsView::of, 2),
    /** Per option a score column beside the criterion and its weight. */
    LOCATION("locatie", "Keuze van de locatie", "Choice of location", "dossier/location.jte", LocationView::of, 2),
    INVESTMENT("investering", "Investeringsbegroting en waardering", "Investment budget and valuation", "dossier/investment.jte",
            InvestmentView::of, 1),
    FINANCING("financiering", "Financieringsplan", "Financing plan", "dossier/financing.jte", FinancingView::of),
    SECURITIES("zekerheden", "Zekerheden en bestaande financieringen", "Securities and existing financing",
            "dossier/securities.jte", SecuritiesView::of),
    /** Landscape: eleven columns per year do not fit a portrait page. */
    OPERATIONS("exploitatie", "Exploitatie- en kasstroomprognose", "Operating and cash-flow projection", "dossier/operations.jte",
            OperationsView::of, 1000),
    LIQUIDITY("liquiditeit", "Liquiditeitsbegroting", "Cash-flow forecast", "dossier/liquidity.jte", LiquidityView::of),
    RISKS("risico", "Risico's en gevoeligheid", "Risks and sensitivity", "dossier/risks.jte", RisksView::of, 2),
    MAATWERK("maatwerk", "Onderbouwing maatwerkverzoek zorgverzekeraar", "Case for the health insurer's tailored support",
            "dossier/maatwerk.jte", MaatwerkView::of, 1, d -> InsurerImpact.of(d.r, d.pref).asked()),
    APPENDICES("bijlagen", "Bijlagen", "Appendices", "dossier/appendices.jte", AppendicesView::of);

    private final String anchor;
    private final String titleNl;
    private final String titleEn;
    private final String template;
    private final Function<DossierData, ?> view;
    /** Columns of the chapter's widest table besides one per option (1000: always landscape; 0: none per option). */
    private final int columnsBesideOptions;
    /** Whether the chapter belongs in the dossier of this case (the maatwerk case only when the insurer is asked). */
    private final Predicate<DossierData> applies;

    /**
     * The most columns a table shows on a portrait page: nine money columns of "€ 1.234.567" and a label fill the
     * 172 mm text column. A chapter with a wider table is set on landscape pages (259 mm, about 14 such columns).
     */
    static final int MAX_PORTRAIT_COLUMNS = 9;

    Chapter(String anchor, String titleNl, String titleEn, String template, Function<DossierData, ?> view) {
        this(anchor, titleNl, titleEn, template, view, 0);
    }

    Chapter(String anchor, String titleNl, String titleEn, String template, Function<DossierData, ?> view, int columnsBesideOptions) {
        this(anchor, titleNl, titleEn, template, view, columnsBesideOptions, d -> true);
    }

    Chapter(String anchor, String titleNl, String titleEn, String template, Function<DossierData, ?> view, int columnsBesideOptions,
            Predicate<DossierData> applies) {
        this.anchor = anchor;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.template = template;
        this.view = view;
        this.columnsBesideOptions = columnsBesideOptions;
        this.applies = applies;
    }

    /** Whether the chapter is part of this case's dossier. */
    boolean appliesTo(DossierData data) {
        return applies.test(data);
    }

    /** Whether the chapter is set on landscape pages: its widest table, with this many options, is too wide for portrait. */
    boolean landscape(int options) {
        return columnsBesideOptions > 0 && columnsBesideOptions + options > MAX_PORTRAIT_COLUMNS;
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
