package nl.praktijkplan.report.pdf;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.CaseVariations;
import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.analysis.OptionComparison;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.assumption.Unit;
import nl.praktijkplan.domain.calc.AmortisationSchedule;
import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.InvestmentBudget;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.calc.SpaceRequirement;
import nl.praktijkplan.domain.calc.TopCoverage;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.RegionContext;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.Staffing;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.report.charts.ChartPalette;

/**
 * Turns a {@link ReportSnapshot} into the XHTML of the financing dossier: the page template
 * ({@code dossier.xhtml} and {@code dossier.css}) filled with one section per chapter. Every number is
 * the engine's, formatted by {@link DossierFormat}; the charts come from {@link BusinessCaseCharts}.
 */
final class DossierHtml {

    private static final String TEMPLATE = resource("dossier.xhtml");
    private static final String CSS = resource("dossier.css");

    private final ReportSnapshot snapshot;
    private final BusinessCaseResult r;
    private final BusinessCase c;
    private final Assumptions a;
    private final OptionResult pref;
    private final DossierFormat f;
    private final boolean nl;
    private final BusinessCaseCharts chartFactory;
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private int chapterNo;

    DossierHtml(ReportSnapshot snapshot) {
        this.snapshot = snapshot;
        this.r = snapshot.result();
        this.c = r.input();
        this.a = r.assumptions();
        this.pref = r.preferred();
        this.f = new DossierFormat(snapshot.locale());
        this.nl = f.dutch();
        this.chartFactory = new BusinessCaseCharts(snapshot.locale(), ChartPalette.PRINT);
    }

    /** The charts referenced by the last {@link #render(Set)}, by element id. */
    Map<String, JFreeChart> charts() {
        return charts;
    }

    String title() {
        return t("Financieringsdossier huisvesting", "Housing financing dossier") + " – " + c.practice().name();
    }

    String render(Set<Chapter> chapters) {
        charts.clear();
        chapterNo = 0;
        Html body = new Html();
        if (chapters.contains(Chapter.COVER)) {
            cover(body);
        }
        toc(body, chapters);
        for (Chapter ch : Chapter.values()) {
            if (ch == Chapter.COVER || !chapters.contains(ch)) {
                continue;
            }
            chapterNo++;
            body.raw("<div class=\"chapter\"><h1 id=\"" + ch.anchor() + "\">" + chapterNo + " " + Html.esc(ch.title(nl)) + "</h1>");
            switch (ch) {
                case SUMMARY -> summary(body);
                case PRACTICE -> practice(body);
                case SPACE -> space(body);
                case OPTIONS -> options(body);
                case INVESTMENT -> investment(body);
                case FINANCING -> financing(body);
                case OPERATIONS -> operations(body);
                case RISKS -> risks(body);
                case MAATWERK -> maatwerk(body);
                case APPENDICES -> appendices(body);
                default -> throw new IllegalStateException(ch.name());
            }
            body.raw("</div>");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("css", fill(CSS, Map.of(
                "running", Html.esc(cssString(c.practice().name() + " – " + c.caseName())),
                "footer", nl ? "pagina" : "page",
                "of", nl ? "van" : "of")));
        values.put("lang", nl ? "nl" : "en");
        values.put("title", Html.esc(title()));
        values.put("author", Html.esc(snapshot.preparedBy()));
        values.put("subject", Html.esc(t("Business case huisvesting huisartsenpraktijk: investering, financiering, exploitatie",
                "Housing business case of a GP practice: investment, financing, operations")));
        values.put("keywords", Html.esc(t("huisvesting, huisartsenpraktijk, financiering, onrendabele top, DSCR, maatwerk",
                "housing, GP practice, financing, unprofitable gap, DSCR, tailored support")));
        values.put("body", body.toString());
        return fill(TEMPLATE, values);
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{(\\w+)}}");

    /**
     * Replaces each {{name}} of the template in one pass, so text that was filled in (a case called "{{body}}")
     * is never read as a placeholder itself. An unknown name is a defect of the template.
     */
    static String fill(String template, Map<String, String> values) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64 * 1024);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Template placeholder without a value: " + m.group());
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ------------------------------------------------------------------ cover and contents

