package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.StressTest;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * Renders the dossier of every sample case and reads it back with PDFBox: the engine's figures, formatted the
 * Dutch way, must stand in the chapter where they belong; the table of contents, footers, fonts, charts and
 * metadata must be right.
 */
class DossierExporterTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    private static final DossierFormat F = new DossierFormat(NL);
    private static final Map<String, Rendered> CACHE = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    /** A rendered dossier: the result it shows and the text of each page (index 0 = page 1). */
    record Rendered(BusinessCaseResult result, Path file, List<String> pages, Map<Chapter, int[]> chapterPages) {
        String chapterText(Chapter ch) {
            int[] range = chapterPages.get(ch);
            assertNotNull(range, "chapter " + ch + " not in the table of contents");
            return String.join("\n", pages.subList(range[0] - 1, range[1]));
        }
    }

    static Stream<String> samples() {
        return SampleCases.names().stream();
    }

    @BeforeAll
    static void renderAll() throws IOException {
        for (String name : SampleCases.names()) {
            CACHE.put(name, render(name, NL, EnumSet.allOf(Chapter.class)));
        }
    }

    static Rendered render(String sample, Locale locale, EnumSet<Chapter> chapters) throws IOException {
        BusinessCaseResult result = new BusinessCaseEngine().compute(SampleCases.load(sample));
        ReportSnapshot snapshot = new ReportSnapshot(result, DATE, ReportSnapshot.APP_VERSION, "A. Accountant", locale);
        Path file = dir.resolve(sample.replace(".json", "") + "-" + locale.getLanguage() + "-" + chapters.size() + ".pdf");
        new DossierExporter().export(snapshot, chapters, file);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(normalise(stripper.getText(doc)));
            }
        }
        return new Rendered(result, file, pages, tocPages(pages, locale));
    }

    /** Whether the extracted text contains the expected string (no-break spaces read as spaces on both sides). */
    private static boolean has(String text, String expected) {
        return text.contains(normalise(expected));
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace("\r", "");
    }

    /** Reads the table of contents: "3 Ruimtebehoefte ........ 7" → chapter SPACE on pages 7 .. (next chapter − 1). */
    private static Map<Chapter, int[]> tocPages(List<String> pages, Locale locale) {
        boolean dutch = !"en".equals(locale.getLanguage());
        String toc = pages.stream().filter(p -> p.strip().startsWith(dutch ? "Inhoud" : "Contents")).findFirst().orElseThrow();
        Map<Chapter, Integer> start = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^\\d+ (.+?)[ .]*?(\\d+)$");
        for (String l : toc.split("\n")) {
            Matcher m = line.matcher(l.strip());
            if (!m.matches()) {
                continue;
            }
            String title = m.group(1).replaceAll("[ .]+$", "");
            for (Chapter ch : Chapter.values()) {
                if (ch.title(dutch).equals(title)) {
                    start.put(ch, Integer.parseInt(m.group(2)));
                }
            }
        }
        Map<Chapter, int[]> ranges = new LinkedHashMap<>();
        List<Chapter> order = new ArrayList<>(start.keySet());
        for (int i = 0; i < order.size(); i++) {
            int from = start.get(order.get(i));
            int to = i + 1 < order.size() ? start.get(order.get(i + 1)) - 1 : pages.size();
            ranges.put(order.get(i), new int[] {from, to});
        }
        return ranges;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void tocPointsToChapterStartsAndFootersCountPages(String sample) throws IOException {
        Rendered d = CACHE.get(sample);
        // The maatwerk case is part of the dossier only when something is asked of the insurer.
        EnumSet<Chapter> expected = EnumSet.complementOf(EnumSet.of(Chapter.COVER));
        if (!InsurerImpact.of(d.result(), d.result().preferred()).asked()) {
            expected.remove(Chapter.MAATWERK);
        }
        assertEquals(expected, EnumSet.copyOf(d.chapterPages().keySet()), "every chapter is listed in the table of contents");
        int n = 0;
        for (Map.Entry<Chapter, int[]> e : d.chapterPages().entrySet()) {
            n++;
            String page = d.pages().get(e.getValue()[0] - 1).strip();
            assertTrue(page.startsWith(n + " " + e.getKey().title(true)),
                    sample + ": TOC says " + e.getKey() + " starts on page " + e.getValue()[0] + " but it starts with: "
                            + page.substring(0, Math.min(80, page.length())));
        }
        int total;
        try (PDDocument doc = Loader.loadPDF(d.file().toFile())) {
            total = doc.getNumberOfPages();
        }
        assertEquals(total, d.pages().size());
        for (int p = 1; p <= total; p++) {
            assertTrue(d.pages().get(p - 1).contains("pagina " + p + " van " + total), sample + ": footer of page " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void keyFiguresStandInTheirChapters(String sample) {
        Rendered d = CACHE.get(sample);
        OptionResult pref = d.result().preferred();
        String summary = d.chapterText(Chapter.SUMMARY);
        assertEquals(1, d.chapterPages().get(Chapter.SUMMARY)[1] - d.chapterPages().get(Chapter.SUMMARY)[0] + 1,
                "the summary fits on one page");
        assertTrue(has(summary, F.money(pref.investmentTotal())), "investment in summary");
        assertTrue(has(summary, F.money(pref.financing().loan())), "loan in summary");
        assertTrue(has(summary, F.money(pref.financing().financingGap())), "gap in summary");
        assertTrue(has(summary, "DSCR jaar 1 " + F.ratio(pref.dscrYear1())), "DSCR year 1 in summary");

        String invest = d.chapterText(Chapter.INVESTMENT);
        assertTrue(has(invest, "De totale investering van de voorkeursoptie is " + F.money(pref.investmentTotal())));
        if (pref.onrendabeleTop() != null) {
            assertTrue(has(invest, "De onrendabele top van de voorkeursoptie is " + F.money(pref.onrendabeleTop())));
            assertTrue(has(invest, F.money(pref.marketValue())), "market value");
        }

        String space = d.chapterText(Chapter.SPACE);
        Integer runsOut = d.result().spaceRunsOutYear();
        assertTrue(runsOut == null ? has(space, "volstaan binnen de planhorizon") : has(space, "te klein vanaf " + runsOut),
                "year the space runs out");

        String ops = d.chapterText(Chapter.OPERATIONS);
        var y1 = pref.years().get(0);
        assertTrue(has(ops, y1.calendarYear() + " " + F.amount(y1.revenue()) + " " + F.amount(y1.gpLabourCost())), "first row of the yearly table");
        assertTrue(has(ops, y1.calendarYear() + " " + F.amount(y1.ebitda()) + " " + F.amount(y1.tax())), "first row of the cash-flow table");
        if (pref.dscrYear1() != null) {
            assertTrue(has(ops, F.amount(y1.debtService()) + " " + F.ratio(pref.dscrYear1())), "DSCR year 1 in the yearly table");
        }
        var last = pref.years().get(pref.years().size() - 1);
        assertTrue(has(ops, last.calendarYear() + " " + F.amount(last.revenue())), "the table runs to the horizon");

        String fin = d.chapterText(Chapter.FINANCING);
        assertTrue(has(fin, F.money(pref.financing().maxLoan())), "max loan in financing plan");

        String risks = d.chapterText(Chapter.RISKS);
        for (StressTest.Row s : new StressTest(new BusinessCaseEngine()).run(d.result(), d.result().options().indexOf(pref))) {
            var st = s.figures();
            assertTrue(has(risks, F.money(st.loan()) + " " + (st.dscrMinFixedPeriod() == null ? "–" : F.ratio(st.dscrMinFixedPeriod()))),
                    "stress " + s.key());
            assertTrue(has(risks, F.money(st.cashShortfall()) + " " + F.money(st.gap())), "stress " + s.key());
        }

        InsurerImpact impact = InsurerImpact.of(d.result(), pref);
        if (impact.asked()) {
            String maatwerk = d.chapterText(Chapter.MAATWERK);
            assertTrue(has(maatwerk, "Patiëntplaatsen erbij (capaciteit nieuw − huidig) " + F.count(impact.placesAdded())),
                    "places added in the maatwerk case");
            assertTrue(has(maatwerk, F.money(pref.option().contributions().insurer())), "the contribution asked");
        }

        String appendix = d.chapterText(Chapter.APPENDICES);
        // The label column is narrow beside the sources, so a label may wrap: its first words and its source.
        assertTrue(has(appendix, "LHV-bouwnorm: m² per") && has(appendix, "Handreiking huisvesting huisartsen"), "assumptions listed");
        assertTrue(has(appendix, "Disclaimer"));
    }

    /**
     * Hand-derived, from the LHV sample's inputs (option B, the preferred one, a listed building of 320 m²):
     * purchase 768,000 + transfer tax 10.4% × 768,000 = 79,872 + renovation 384,000 (VAT included) + buyer's costs
     * 15,000 = 1,246,872. Market value by BAR: 190 €/m² × 320 m² = 60,800 / 6.5% = 935,384.62.
     * Onrendabele top = 1,246,872 − 935,384.62 = 311,487.38 → "€ 311.487".
     */
    @Test
    void lhvFiguresMatchAHandCalculation() {
        Rendered d = CACHE.get("lhv-bouwadvies.json");
        String invest = d.chapterText(Chapter.INVESTMENT);
        assertTrue(has(invest, "€ 79.872"), "transfer tax");
        assertTrue(has(invest, "De totale investering van de voorkeursoptie is € 1.246.872"));
        assertTrue(has(invest, "€ 935.385"), "market value");
        assertTrue(has(invest, "De onrendabele top van de voorkeursoptie is € 311.487"));
        assertTrue(d.chapterText(Chapter.SUMMARY).contains("Totale investering € 1.246.872"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void fontsEmbeddedChartsVectorMetadataSet(String sample) throws IOException {
        Rendered d = CACHE.get(sample);
        try (PDDocument doc = Loader.loadPDF(d.file().toFile())) {
            int fonts = 0;
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                int[] counts = checkResources(page.getResources(), sample);
                fonts += counts[0];
                forms += counts[1];
            }
            assertTrue(fonts > 0, "text uses fonts");
            assertTrue(forms >= 3, "charts are drawn as vector form XObjects, found " + forms);
            PDDocumentInformation info = doc.getDocumentInformation();
            assertTrue(info.getTitle().startsWith("Financieringsdossier huisvesting"));
            assertEquals("A. Accountant", info.getAuthor());
            assertFalse(info.getSubject().isBlank());
            assertTrue(info.getKeywords().contains("onrendabele top"));
            assertEquals("Praktijkplan " + ReportSnapshot.APP_VERSION, info.getCreator());
        }
    }

    /** Fails on a font that is not embedded or on any raster image; returns {fonts, form XObjects} seen. */
    private static int[] checkResources(PDResources res, String sample) throws IOException {
        int[] counts = new int[2];
        if (res == null) {
            return counts;
        }
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            assertTrue(font.isEmbedded(), sample + ": font not embedded: " + font.getName());
            counts[0]++;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            assertFalse(x instanceof PDImageXObject, sample + ": raster image " + name + " in the dossier");
            if (x instanceof PDFormXObject form) {
                counts[1]++;
                int[] inner = checkResources(form.getResources(), sample);
                counts[0] += inner[0];
                counts[1] += inner[1];
            }
        }
        return counts;
    }

    @Test
    void englishDossierUsesEnglishTitlesAndFooters() throws IOException {
        Rendered d = render("lhv-bouwadvies.json", Locale.ENGLISH, EnumSet.allOf(Chapter.class));
        assertTrue(d.pages().get(0).contains("Housing financing dossier"));
        assertTrue(d.chapterPages().containsKey(Chapter.SUMMARY));
        assertTrue(d.chapterText(Chapter.SUMMARY).startsWith("1 Summary"));
        assertTrue(d.pages().get(1).contains("page 2 of " + d.pages().size()));
        OptionResult pref = d.result().preferred();
        assertTrue(d.chapterText(Chapter.INVESTMENT).contains("€" + new DossierFormat(Locale.ENGLISH).amount(pref.investmentTotal())));
    }

    @Test
    void selectedChaptersOnly() throws IOException {
        Rendered d = render("duo-huurpraktijk.json", NL, EnumSet.of(Chapter.SUMMARY, Chapter.FINANCING));
        assertEquals(List.of(Chapter.SUMMARY, Chapter.FINANCING), new ArrayList<>(d.chapterPages().keySet()));
        assertTrue(d.pages().get(0).strip().startsWith("Inhoud"), "without a cover the contents come first");
        assertTrue(d.chapterText(Chapter.FINANCING).strip().startsWith("2 Financieringsplan"));
    }

    @Test
    void readOnlyTargetGivesAClearMessageAndKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("readonly.pdf");
        Files.writeString(target, "old dossier");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        BusinessCaseResult result = new BusinessCaseEngine().compute(SampleCases.load("duo-huurpraktijk.json"));
        ReportSnapshot snapshot = new ReportSnapshot(result, DATE, ReportSnapshot.APP_VERSION, "x", NL);
        IOException e = assertThrows(IOException.class, () -> new DossierExporter().export(snapshot, target));
        assertTrue(e.getMessage().contains("alleen-lezen"), e.getMessage());
        assertEquals("old dossier", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void userTextIsEscaped() throws IOException {
        var c = SampleCases.load("duo-huurpraktijk.json");
        var p = c.practice();
        var practice = p.withNames("Praktijk <De Linde> & Zn \"'", p.municipality());
        var odd = new nl.praktijkplan.domain.input.BusinessCase("Casus {{body}} & meer", practice, c.staffing(), c.currentPremises(),
                c.growth(), c.income(), c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(),
                c.assumptionOverrides(), c.notes());
        ReportSnapshot snapshot = new ReportSnapshot(new BusinessCaseEngine().compute(odd), DATE, ReportSnapshot.APP_VERSION, "x & y", NL);
        Path file = dir.resolve("escaped.pdf");
        new DossierExporter().export(snapshot, EnumSet.of(Chapter.COVER, Chapter.SUMMARY), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Praktijk <De Linde> & Zn \"'"), text);
            assertTrue(text.contains("Casus {{body}} & meer"));
            // The running footer repeats the names inside a CSS string: a stray quote there would break the stylesheet.
            assertTrue(normalise(text).contains("pagina 1 van " + doc.getNumberOfPages()), "footer survives quotes in the name");
            assertEquals("x & y", doc.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void missingFolderGivesAClearMessage() {
        BusinessCaseResult result = new BusinessCaseEngine().compute(SampleCases.load("duo-huurpraktijk.json"));
        ReportSnapshot snapshot = new ReportSnapshot(result, DATE, ReportSnapshot.APP_VERSION, "x", NL);
        IOException e = assertThrows(IOException.class,
                () -> new DossierExporter().export(snapshot, dir.resolve("no-such-folder").resolve("d.pdf")));
        assertTrue(e.getMessage().contains("de map " + dir.resolve("no-such-folder") + " bestaat niet"), e.getMessage());
    }
}