    private void cover(Html h) {
        h.raw("<div class=\"cover\">");
        h.tag("div", "cover-kind", t("Financieringsdossier huisvesting", "Housing financing dossier"));
        h.tag("div", "cover-practice", c.practice().name());
        h.tag("div", "cover-case", c.caseName());
        h.tag("div", "cover-for", t("Voor de bank en de zorgverzekeraar", "For the bank and the health insurer"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("Praktijk", "Practice"), c.practice().name()});
        rows.add(new String[] {t("Gemeente", "Municipality"), c.practice().municipality()});
        rows.add(new String[] {t("Casus", "Case"), c.caseName()});
        rows.add(new String[] {t("Voorkeursoptie", "Preferred option"), pref.option().name()});
        rows.add(new String[] {t("Datum", "Date"), f.date(snapshot.date())});
        rows.add(new String[] {t("Opgesteld door", "Prepared by"), snapshot.preparedBy()});
        rows.add(new String[] {t("Versie", "Version"), "Praktijkplan " + snapshot.appVersion()});
        h.raw("<table class=\"cover-meta\"><tbody>");
        for (String[] row : rows) {
            h.raw("<tr><th>").raw(Html.esc(row[0])).raw("</th><td>").raw(Html.esc(row[1])).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        h.tag("p", "cover-note", t("Alle bedragen in euro's. Alle cijfers in dit dossier zijn berekend door het rekenmodel van "
                + "Praktijkplan uit de invoer en de aannames in de bijlagen; dit document rekent zelf niets uit.",
                "All amounts in euros. Every figure in this dossier was computed by the Praktijkplan calculation model from the "
                        + "inputs and the assumptions in the appendices; this document computes nothing itself."));
        h.raw("</div>");
    }

    private void toc(Html h, Set<Chapter> chapters) {
        h.raw("<div class=\"toc\"><h1 class=\"toc-title\">").raw(t("Inhoud", "Contents")).raw("</h1><ul>");
        int n = 0;
        for (Chapter ch : Chapter.values()) {
            if (ch == Chapter.COVER || !chapters.contains(ch)) {
                continue;
            }
            n++;
            h.raw("<li><a href=\"#" + ch.anchor() + "\">" + n + " " + Html.esc(ch.title(nl)) + "</a></li>");
        }
        h.raw("</ul></div>");
    }

    // ------------------------------------------------------------------ 2 summary

    private void summary(Html h) {
        int first = c.practice().startYear();
        int last = r.projection().get(r.projection().size() - 1).calendarYear();
        double patientsNow = c.practice().patients();
        double patientsLast = r.projection().get(r.projection().size() - 1).patients();
        h.h2(t("De vraag", "The need"));
        String runsOut = r.spaceRunsOutYear() == null
                ? t("blijft de huidige huisvesting binnen de planhorizon voldoende groot.",
                    "the current premises remain large enough within the plan horizon.")
                : t("is de huidige huisvesting van " + f.m2(r.currentAreaM2()) + " te klein vanaf " + r.spaceRunsOutYear() + ".",
                    "the current premises of " + f.m2(r.currentAreaM2()) + " are too small from " + r.spaceRunsOutYear() + ".");
        h.p(t(c.practice().name() + " in " + c.practice().municipality() + " heeft nu " + f.count(patientsNow)
                        + " ingeschreven patiënten en verwacht er " + f.count(patientsLast) + " in " + last
                        + ". Volgens de ruimtebehoefte " + runsOut,
                c.practice().name() + " in " + c.practice().municipality() + " has " + f.count(patientsNow)
                        + " registered patients today and expects " + f.count(patientsLast) + " in " + last
                        + ". By the space requirement " + runsOut));
        h.h2(t("De gekozen oplossing", "The chosen solution"));
        boolean hasExtra = Math.round(pref.extraPatientsVsStay()) > 0;
        h.p(t("Voorkeursoptie: " + pref.option().name() + " (" + typeName(pref) + ", " + f.m2(pref.areaM2())
                        + ", in gebruik vanaf " + first + "). " + (hasExtra
                        ? "Deze optie biedt in " + last + " ruimte aan " + f.count(pref.extraPatientsVsStay()) + " patiënten meer dan de huidige huisvesting."
                        : "Ten opzichte van de huidige huisvesting kunnen in " + last + " geen extra patiënten worden ingeschreven."),
                "Preferred option: " + pref.option().name() + " (" + typeName(pref) + ", " + f.m2(pref.areaM2())
                        + ", in use from " + first + "). " + (hasExtra
                        ? "In " + last + " this option serves " + f.count(pref.extraPatientsVsStay()) + " more patients than staying."
                        : "Compared with staying, no extra patients can register by " + last + ".")));

        LoanCapacity fin = pref.financing();
        BankNorms norms = BankNorms.of(a);
        double dscrMin = norms.dscrMin();
        double ltvMax = norms.ltvMaxPct();
        h.h2(t("Investering en financiering", "Investment and financing"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("Totale investering", "Total investment"), f.money(pref.investmentTotal()), ""});
        if (pref.option().type().owned()) {
            rows.add(new String[] {t("Marktwaarde", "Market value"), f.money(pref.marketValue()), valuationMethod(pref)});
            rows.add(new String[] {t("Onrendabele top", "Unprofitable gap (onrendabele top)"), f.money(pref.onrendabeleTop()), ""});
        }
        rows.add(new String[] {t("Lening", "Loan"), f.money(fin.loan()),
                t("maximaal " + f.money(fin.maxLoan()), "maximum " + f.money(fin.maxLoan()))});
        rows.add(new String[] {t("Eigen vermogen", "Equity"), f.money(fin.equityUsed()), ""});
        rows.add(new String[] {t("Bijdragen derden", "Contributions of others"), f.money(fin.contributions()), ""});
        rows.add(new String[] {t("Financieringstekort", "Financing gap"), f.money(fin.financingGap()),
                fin.financingGap() > 0.5 ? t("nog te dekken", "still to be covered") : t("sluitend", "closes")});
        h.keyValues(rows);

        h.h2(t("Bankratio's", "Bank ratios"));
        List<String[]> ratios = new ArrayList<>();
        ratios.add(new String[] {t("DSCR jaar 1", "DSCR year 1"), f.ratio(pref.dscrYear1()),
                normText(norms.dscrMet(pref.dscrYear1()), "≥ " + f.ratio(dscrMin))});
        ratios.add(new String[] {t("Laagste DSCR over de looptijd", "Lowest DSCR over the term"), f.ratio(pref.dscrWorst()),
                normText(norms.dscrMet(pref.dscrWorst()), "≥ " + f.ratio(dscrMin))});
        ratios.add(new String[] {t("LTV jaar 1", "LTV year 1"), f.percentOfFraction(pref.ltvYear1()),
                normText(norms.ltvMet(pref.ltvYear1()), "≤ " + f.percent(ltvMax))
                        + (fin.bmkbGuaranteed() > 0 && Boolean.FALSE.equals(norms.ltvMet(pref.ltvYear1()))
                        ? t("; het meerdere is geborgd via BMKB", "; the excess is guaranteed by BMKB") : "")});
        h.keyValues(ratios);

        Contributions k = pref.option().contributions();
        h.h2(t("Wat wordt van wie gevraagd", "What is asked of whom"));
        List<String[]> asks = new ArrayList<>();
        asks.add(new String[] {t("Bank: lening", "Bank: loan"), f.money(fin.loan()),
                t(f.plain(a.value(LOAN_TERM)) + " jaar, " + repaymentName(), f.plain(a.value(LOAN_TERM)) + " years, " + repaymentName())});
        if (fin.bmkbGuaranteed() > 0) {
            asks.add(new String[] {t("Bank/RVO: BMKB-borgstelling", "Bank/RVO: BMKB guarantee"), f.money(fin.bmkbGuaranteed()), ""});
        }
        asks.add(new String[] {t("Zorgverzekeraar: maatwerk (segment 3)", "Health insurer: tailored support (segment 3)"), f.money(k.insurer()), ""});
        asks.add(new String[] {t("Gemeente", "Municipality"), f.money(k.municipality()), ""});
        asks.add(new String[] {t("Overige", "Other"), f.money(k.other()), ""});
        h.keyValues(asks);
    }

    private String normText(Boolean ok, String norm) {
        if (ok == null) {
            return t("geen lening", "no loan");
        }
        return (ok ? t("voldoet aan norm ", "meets norm ") : t("voldoet NIET aan norm ", "does NOT meet norm ")) + norm;
    }

    // ------------------------------------------------------------------ 3 practice

    private void practice(Html h) {
        Staffing s = c.staffing();
        h.h2(t("Team", "Team"));
        List<String[]> team = new ArrayList<>();
        team.add(new String[] {t("Praktijkhouders", "Practice holders"), f.count(c.practice().holders().size())});
        team.add(new String[] {t("Huisartsen (fte)", "GPs (FTE)"), f.plain(c.gpFteNow())});
        team.add(new String[] {t("POH-S (fte)", "Practice nurse, somatic (FTE)"), f.plain(s.pohSomaticFte())});
        team.add(new String[] {t("POH-GGZ (fte)", "Practice nurse, mental health (FTE)"), f.plain(s.pohMentalFte())});
        team.add(new String[] {t("Physician assistant (fte)", "Physician assistant (FTE)"), f.plain(s.physicianAssistantFte())});
        team.add(new String[] {t("Aios (aantal)", "GP trainees (count)"), f.count(s.aiosCount())});
        team.add(new String[] {t("Assistentes (fte)", "Assistants (FTE)"), f.plain(s.assistantFte())});
        team.add(new String[] {t("Opleidingspraktijk", "Training practice"), f.yesNo(c.practice().trainingPractice())});
        h.keyValues(team);

        h.h2(t("Patiënten", "Patients"));
        List<String[]> pop = new ArrayList<>();
        pop.add(new String[] {t("Ingeschreven patiënten nu", "Registered patients now"), f.count(c.practice().patients())});
        pop.add(new String[] {t("Aandeel 65-plussers", "Share aged 65+"), f.percent(c.practice().share65PlusPct())});
        pop.add(new String[] {t("Aandeel in opslagwijk", "Share in deprived areas (opslagwijk)"), f.percent(c.practice().shareOpslagwijkPct())});
        pop.add(new String[] {t("Bevolkingsgroei gemeente per jaar", "Municipal population growth per year"), f.percent(c.growth().municipalGrowthPct())});
        pop.add(new String[] {t("Nieuwe woningen per jaar", "New dwellings per year"),
                f.count(c.growth().newDwellingsPerYear()) + t(" gedurende " + c.growth().dwellingYears() + " jaar", " for " + c.growth().dwellingYears() + " years")});
        pop.add(new String[] {t("Personen per woning", "Persons per dwelling"), f.plain(a.value(PERSONS_PER_DWELLING))});
        pop.add(new String[] {t("Aandeel nieuwe inwoners dat zich inschrijft", "Share of new residents who register"), f.percent(c.growth().captureSharePct())});
        pop.add(new String[] {t("Vertrekkers per jaar", "Leavers per year"), f.count(c.growth().leaversPerYear())});
        pop.add(new String[] {t("Begrensd op capaciteit huisartsen", "Capped at GP capacity"), f.yesNo(c.growth().capAtCapacity())});
        h.keyValues(pop);

        h.h2(t("Prognose", "Projection"));
        h.p(t("Patiënten die zich willen inschrijven per jaar: P(t) = P(t−1)·(1+g) + nieuwe woningen × personen per woning × "
                        + "aandeel − vertrekkers. De grafiek toont ook hoeveel patiënten elke huisvestingsoptie kan bedienen.",
                "Patients who want to register per year: P(t) = P(t−1)·(1+g) + new dwellings × persons per dwelling × share − "
                        + "leavers. The chart also shows how many patients each housing option can serve."));
        addChart(h, "chart-patients", chartFactory.patientProjection(r), 85);
        List<String[]> rows = new ArrayList<>();
        for (ProjectionYear y : r.projection()) {
            rows.add(new String[] {y.year() == 0 ? t("nu", "now") : Integer.toString(y.calendarYear()), f.count(y.patients()),
                    f.decimal1(y.gpFteNeeded()), f.count(y.m2Needed())});
        }
        h.table("projection", new String[] {t("Jaar", "Year"), t("Patiënten", "Patients"), t("Huisartsen nodig (fte)", "GPs needed (FTE)"),
                t("m² nodig", "m² needed")}, new boolean[] {false, true, true, true}, rows);
    }

    // ------------------------------------------------------------------ 4 space

    private void space(Html h) {
        SpaceRequirement space = new SpaceRequirement(c.practice(), c.staffing(), c.gpFteNow(), a);
        h.h2(t("Norm", "Norm"));
        if (c.practice().spaceMethod() == SpaceMethod.NORM) {
            h.p(t("De ruimtebehoefte volgt de LHV-bouwnorm: " + f.plain(a.value(NORM_M2)) + " m² per " + f.count(a.value(NORM_PATIENTS))
                            + " ingeschreven patiënten, naar rato van het aantal patiënten.",
                    "The space requirement follows the LHV building norm: " + f.plain(a.value(NORM_M2)) + " m² per "
                            + f.count(a.value(NORM_PATIENTS)) + " registered patients, in proportion to the list."));
        } else {
            h.p(t("De ruimtebehoefte volgt een ruimteprogramma: kamers geteld uit de bezetting (die meegroeit met het aantal patiënten), "
                            + "elk met een m²-norm, plus wachtruimte en ondersteunende ruimte, maal de BVO-factor " + f.plain(a.value(BVO_FACTOR)) + ".",
                    "The space requirement follows a room programme: rooms counted from the staffing (which grows with the list), each "
                            + "with an m² norm, plus waiting and support space, times the gross/net factor " + f.plain(a.value(BVO_FACTOR)) + "."));
            SpaceRequirement.RoomProgramme now = space.roomProgramme(c.practice().patients());
            double lastPatients = r.projection().get(r.projection().size() - 1).patients();
            SpaceRequirement.RoomProgramme later = space.roomProgramme(lastPatients);
            int lastYear = r.projection().get(r.projection().size() - 1).calendarYear();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {t("Spreekkamers", "Consulting rooms"), f.count(now.consultRooms()), f.count(later.consultRooms())});
            rows.add(new String[] {t("Behandelkamers", "Treatment rooms"), f.count(now.treatmentRooms()), f.count(later.treatmentRooms())});
            rows.add(new String[] {t("POH-kamers", "Practice nurse rooms"), f.count(now.pohRooms()), f.count(later.pohRooms())});
            rows.add(new String[] {t("Assistentenruimtes", "Assistant rooms"), f.count(now.assistantRooms()), f.count(later.assistantRooms())});
            rows.add(new String[] {t("Wachtruimte (m² netto)", "Waiting area (net m²)"), f.count(now.waitingM2()), f.count(later.waitingM2())});
            rows.add(new String[] {t("Ondersteunende ruimte (m² netto)", "Support space (net m²)"), f.count(now.supportM2()), f.count(later.supportM2())});
            rows.add(new String[] {t("Netto m²", "Net m²"), f.count(now.netM2()), f.count(later.netM2())});
            rows.add(new String[] {t("Bruto m² (BVO)", "Gross m²"), f.count(now.grossM2()), f.count(later.grossM2()), "total"});
            h.table("rooms", new String[] {t("Ruimteprogramma", "Room programme"), t("nu", "now") + " (" + f.count(c.practice().patients()) + ")",
                    lastYear + " (" + f.count(lastPatients) + ")"}, new boolean[] {false, true, true}, rows);
        }
        h.p(t("Correcties: opslag lage SES " + f.percent(c.practice().lowSesUpliftPct()) + ", efficiëntiewinst (digitaal werken, gedeelde ruimtes) "
                        + f.percent(c.practice().efficiencyGainPct()) + "; opleidingspraktijk: " + f.yesNo(c.practice().trainingPractice()) + ".",
                "Adjustments: low-SES uplift " + f.percent(c.practice().lowSesUpliftPct()) + ", efficiency gain (digital working, shared rooms) "
                        + f.percent(c.practice().efficiencyGainPct()) + "; training practice: " + f.yesNo(c.practice().trainingPractice()) + "."));

        h.h2(t("Benodigd en beschikbaar", "Needed and available"));
        h.p(r.spaceRunsOutYear() == null
                ? t("De huidige " + f.m2(r.currentAreaM2()) + " volstaan binnen de planhorizon.",
                    "The current " + f.m2(r.currentAreaM2()) + " suffice within the plan horizon.")
                : t("De huidige " + f.m2(r.currentAreaM2()) + " zijn te klein vanaf " + r.spaceRunsOutYear() + ".",
                    "The current " + f.m2(r.currentAreaM2()) + " are too small from " + r.spaceRunsOutYear() + "."));
        List<String[]> opt = new ArrayList<>();
        opt.add(new String[] {t("Huidige huisvesting", "Current premises"), f.m2(r.currentAreaM2()), f.count(r.stay().capacityPatients()), f.year(r.stay().spaceRunsOutYear())});
        for (OptionResult o : r.options()) {
            opt.add(new String[] {o.option().name(), f.m2(o.areaM2()), f.count(o.capacityPatients()), f.year(o.spaceRunsOutYear())});
        }
        h.table("space-options", new String[] {t("Huisvesting", "Premises"), "m²", t("Capaciteit (patiënten)", "Capacity (patients)"),
                t("Te klein vanaf", "Too small from")}, new boolean[] {false, true, true, true}, opt);
        addChart(h, "chart-space", chartFactory.patientsAndSpace(r), 85);

        List<String[]> rows = new ArrayList<>();
        String[] header = new String[3 + r.options().size()];
        header[0] = t("Jaar", "Year");
        header[1] = t("m² nodig", "m² needed");
        header[2] = t("Huidig", "Current");
        boolean[] numeric = new boolean[header.length];
        java.util.Arrays.fill(numeric, true);
        numeric[0] = false;
        for (int i = 0; i < r.options().size(); i++) {
            header[3 + i] = optionLetter(i);
        }
        for (ProjectionYear y : r.projection()) {
            if (y.year() == 0) {
                continue;
            }
            String[] row = new String[header.length];
            row[0] = Integer.toString(y.calendarYear());
            row[1] = f.count(y.m2Needed());
            row[2] = f.count(r.currentAreaM2()) + (y.m2Needed() > r.currentAreaM2() ? " !" : "");
            for (int i = 0; i < r.options().size(); i++) {
                double area = r.options().get(i).areaM2();
                row[3 + i] = f.count(area) + (y.m2Needed() > area ? " !" : "");
            }
            rows.add(row);
        }
        h.table("space-years", header, numeric, rows);
        h.tag("p", "small", t("m² BVO; \"!\" = te klein in dat jaar. " + optionLegend(), "gross m²; \"!\" = too small in that year. " + optionLegend()));
    }

    // ------------------------------------------------------------------ 5 options

    private void options(Html h) {
        h.p(t("Elke optie is doorgerekend over " + c.practice().horizonYears() + " jaar tegen een disconteringsvoet van "
                        + f.percent(a.value(DISCOUNT_RATE)) + ". Kosten zijn contant gemaakt naar vandaag; bij kopen telt de "
                        + "restwaarde minus verkoopkosten en restschuld aan het eind als opbrengst.",
                "Each option is computed over " + c.practice().horizonYears() + " years at a discount rate of "
                        + f.percent(a.value(DISCOUNT_RATE)) + ". Costs are discounted to today; for buying, the residual value less "
                        + "selling costs and the remaining loan counts as an inflow at the end."));
        List<OptionResult> all = new ArrayList<>();
        all.add(r.stay());
        all.addAll(r.options());
        String[] header = new String[1 + all.size()];
        boolean[] numeric = new boolean[header.length];
        java.util.Arrays.fill(numeric, true);
        numeric[0] = false;
        header[0] = "";
        for (int i = 0; i < all.size(); i++) {
            header[1 + i] = i == 0 ? t("Blijven", "Stay") : optionLetter(i - 1) + (all.get(i) == pref ? " *" : "");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(optionRow(all, t("Soort", "Type"), this::typeName));
        rows.add(optionRow(all, "m²", o -> f.m2(o.areaM2())));
        rows.add(optionRow(all, t("Capaciteit (patiënten)", "Capacity (patients)"), o -> f.count(o.capacityPatients())));
        rows.add(optionRow(all, t("Te klein vanaf", "Too small from"), o -> f.year(o.spaceRunsOutYear())));
        rows.add(optionRow(all, t("Extra patiënten t.o.v. blijven", "Extra patients vs staying"), o -> f.count(o.extraPatientsVsStay())));
        rows.add(optionRow(all, t("Investering", "Investment"), o -> f.money(o.investmentTotal())));
        rows.add(optionRow(all, t("Huisvestingskosten contant over de horizon", "Housing cost over the horizon, NPV"), o -> f.money(o.rentVsBuy().npvCost())));
        rows.add(optionRow(all, t("Huren van dezelfde m² tegen markthuur, contant", "Renting the same m² at market rent, NPV"),
                o -> f.money(o.rentVsBuy().npvRentReference())));
        rows.add(optionRow(all, t("Break-evenjaar kopen t.o.v. huren", "Break-even year buy vs rent"), o -> f.year(o.rentVsBuy().breakEvenYear())));
        rows.add(optionRow(all, t("Omslaghuur per m² (jaar 1)", "Break-even rent per m² (year 1)"),
                o -> o.rentVsBuy().breakEvenRentPerM2() == null ? DossierFormat.NONE : f.money(o.rentVsBuy().breakEvenRentPerM2())));
        rows.add(optionRow(all, t("DSCR jaar 1", "DSCR year 1"), o -> f.ratio(o.dscrYear1())));
        rows.add(optionRow(all, t("Financieringstekort", "Financing gap"), o -> f.money(o.financing().financingGap())));
        h.table("options", header, numeric, rows);
        String legend = optionLegend();
        if (!legend.isEmpty()) {
            h.tag("p", "small", legend);
        }
        h.tag("p", "small", t("* voorkeursoptie. Break-evenjaar: eerste jaar waarin kopen cumulatief contant niet duurder is dan huren. "
                        + "Omslaghuur: huur per m² in jaar 1 waarbij huren over de horizon evenveel kost als kopen. Extra patiënten: "
                        + "in het laatste planjaar, vergeleken met blijven.",
                "* preferred option. Break-even year: first year in which buying is, cumulatively and discounted, not dearer than renting. "
                        + "Break-even rent: year-1 rent per m² at which renting costs the same as buying over the horizon. Extra patients: "
                        + "in the last plan year, compared with staying."));
        for (int i = 0; i < r.options().size(); i++) {
            OptionResult o = r.options().get(i);
            h.raw("<div class=\"keep\">");
            h.tag("h2", o.option().name());
            if (!o.option().notes().isBlank()) {
                h.p(o.option().notes());
            }
            addChart(h, "chart-cum-" + i, chartFactory.rentVsBuyCumulative(r, o), 75);
            h.raw("</div>");
        }
    }

    private static String[] optionRow(List<OptionResult> all, String label, java.util.function.Function<OptionResult, String> cell) {
        String[] row = new String[1 + all.size()];
        row[0] = label;
        for (int i = 0; i < all.size(); i++) {
            row[1 + i] = cell.apply(all.get(i));
        }
        return row;
    }

    // ------------------------------------------------------------------ 6 investment

    private void investment(Html h) {
        List<OptionResult> owned = r.options();
        h.h2(t("Investeringsbegroting", "Investment budget"));
        String[] header = new String[1 + owned.size()];
        header[0] = t("Kostenpost", "Cost line");
        boolean[] numeric = new boolean[header.length];
        java.util.Arrays.fill(numeric, true);
        numeric[0] = false;
        for (int i = 0; i < owned.size(); i++) {
            header[1 + i] = optionLetter(i) + (owned.get(i) == pref ? " *" : "");
        }
        List<String[]> rows = new ArrayList<>();
        addLine(rows, owned, t("Koopsom", "Purchase price"), InvestmentBudget::purchasePrice);
        addLine(rows, owned, t("Overdrachtsbelasting", "Transfer tax"), InvestmentBudget::transferTax);
        addLine(rows, owned, t("Grond", "Land"), InvestmentBudget::landCost);
        addLine(rows, owned, t("Bouwkosten", "Construction"), InvestmentBudget::constructionCost);
        addLine(rows, owned, t("Medisch-specifieke voorzieningen", "Medical-specific extras"), InvestmentBudget::medicalExtras);
        addLine(rows, owned, t("Verbouwing", "Renovation"), InvestmentBudget::renovationCost);
        addLine(rows, owned, t("Inrichting", "Fit-out"), InvestmentBudget::fitOutCost);
        addLine(rows, owned, t("Niet-verrekenbare btw", "Non-recoverable VAT"), InvestmentBudget::nonRecoverableVat);
        addLine(rows, owned, t("Kosten koper (notaris, taxatie, advies)", "Buyer's costs (notary, valuation, advice)"), InvestmentBudget::buyerCosts);
        addLine(rows, owned, t("Financieringskosten tijdens de bouw", "Financing costs during construction"), InvestmentBudget::constructionFinancingCosts);
        addLine(rows, owned, t("Inrichting huurder", "Tenant's fit-out"), InvestmentBudget::tenantFitOut);
        String[] total = new String[header.length + 1];
        total[0] = t("Totale investering", "Total investment");
        for (int i = 0; i < owned.size(); i++) {
            total[1 + i] = f.money(owned.get(i).investmentTotal());
        }
        total[header.length] = "total";
        rows.add(total);
        h.table("invest", header, numeric, rows);
        h.tag("p", "small", "* " + t("voorkeursoptie. ", "preferred option. ") + optionLegend());
        h.p(t("De totale investering van de voorkeursoptie is " + f.money(pref.investmentTotal()) + ".",
                "The total investment of the preferred option is " + f.money(pref.investmentTotal()) + "."));

        h.h2(t("Marktwaarde", "Market value"));
        List<String[]> vrows = new ArrayList<>();
        for (int i = 0; i < owned.size(); i++) {
            OptionResult o = owned.get(i);
            if (!o.option().type().owned()) {
                continue;
            }
            var v = o.option().valuation();
            String inputs = switch (v.method()) {
                case BAR -> t("markthuur ", "market rent ") + f.money(v.marketRentPerM2()) + "/m² × " + f.m2(o.areaM2())
                        + " / BAR " + f.percent(CaseVariations.initialYieldPct(c, o.option()));
                case NAR -> t("(markthuur ", "(market rent ") + f.money(v.marketRentPerM2()) + "/m² × " + f.m2(o.areaM2())
                        + t(" − eigenaarslasten ", " − owner costs ") + f.money(o.years().get(0).housingCosts()) + ") / NAR " + f.percent(CaseVariations.initialYieldPct(c, o.option()));
                case APPRAISAL -> t("taxatierapport", "appraisal report");
            };
            vrows.add(new String[] {optionLetter(i), valuationMethod(o), inputs, f.money(o.marketValue())});
        }
        if (vrows.isEmpty()) {
            h.p(t("Geen van de opties is eigendom; er is geen marktwaarde of onrendabele top.",
                    "None of the options is owned; there is no market value or unprofitable gap."));
            return;
        }
        h.table("valuation", new String[] {t("Optie", "Option"), t("Methode", "Method"), t("Invoer", "Inputs"), t("Marktwaarde", "Market value")},
                new boolean[] {false, false, false, true}, vrows);

        h.h2(t("Onrendabele top en dekking", "Unprofitable gap and its coverage"));
        h.p(t("Onrendabele top = totale investering − marktwaarde. De dekking volgt de volgorde: bijdragen van derden "
                        + "(zorgverzekeraar, gemeente, overig), dan eigen vermogen, dan het deel van de lening boven de marktwaarde; de rest is ongedekt.",
                "Unprofitable gap = total investment − market value. Coverage follows this order: contributions of others "
                        + "(insurer, municipality, other), then own equity, then the part of the loan above the market value; the rest is uncovered."));
        List<String[]> trows = new ArrayList<>();
        addTop(trows, owned, t("Onrendabele top", "Unprofitable gap"), TopCoverage::top, true);
        addTop(trows, owned, t("Zorgverzekeraar (maatwerk)", "Health insurer (tailored support)"), TopCoverage::insurer, false);
        addTop(trows, owned, t("Gemeente", "Municipality"), TopCoverage::municipality, false);
        addTop(trows, owned, t("Overige bijdragen", "Other contributions"), TopCoverage::other, false);
        addTop(trows, owned, t("Eigen vermogen", "Own equity"), TopCoverage::equity, false);
        addTop(trows, owned, t("Lening boven marktwaarde", "Loan above market value"), TopCoverage::loanAboveValue, false);
        addTop(trows, owned, t("Niet gedekt", "Uncovered"), TopCoverage::uncovered, true);
        h.table("top", header, numeric, trows);
        if (pref.onrendabeleTop() != null) {
            h.p(t("De onrendabele top van de voorkeursoptie is " + f.money(pref.onrendabeleTop()) + ".",
                    "The unprofitable gap of the preferred option is " + f.money(pref.onrendabeleTop()) + "."));
        }
    }

    private void addLine(List<String[]> rows, List<OptionResult> opts, String label, java.util.function.ToDoubleFunction<InvestmentBudget> field) {
        boolean any = opts.stream().anyMatch(o -> field.applyAsDouble(o.investment()) != 0);
        if (!any) {
            return;
        }
        String[] row = new String[1 + opts.size()];
        row[0] = label;
        for (int i = 0; i < opts.size(); i++) {
            row[1 + i] = f.money(field.applyAsDouble(opts.get(i).investment()));
        }
        rows.add(row);
    }

    private void addTop(List<String[]> rows, List<OptionResult> opts, String label, java.util.function.ToDoubleFunction<TopCoverage> field, boolean total) {
        String[] row = new String[2 + opts.size()];
        row[0] = label;
        for (int i = 0; i < opts.size(); i++) {
            OptionResult o = opts.get(i);
            row[1 + i] = o.onrendabeleTop() == null ? DossierFormat.NONE : f.money(field.applyAsDouble(o.topCoverage()));
        }
        row[1 + opts.size()] = total ? "total" : "";
        rows.add(row);
    }

    // ------------------------------------------------------------------ 7 financing

    private void financing(Html h) {
        LoanCapacity fin = pref.financing();
        Contributions k = pref.option().contributions();
        h.p(t("Financieringsplan van de voorkeursoptie: " + pref.option().name() + ".",
                "Financing plan of the preferred option: " + pref.option().name() + "."));
        h.h2(t("Bestedingen en middelen", "Uses and sources"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("Bestedingen", "Uses"), "", ""});
        rows.add(new String[] {"", t("Totale investering", "Total investment"), f.money(pref.investmentTotal())});
        if (fin.bmkbFee() > 0) {
            rows.add(new String[] {"", t("Provisie BMKB (eenmalig)", "BMKB fee (one-off)"), f.money(fin.bmkbFee())});
        }
        rows.add(new String[] {"", t("Totaal bestedingen", "Total uses"), f.money(pref.totalUses()), "total"});
        rows.add(new String[] {t("Middelen", "Sources"), "", ""});
        rows.add(new String[] {"", t("Eigen vermogen", "Own equity"), f.money(fin.equityUsed())});
        rows.add(new String[] {"", t("Lening bank", "Bank loan"), f.money(fin.loan())});
        rows.add(new String[] {"", t("Bijdrage zorgverzekeraar", "Health insurer contribution"), f.money(k.insurer())});
        rows.add(new String[] {"", t("Bijdrage gemeente", "Municipality contribution"), f.money(k.municipality())});
        rows.add(new String[] {"", t("Overige bijdragen", "Other contributions"), f.money(k.other())});
        rows.add(new String[] {"", t("Financieringstekort (nog te dekken)", "Financing gap (still to be covered)"), f.money(fin.financingGap())});
        rows.add(new String[] {"", t("Totaal middelen (incl. tekort)", "Total sources (incl. gap)"), f.money(pref.totalUses()), "total"});
        h.table("sources", new String[] {"", t("Post", "Item"), t("Bedrag", "Amount")}, new boolean[] {false, false, true}, rows);

        h.h2(t("Leencapaciteit", "Borrowing capacity"));
        List<String[]> cap = new ArrayList<>();
        cap.add(new String[] {t("CFADS jaar 1", "CFADS year 1"), f.money(fin.cfadsYear1()),
                t("resultaat vóór rente en afschrijving − belasting − privé-onttrekkingen", "result before interest and depreciation − tax − drawings")});
        cap.add(new String[] {t("Maximale rente en aflossing per jaar", "Maximum debt service per year"), f.money(fin.maxDebtService()),
                "CFADS / DSCR " + f.ratio(a.value(DSCR_MIN))});
        cap.add(new String[] {t("Maximale lening op kasstroom", "Maximum loan by cash flow"), f.money(fin.maxByCashFlow()), ""});
        cap.add(new String[] {t("Maximale lening op onderpand", "Maximum loan by collateral"), f.money(fin.maxByCollateral()),
                fin.maxByCollateral() == null ? t("geen onderpand", "no collateral") : "LTV " + f.percent(a.value(LTV_MAX)) + t(" × marktwaarde", " × market value")});
        cap.add(new String[] {t("Maximale lening (laagste van beide)", "Maximum loan (lower of the two)"), f.money(fin.maxLoan()), ""});
        cap.add(new String[] {t("Opgenomen lening (ten hoogste het maximum)", "Loan drawn (at most the maximum)"), f.money(fin.loan()), ""});
        h.keyValues(cap);

        h.h2(t("Leningsvoorwaarden", "Loan terms"));
        List<String[]> terms = new ArrayList<>();
        terms.add(assumptionRow(LOAN_RATE));
        terms.add(assumptionRow(LOAN_TERM));
        terms.add(new String[] {t("Aflossingsvorm", "Repayment"), repaymentName(), t("maandelijkse betalingen", "monthly payments")});
        terms.add(new String[] {t("Slottermijn", "Balloon"), f.percent(c.financing().balloonPct()), t("van de hoofdsom", "of the principal")});
        terms.add(assumptionRow(DSCR_MIN));
        terms.add(assumptionRow(LTV_MAX));
        h.keyValues(terms);

        if (c.financing().useBmkb()) {
            h.h2(t("BMKB-borgstelling", "BMKB state guarantee"));
            List<String[]> b = new ArrayList<>();
            b.add(new String[] {t("Geborgd deel van de lening", "Guaranteed part of the loan"), f.money(fin.bmkbGuaranteed()), ""});
            b.add(new String[] {t("Eenmalige provisie", "One-off fee"), f.money(fin.bmkbFee()), f.percent(a.value(BMKB_FEE))});
            b.add(assumptionRow(c.financing().starter() ? BMKB_STARTER_SHARE : BMKB_SHARE));
            b.add(assumptionRow(c.financing().starter() ? BMKB_STARTER_MAX : BMKB_MAX));
            h.keyValues(b);
        } else {
            h.p(t("Er wordt geen BMKB-borgstelling gebruikt.", "No BMKB state guarantee is used."));
        }

        h.raw("<div class=\"keep\">");
        addChart(h, "chart-financing", chartFactory.financingStack(pref), 75);
        h.raw("</div>");

        h.h2(t("Aflossingsschema per jaar", "Amortisation per year"));
        if (pref.financing().loan() <= 0) {
            h.p(t("Geen lening.", "No loan."));
            return;
        }
        List<String[]> am = new ArrayList<>();
        int start = c.practice().startYear();
        for (AmortisationSchedule.Year y : pref.schedule().years()) {
            am.add(new String[] {Integer.toString(start + y.year() - 1), f.amount(pref.schedule().balanceAfterYear(y.year() - 1)),
                    f.amount(y.interest()), f.amount(y.principal()), f.amount(y.debtService()), f.amount(y.balanceEnd())});
        }
        h.table("amort", new String[] {t("Jaar", "Year"), t("Schuld begin", "Balance start"), t("Rente", "Interest"),
                t("Aflossing", "Repayment"), t("Rente + aflossing", "Debt service"), t("Schuld eind", "Balance end")},
                new boolean[] {false, true, true, true, true, true}, am);
        h.tag("p", "small", t("Bedragen in euro's.", "Amounts in euros."));
    }

    private String[] assumptionRow(String key) {
        Assumption as = a.catalogue().get(key);
        // No unit column here: a number of years says so ("20 jaar"); %, € and ratios carry their own sign.
        String value = assumptionValue(as) + (as.unit() == Unit.YEARS ? " " + unitName(as) : "");
        return new String[] {as.label(nl), value, a.isOverridden(key) ? t("aangepast in deze casus", "changed in this case") : t("standaardwaarde", "default")};
    }

    // ------------------------------------------------------------------ 8 operations

    private void operations(Html h) {
        h.p(t("Exploitatie en kasstroom van de voorkeursoptie (" + pref.option().name() + ") per jaar. CFADS = resultaat vóór rente en "
                        + "afschrijving − inkomstenbelasting − privé-onttrekkingen; DSCR = CFADS / (rente + aflossing). Bedragen in euro's.",
                "Operations and cash flow of the preferred option (" + pref.option().name() + ") per year. CFADS = result before interest and "
                        + "depreciation − income tax − private drawings; DSCR = CFADS / debt service. Amounts in euros."));
        List<String[]> rows = new ArrayList<>();
        for (OperatingYear y : pref.years()) {
            rows.add(new String[] {Integer.toString(y.calendarYear()), f.count(y.patientsServed()), f.amount(y.revenue()),
                    f.amount(y.housingCosts()), f.amount(y.gpLabourCost() + y.staffAndOtherCosts()), f.amount(y.ebitda()), f.amount(y.tax()),
                    f.amount(y.drawings()), f.amount(y.cfads()), f.amount(y.debtService()), f.ratio(y.dscr())});
        }
        h.table("ops small", new String[] {t("Jaar", "Year"), t("Patiënten", "Patients"), t("Omzet", "Revenue"), t("Huisvesting", "Housing"),
                        t("Overige kosten", "Other costs"), t("Resultaat*", "Result*"), t("Belasting", "Tax"), t("Onttrekkingen", "Drawings"),
                        "CFADS", t("Rente + aflossing", "Debt service"), "DSCR"},
                new boolean[] {false, true, true, true, true, true, true, true, true, true, true}, rows);
        h.tag("p", "small", t("* resultaat vóór rente en afschrijving. Belasting wordt geschat op het resultaat na afschrijving, zonder aftrek "
                        + "van rente (voorzichtig). DSCR-norm bank: " + f.ratio(a.value(DSCR_MIN)) + ".",
                "* result before interest and depreciation. Tax is estimated on the result after depreciation, without deducting interest "
                        + "(prudent). Bank DSCR norm: " + f.ratio(a.value(DSCR_MIN)) + "."));
        if (pref.dscrYear1() != null) {
            h.raw("<div class=\"keep\">");
            addChart(h, "chart-dscr", chartFactory.dscrPerYear(pref, a.value(DSCR_MIN)), 80);
            h.raw("</div>");
        }
    }

    // ------------------------------------------------------------------ 9 risks

    private void risks(Html h) {
        h.p(t("Voor elke variant is de volledige berekening opnieuw uitgevoerd met het rekenmodel op een aangepaste kopie van de invoer; "
                        + "de tabel toont de uitkomst voor de voorkeursoptie (" + pref.option().name() + ").",
                "For each variant the full calculation was run again by the calculation model on a modified copy of the inputs; "
                        + "the table shows the result for the preferred option (" + pref.option().name() + ")."));
        List<String[]> rows = new ArrayList<>();
        for (Sensitivity.Scenario s : Sensitivity.run(r)) {
            rows.add(new String[] {s.label(nl), f.ratio(s.dscrYear1()), f.money(s.financingGap())});
        }
        h.table("sens", new String[] {t("Scenario", "Scenario"), t("DSCR jaar 1", "DSCR year 1"), t("Financieringstekort", "Financing gap")},
                new boolean[] {false, true, true}, rows);
        h.tag("p", "small", t("Bouwkosten en koopprijs: koopsom, bouw, medische voorzieningen, verbouwing en inrichting van alle opties, zoals in de tornado hieronder. "
                        + "Huur: huur per m² van huuropties en van de huidige huisvesting; de markthuur voor de waardering blijft gelijk. "
                        + "Bevolkingsgroei: de jaarlijkse bevolkingsgroei van de gemeente, die de patiëntenprognose drijft.",
                "Building cost and price: purchase price, construction, medical extras, renovation and fit-out of every option, as in the tornado below. "
                        + "Rent: rent per m² of rented options and of the current premises; the market rent used for valuation is unchanged. "
                        + "Population growth: the municipality's yearly population growth, which drives the patient projection."));
        comparisonAndTornado(h);
        h.h2(t("Voornaamste risico's", "Main risks"));
        h.raw("<ul>");
        h.tag("li", t("Tarieven: het CBb oordeelde op 18-11-2025 dat de NZa het huisvestingsdeel van de tarieven moet herberekenen; "
                        + "de uitkomst kan de omzet in beide richtingen veranderen.",
                "Tariffs: on 18-11-2025 the CBb ruled that the NZa must recalculate the housing component of the tariffs; the outcome may "
                        + "change revenue either way."));
        h.tag("li", t("Bouw- en verbouwkosten: overschrijding verhoogt de investering en de onrendabele top.",
                "Building and renovation cost: overruns raise the investment and the unprofitable gap."));
        h.tag("li", t("Rente: bij herfinanciering of renteherziening stijgen de lasten.", "Interest: refinancing or a rate reset raises the debt service."));
        h.tag("li", t("Patiëntengroei: minder groei dan verwacht verlaagt omzet en kasstroom.", "Patient growth: slower growth lowers revenue and cash flow."));
        h.tag("li", t("Waarde en courantheid: een medisch ingericht pand heeft een beperkte markt; de taxatiewaarde kan lager uitvallen.",
                "Value and marketability: a medically fitted building has a narrow market; the appraisal may come out lower."));
        h.raw("</ul>");
    }

    /** The options side by side (best value per row marked ★) and the tornado of the preferred option. */
    private void comparisonAndTornado(Html h) {
        if (r.options().isEmpty()) {
            return;
        }
        OptionComparison cmp = OptionComparison.of(r);
        h.h2(t("Opties naast elkaar", "Options side by side"));
        String[] head = new String[cmp.columns().size() + 1];
        boolean[] right = new boolean[head.length];
        head[0] = t("Kengetal", "Key figure");
        for (int i = 0; i < cmp.columns().size(); i++) {
            OptionComparison.Column col = cmp.columns().get(i);
            head[i + 1] = col.stay() ? t("Blijven", "Stay") : col.name();
            right[i + 1] = true;
        }
        List<String[]> rows = new ArrayList<>();
        for (OptionComparison.Row row : cmp.rows()) {
            String[] line = new String[head.length];
            line[0] = row.metric().label(nl);
            for (int i = 0; i < row.cells().size(); i++) {
                OptionComparison.Cell cell = row.cells().get(i);
                line[i + 1] = cmpValue(row.metric(), cell) + (cell.best() ? " ★" : "");
            }
            rows.add(line);
        }
        h.table("cmp", head, right, rows);
        h.tag("p", "small", t("★ = beste waarde van de regel. – = niet van toepassing.", "★ = best value of the row. – = not applicable."));

        int prefIndex = r.options().indexOf(pref);
        AnalysisOutput out = pref.dscrYear1() != null
                ? AnalysisOutput.DSCR_YEAR1 : AnalysisOutput.FINANCING_GAP;
        SensitivityAnalysis.Tornado tornado;
        try {
            tornado = new SensitivityAnalysis(
                    new BusinessCaseEngine(a.catalogue()))
                    .tornado(c, prefIndex, out, SensitivityAnalysis.Swing.defaults());
        } catch (IllegalArgumentException e) {
            return; // the output does not apply to the preferred option: no tornado (any other error is a defect)
        }
        boolean ratio = out == AnalysisOutput.DSCR_YEAR1;
        String outLabel = out.label(nl);
        h.h2(t("Gevoeligheid per factor (tornado)", "Sensitivity per factor (tornado)"));
        h.p(t("Elke factor is apart laag en hoog gezet, de rest gelijk; het rekenmodel is telkens opnieuw doorgerekend. Uitkomst: ",
                "Each factor was set low and high on its own, the rest unchanged; the calculation model was run again each time. Output: ")
                + outLabel + t(" van ", " of ") + pref.option().name() + t(", basis ", ", base ")
                + (ratio ? f.ratio(tornado.baseOutput()) : f.money(tornado.baseOutput())) + ".");
        List<String[]> bars = new ArrayList<>();
        for (SensitivityAnalysis.Bar b : tornado.bars()) {
            bars.add(new String[] {b.driver().label(nl),
                    shift(b.driver(), b.lowShift()) + " / " + shift(b.driver(), b.highShift()),
                    Double.isNaN(b.lowOutput()) ? "–" : ratio ? f.ratio(b.lowOutput()) : f.money(b.lowOutput()),
                    Double.isNaN(b.highOutput()) ? "–" : ratio ? f.ratio(b.highOutput()) : f.money(b.highOutput())});
        }
        h.table("tornado", new String[] {t("Factor", "Factor"), t("Laag / hoog", "Low / high"), t("Uitkomst laag", "Output low"),
                t("Uitkomst hoog", "Output high")}, new boolean[] {false, true, true, true}, bars);
        h.raw("<div class=\"keep\">");
        addChart(h, "chart-tornado", chartFactory.tornado(tornado, outLabel, pref.option().name()), 80);
        h.raw("</div>");
    }

    /** A driver's shift as the reader writes it: "+0,5 pp", "−10%" (decimal comma in Dutch, a real minus sign). */
    private String shift(Driver d, double v) {
        String num = (v > 0 ? "+" : v < 0 ? "−" : "") + f.plain(Math.abs(v));
        return num + (d.unit() == Driver.ShiftUnit.PERCENTAGE_POINTS ? " pp" : "%");
    }

    private String cmpValue(OptionComparison.Metric m,
                            OptionComparison.Cell cell) {
        if (!cell.applicable()) {
            return "–";
        }
        if (cell.value() == null) {
            return m == OptionComparison.Metric.BREAK_EVEN_YEAR ? t("nooit", "never") : "–";
        }
        double v = cell.value();
        return switch (m) {
            case AREA_M2 -> Math.round(v) + " m²";
            case DSCR_YEAR1, DSCR_WORST -> f.ratio(v);
            case BREAK_EVEN_YEAR -> String.valueOf(Math.round(v));
            case EXTRA_PATIENTS -> String.valueOf(Math.round(v));
            default -> f.money(v);
        };
    }

    // ------------------------------------------------------------------ 10 maatwerk

    private void maatwerk(Html h) {
        RegionContext reg = c.region();
        Contributions k = pref.option().contributions();
        int last = r.projection().get(r.projection().size() - 1).calendarYear();
        h.p(t("Dit hoofdstuk volgt de Leidraad continuïteit en toegankelijkheid van de zorgverzekeraars: een aantoonbaar verband "
                        + "tussen knelpunt, oplossing en effect, met cijfers.",
                "This chapter follows the insurers' Leidraad continuïteit en toegankelijkheid: a demonstrable link between bottleneck, "
                        + "solution and impact, with numbers."));
        h.h2(t("1. Het knelpunt in de regio", "1. The bottleneck in the region"));
        List<String[]> ind = new ArrayList<>();
        ind.add(new String[] {t("Huisartsendichtheid (fte per 10.000 inwoners)", "GP density (FTE per 10,000 inhabitants)"), f.plain(reg.gpPer10000Inhabitants())});
        ind.add(new String[] {t("Verwachte uitstroom huisartsen", "Expected outflow of GPs"), f.percent(reg.expectedGpOutflowPct())});
        ind.add(new String[] {t("Verzekerden zonder huisarts", "Insured people without a GP"), f.count(reg.insuredWithoutGp())});
        ind.add(new String[] {t("Bevolkingsgroei per jaar", "Population growth per year"), f.percent(reg.populationGrowthPct())});
        ind.add(new String[] {t("Aandeel 65-plussers", "Share aged 65+"), f.percent(reg.share65PlusPct())});
        ind.add(new String[] {t("Aandeel inwoners in wijken met lage SES", "Share living in low-SES neighbourhoods"), f.percent(reg.shareLowSesPct())});
        h.keyValues(ind);
        if (!reg.problem().isBlank()) {
            h.paragraphs(reg.problem());
        }
        h.p(r.spaceRunsOutYear() == null
                ? t("De huidige huisvesting (" + f.m2(r.currentAreaM2()) + ") volstaat binnen de horizon.", "The current premises (" + f.m2(r.currentAreaM2()) + ") suffice within the horizon.")
                : t("De huidige huisvesting (" + f.m2(r.currentAreaM2()) + ") is te klein vanaf " + r.spaceRunsOutYear()
                        + "; daarna kan de praktijk geen nieuwe patiënten meer inschrijven.",
                    "The current premises (" + f.m2(r.currentAreaM2()) + ") are too small from " + r.spaceRunsOutYear()
                        + "; after that the practice cannot register new patients."));
        h.h2(t("2. De oplossing", "2. The solution"));
        h.p(t(pref.option().name() + " (" + typeName(pref) + ", " + f.m2(pref.areaM2()) + "), met ruimte voor "
                        + f.count(pref.capacityPatients()) + " patiënten. Totale investering " + f.money(pref.investmentTotal()) + ".",
                pref.option().name() + " (" + typeName(pref) + ", " + f.m2(pref.areaM2()) + "), with room for "
                        + f.count(pref.capacityPatients()) + " patients. Total investment " + f.money(pref.investmentTotal()) + "."));
        h.h2(t("3. Het effect", "3. The impact"));
        double servedPref = pref.years().get(pref.years().size() - 1).patientsServed();
        double servedStay = r.stay().years().get(r.stay().years().size() - 1).patientsServed();
        List<String[]> imp = new ArrayList<>();
        imp.add(new String[] {t("Patiënten bediend in " + last + " bij blijven", "Patients served in " + last + " when staying"), f.count(servedStay)});
        imp.add(new String[] {t("Patiënten bediend in " + last + " met de oplossing", "Patients served in " + last + " with the solution"), f.count(servedPref)});
        imp.add(new String[] {t("Extra patiënten die zich kunnen inschrijven", "Extra patients who can register"), f.count(pref.extraPatientsVsStay())});
        h.keyValues(imp);
        h.h2(t("4. De gevraagde bijdrage", "4. The contribution asked"));
        List<String[]> ask = new ArrayList<>();
        ask.add(new String[] {t("Onrendabele top", "Unprofitable gap"), f.money(pref.onrendabeleTop())});
        ask.add(new String[] {t("Gevraagd van de zorgverzekeraar (maatwerk, segment 3)", "Asked of the health insurer (tailored support, segment 3)"), f.money(k.insurer())});
        ask.add(new String[] {t("Gevraagd van de gemeente", "Asked of the municipality"), f.money(k.municipality())});
        ask.add(new String[] {t("Gevraagd van overige partijen", "Asked of others"), f.money(k.other())});
        ask.add(new String[] {t("Financieringstekort na deze bijdragen", "Financing gap after these contributions"), f.money(pref.financing().financingGap())});
        Double perExtraPatient = pref.insurerContributionPerExtraPatient();
        String perPatient = perExtraPatient == null ? DossierFormat.NONE : f.money(perExtraPatient);
        ask.add(new String[] {t("Bijdrage zorgverzekeraar per extra patiënt", "Insurer contribution per extra patient"), perPatient});
        h.keyValues(ask);
        h.tag("p", "small", t("Bijdrage per extra patiënt = gevraagde bijdrage zorgverzekeraar / extra patiënten in " + last + ".",
                "Contribution per extra patient = amount asked of the insurer / extra patients in " + last + "."));
        h.h2(t("5. Monitoring", "5. Monitoring"));
        if (!reg.monitoring().isBlank()) {
            h.paragraphs(reg.monitoring());
        }
        h.p(t("De praktijk rapporteert jaarlijks aan de zorgverzekeraar het aantal ingeschreven patiënten, het aantal nieuwe inschrijvingen "
                        + "en de DSCR uit de jaarrekening, afgezet tegen de prognose in dit dossier.",
                "Each year the practice reports to the insurer the number of registered patients, new registrations and the DSCR "
                        + "from the annual accounts, against the projection in this dossier."));
    }

    // ------------------------------------------------------------------ 11 appendices

    private void appendices(Html h) {
        h.h2(t("A. Aannames", "A. Assumptions"));
        List<String[]> rows = new ArrayList<>();
        for (Assumption as : a.catalogue().all()) {
            boolean over = a.isOverridden(as.key());
            rows.add(new String[] {as.label(nl), assumptionValue(as), unitName(as), confidenceName(as),
                    over ? t("ja", "yes") : "", as.source()});
        }
        h.table("assumptions small", new String[] {t("Aanname", "Assumption"), t("Waarde", "Value"), t("Eenheid", "Unit"),
                        t("Zekerheid", "Confidence"), t("Aangepast", "Changed"), t("Bron", "Source")},
                new boolean[] {false, true, false, false, false, false}, rows);
        h.tag("p", "small", t("Zekerheid: hoog = gepubliceerd cijfer; middel = gepubliceerde bandbreedte of marktpraktijk; "
                        + "laag = illustratieve aanname van Praktijkplan, controleer voor uw praktijk. Aangepast: waarde in deze casus gewijzigd ten opzichte van de standaard.",
                "Confidence: high = published figure; medium = published range or market practice; low = Praktijkplan's illustrative "
                        + "default, check it for your practice. Changed: value changed in this case from the default."));
        if (!c.notes().isBlank()) {
            h.h2(t("B. Toelichting bij de casus", "B. Notes on the case"));
            h.p(c.notes());
        }
        h.h2(t("C. Werkwijze van de berekeningen", "C. How the calculations work"));
        for (String[] m : methodology()) {
            h.tag("h3", m[0]);
            h.p(m[1]);
        }
        h.h2(t("D. Disclaimer", "D. Disclaimer"));
        h.p(t("Dit dossier is een prognose op basis van de ingevoerde gegevens en de aannames hierboven. Het is geen taxatie, geen "
                        + "kredietbeoordeling en geen toezegging van een bank of zorgverzekeraar. Zorgverzekeraars kennen geen automatisch "
                        + "recht op maatwerkfinanciering toe. Laat belangrijke cijfers (jaarrekening, taxatie, bouwbegroting) controleren door "
                        + "een deskundige. Praktijkplan " + snapshot.appVersion() + ", opgesteld op " + f.date(snapshot.date()) + ".",
                "This dossier is a projection from the inputs and the assumptions above. It is not an appraisal, not a credit assessment "
                        + "and not a commitment of a bank or health insurer. Insurers grant no automatic right to tailored funding. Have key "
                        + "figures (annual accounts, appraisal, building budget) checked by an expert. Praktijkplan " + snapshot.appVersion()
                        + ", prepared on " + f.date(snapshot.date()) + "."));
    }

    private List<String[]> methodology() {
        List<String[]> m = new ArrayList<>();
        m.add(new String[] {t("Patiëntenprognose", "Patient projection"), t(
                "Per planjaar: patiënten vorig jaar × (1 + bevolkingsgroei) + nieuwe woningen × personen per woning × aandeel dat zich "
                        + "inschrijft − vertrekkers; desgewenst begrensd op de capaciteit (fte huisarts × patiënten per fte, nooit onder de huidige lijst).",
                "Per plan year: last year's patients × (1 + population growth) + new dwellings × persons per dwelling × share who register "
                        + "− leavers; optionally capped at the capacity (GP FTE × patients per FTE, never below today's list).")});
        m.add(new String[] {t("Ruimtebehoefte", "Space requirement"), t(
                "LHV-norm: norm-m² × patiënten / normpatiënten (plus een spreekkamer per aios in een opleidingspraktijk), of een "
                        + "ruimteprogramma: hele kamers uit de bezetting, die meegroeit met de patiënten, maal m²-normen, plus wacht- en "
                        + "ondersteunende ruimte, maal de BVO-factor. Daarna × (1 + opslag lage SES) × (1 − efficiëntiewinst). Het jaar waarin "
                        + "de ruimte opraakt is het eerste jaar waarin de benodigde m² de beschikbare overschrijden.",
                "LHV norm: norm m² × patients / norm patients (plus a consulting room per trainee in a training practice), or a room "
                        + "programme: whole rooms from the staffing, which grows with the list, times m² norms, plus waiting and support space, "
                        + "times the gross/net factor. Then × (1 + low-SES uplift) × (1 − efficiency gain). The space runs out in the first "
                        + "year in which the m² needed exceed the m² available.")});
        m.add(new String[] {t("Bediende patiënten", "Patients served"), t(
                "Een optie bedient de vraag tot haar capaciteit (de grootste lijst die in haar m² past); een praktijk houdt de patiënten "
                        + "die ze heeft, ook als de ruimte te klein is. Extra patiënten = bediend in het laatste planjaar min bediend bij blijven.",
                "An option serves the demand up to its capacity (the largest list that fits its m²); a practice keeps the patients it has, "
                        + "even in premises that are too small. Extra patients = served in the last plan year minus served when staying.")});
        m.add(new String[] {t("Omzet en kosten", "Revenue and costs"), t(
                "Omzet per patiënt uit de NZa-tarieven (4 kwartalen × (inschrijftarief + opslag wijk naar aandeel + POH-GGZ + MTVP) + "
                        + "consulten × consulttarief), geïndexeerd na het laatst gepubliceerde jaar, of uit de jaarrekening; plus overige omzet. "
                        + "Overige kosten: een vast deel en een deel dat meebeweegt met het aantal patiënten, geïndexeerd. Bedragen voor jaar 1 "
                        + "groeien met hun index: bedrag_t = bedrag_1 × (1+i)^(t−1).",
                "Revenue per patient from the NZa tariffs (4 quarters × (registration tariff + deprived-area supplement by share + "
                        + "POH-GGZ + MTVP) + consultations × consultation tariff), indexed after the last published year, or from the annual "
                        + "accounts; plus other revenue. Other costs: a fixed part and a part that moves with the patients, indexed. Year-1 "
                        + "amounts grow with their index: amount_t = amount_1 × (1+i)^(t−1).")});
        m.add(new String[] {t("Investering en marktwaarde", "Investment and market value"), t(
                "Investering = alle kosten op t = 0: koopsom, overdrachtsbelasting, grond, bouw, medische voorzieningen, verbouwing, "
                        + "inrichting, niet-verrekenbare btw, kosten koper en bouwrente. Marktwaarde: markthuur / BAR, of (markthuur − "
                        + "eigenaarslasten) / NAR, of een taxatie. Onrendabele top = investering − marktwaarde (minimaal 0).",
                "Investment = every cost at t = 0: purchase price, transfer tax, land, construction, medical extras, renovation, fit-out, "
                        + "non-recoverable VAT, buyer's costs and construction interest. Market value: market rent / gross yield (BAR), or "
                        + "(market rent − owner costs) / net yield (NAR), or an appraisal. Unprofitable gap = investment − market value (at least 0).")});
        m.add(new String[] {t("Leencapaciteit", "Borrowing capacity"), t(
                "CFADS = resultaat vóór rente en afschrijving − inkomstenbelasting − privé-onttrekkingen. Maximale rente en aflossing = "
                        + "CFADS jaar 1 / DSCR-norm; de maximale lening op kasstroom is de grootste lening waarvan de lasten in jaar 1 daarbinnen "
                        + "blijven. Op onderpand: LTV-norm × marktwaarde (met BMKB ruimer). De maximale lening is de laagste van beide; het "
                        + "financieringstekort = investering + BMKB-provisie − eigen vermogen − maximale lening − bijdragen (minimaal 0).",
                "CFADS = result before interest and depreciation − income tax − private drawings. Maximum debt service = CFADS year 1 / "
                        + "DSCR norm; the maximum loan by cash flow is the largest loan whose year-1 debt service stays within it. By collateral: "
                        + "LTV norm × market value (more with BMKB). The maximum loan is the lower of the two; financing gap = investment + BMKB "
                        + "fee − equity − maximum loan − contributions (at least 0).")});
        m.add(new String[] {t("Lening", "Loan"), t(
                "Maandelijkse betalingen tegen de nominale jaarrente / 12. Annuïteit: vaste betaling L·m / (1 − (1+m)^−N); lineair: "
                        + "vaste aflossing per maand plus rente over de restschuld. Een slottermijn blijft aan het eind van de looptijd staan en "
                        + "wordt daarna aflossingsvrij voortgezet. Rente + aflossing per jaar = som van twaalf betalingen; DSCR = CFADS / rente + aflossing; "
                        + "LTV = schuld begin jaar / marktwaarde begin jaar.",
                "Monthly payments at the nominal yearly rate / 12. Annuity: fixed payment L·m / (1 − (1+m)^−N); linear: fixed monthly "
                        + "repayment plus interest on the balance. A balloon stays outstanding at the end of the term and is then carried "
                        + "interest-only. Yearly debt service = the sum of twelve payments; DSCR = CFADS / debt service; LTV = balance at the "
                        + "start of the year / market value at the start of the year.")});
        m.add(new String[] {t("Huren of kopen", "Rent or buy"), t(
                "Kosten contant gemaakt tegen de disconteringsvoet, met kasstromen aan het eind van elk jaar (CW = K_t / (1+d)^t) en "
                        + "investeringen op t = 0. Huren: inrichting, huur en servicekosten. Kopen: eigen inbreng en aankoopkosten op t = 0, dan "
                        + "rente en aflossing plus eigenaarslasten, en aan het eind de waarde minus verkoopkosten minus restschuld als opbrengst. "
                        + "Een eigendomsoptie wordt vergeleken met het huren van dezelfde m² tegen markthuur; het break-even jaar is het eerste "
                        + "jaar waarin kopen cumulatief niet duurder is.",
                "Costs discounted at the discount rate, with cash flows at the end of each year (PV = CF_t / (1+d)^t) and investments at "
                        + "t = 0. Renting: fit-out, rent and service costs. Buying: own money and purchase costs at t = 0, then debt service and "
                        + "owner costs, and at the end the value less selling costs less the remaining loan as an inflow. An owned option is "
                        + "compared with renting the same m² at market rent; the break-even year is the first year in which buying is "
                        + "cumulatively not dearer.")});
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private void addChart(Html h, String id, JFreeChart chart, int heightMm) {
        charts.put(id, chart);
        h.chart(id, heightMm);
    }

    private String t(String dutch, String english) {
        return nl ? dutch : english;
    }

    private String optionLetter(int i) {
        String name = r.options().get(i).option().name();
        int colon = name.indexOf(':');
        return colon > 0 && colon <= 3 ? name.substring(0, colon) : t("Optie ", "Option ") + (i + 1);
    }

    private String optionLegend() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.options().size(); i++) {
            String letter = optionLetter(i);
            String name = r.options().get(i).option().name();
            if (!name.startsWith(letter)) {
                sb.append(letter).append(" = ").append(name).append(". ");
            }
        }
        return sb.toString().trim();
    }

    private String typeName(OptionResult o) {
        return switch (o.option().type()) {
            case STAY -> t("blijven", "stay");
            case RENT -> t("huren", "rent");
            case BUY_EXISTING -> t("kopen", "buy");
            case NEW_BUILD -> t("nieuwbouw", "new build");
            case RENOVATE -> t("verbouw", "renovation");
        };
    }

    private String valuationMethod(OptionResult o) {
        HousingOption opt = o.option();
        return switch (opt.valuation().method()) {
            case BAR -> t("BAR-methode", "gross yield (BAR)");
            case NAR -> t("NAR-methode", "net yield (NAR)");
            case APPRAISAL -> t("taxatie", "appraisal");
        };
    }

    private String repaymentName() {
        return switch (c.financing().repayment()) {
            case ANNUITY -> t("annuïtair", "annuity");
            case LINEAR -> t("lineair", "linear");
        };
    }

    private String assumptionValue(Assumption as) {
        double v = a.value(as.key());
        return switch (as.unit()) {
            case EUR -> f.money(v);
            case EUR_PER_QUARTER, EUR_PER_M2 -> v == Math.rint(v) ? f.money(v) : f.moneyCents(v);
            case PERCENT -> f.percent(v);
            case RATIO -> f.ratio(v);
            default -> f.plain(v);
        };
    }

    private String unitName(Assumption as) {
        return switch (as.unit()) {
            case EUR -> "€";
            case EUR_PER_QUARTER -> t("€ per kwartaal", "€ per quarter");
            case EUR_PER_M2 -> "€/m²";
            case M2 -> "m²";
            case PATIENTS -> t("patiënten", "patients");
            case PERCENT -> "%";
            case YEARS -> t("jaar", "years");
            case COUNT -> t("aantal", "count");
            case FACTOR -> t("factor", "factor");
            case RATIO -> t("ratio", "ratio");
        };
    }

    private String confidenceName(Assumption as) {
        return switch (as.confidence()) {
            case HIGH -> t("hoog", "high");
            case MEDIUM -> t("middel", "medium");
            case LOW -> t("laag", "low");
        };
    }

    /** Text inside a double-quoted CSS string: backslash, quote and line breaks escaped. */
    static String cssString(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ');
    }

    private static String resource(String name) {
        try (InputStream in = DossierHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
