package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.Relocation;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * Reads where every word of the dossier landed (PDFBox text positions) and checks that the layout fits: each word
 * lies inside the page's printable area and no two words overlap. This catches a table wider than the page (a cut
 * "€ 1.24…") and headers written over each other ("CFADSRente + aflossing"), in every sample and both languages.
 */
class DossierLayoutTest {

    private static final float MM = 72 / 25.4f;
    /**
     * Printable area: across, the page's text column (dossier.css: @page margins 20 mm left, 18 mm right; header and
     * footer stay inside it too); down, the sheet less 8 mm at top and bottom (what office printers cannot reach),
     * since the running header and footer sit in the top and bottom margins. Half a point of tolerance.
     */
    private static final float LEFT = 20 * MM - 0.5f;
    private static final float RIGHT = 18 * MM - 0.5f;
    private static final float EDGE = 8 * MM;
    /** Two words overlap when their boxes share more than this in both directions (pt): glyph boxes are estimates. */
    private static final float SLACK = 0.8f;

    record Word(String text, float x0, float y0, float x1, float y1, List<Word> glyphs) {
        boolean overlaps(Word o) {
            return Math.min(x1, o.x1) - Math.max(x0, o.x0) > SLACK && Math.min(y1, o.y1) - Math.max(y0, o.y0) > SLACK;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" at (%.0f, %.0f)-(%.0f, %.0f) pt", text, x0, y0, x1, y1);
        }
    }

    static Stream<Arguments> dossiers() {
        return SampleCases.names().stream().flatMap(n -> Stream.of(Arguments.of(n, "nl-NL"), Arguments.of(n, "en")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dossiers")
    void everyWordInsideThePrintableAreaAndNoneOverlap(String sample, String lang) throws IOException {
        assertFits(sample, SampleCases.load(sample), lang);
    }

    /** Options a practice compares (the samples have two to four): the per-option tables still fit. */
    private static final int OPTIONS = 6;

    @org.junit.jupiter.api.Test
    void sixOptionsStillFit() throws IOException {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        List<HousingOption> options = new ArrayList<>();
        for (int i = 0; i < OPTIONS; i++) {
            HousingOption o = c.options().get(i % c.options().size());
            options.add(new HousingOption((char) ('A' + i) + ": variant " + (i + 1) + " van " + o.name(), o.type(), o.areaM2() + 10 * i,
                    o.rentPerM2(), o.serviceCostsPerM2(), o.tenantFitOut(), o.purchasePrice() * (1 + i / 10.0), o.purchaseTax(),
                    o.landCost(), o.constructionCost(), o.medicalExtras(), o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(),
                    o.buyerCosts(), o.constructionFinancingCosts(), o.valuation(), o.maintenancePct(), o.propertyTaxInsurancePerM2(),
                    o.contributions(), o.taxBasis(), 0, Relocation.NONE, o.notes(), o.loanParts()));
        }
        BusinessCase nine = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), options, c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
        assertFits(OPTIONS + " options", nine, "nl-NL");
    }

    private static void assertFits(String sample, BusinessCase c, String lang) throws IOException {
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 11, 23),
                ReportSnapshot.APP_VERSION, "A. Accountant", Locale.forLanguageTag(lang));
        byte[] pdf = new DossierExporter().render(s, EnumSet.allOf(Chapter.class));
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                List<Word> words = words(doc, p);
                for (Word w : words) {
                    if (w.x0 < LEFT || w.y0 < EDGE || w.x1 > box.getWidth() - RIGHT || w.y1 > box.getHeight() - EDGE) {
                        problems.add("page " + p + ": outside the printable area: " + w);
                    }
                }
                for (String overlap : overlaps(words)) {
                    problems.add("page " + p + ": " + overlap);
                }
            }
        }
        if (!problems.isEmpty()) { // kept for looking at
            java.nio.file.Files.write(java.nio.file.Path.of("target", "layout-" + sample.replace(' ', '-') + "-" + lang + ".pdf"), pdf);
        }
        assertTrue(problems.isEmpty(), sample + " " + lang + " (PDF in target/):\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /**
     * Pairs of words whose glyphs overlap. Compared glyph by glyph, because the text extraction joins letters written
     * over each other into one "word" ("CFADSRente"): a glyph that starts before the previous one ends is an overlap too.
     */
    static List<String> overlaps(List<Word> words) {
        record Glyph(Word word, int index, Word box) {
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (Word w : words) {
            for (int i = 0; i < w.glyphs().size(); i++) {
                glyphs.add(new Glyph(w, i, w.glyphs().get(i)));
            }
        }
        glyphs.sort(java.util.Comparator.comparingDouble(g -> g.box().y0()));
        List<String> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size() && glyphs.get(j).box().y0() < a.box().y1() - SLACK; j++) {
                Glyph b = glyphs.get(j);
                if (a.word() == b.word() && Math.abs(a.index() - b.index()) != 1) {
                    continue; // letters of one word are only compared with their neighbours
                }
                if (a.box().overlaps(b.box()) && seen.add(a.word() + "|" + b.word())) {
                    found.add(a.word() == b.word() ? a.word() + " has letters written over each other"
                            : a.word() + " overlaps " + b.word());
                }
            }
        }
        return found;
    }

    /** The words of one page with their boxes in page coordinates (origin top left), split at spaces. */
    static List<Word> words(PDDocument doc, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition t : positions) {
                    if (t.getUnicode().isBlank()) {
                        add(word);
                        word.clear();
                    } else {
                        word.add(t);
                    }
                }
                add(word);
            }

            private void add(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                List<Word> glyphs = new ArrayList<>();
                float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
                for (TextPosition t : word) {
                    text.append(t.getUnicode());
                    glyphs.add(new Word(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - t.getHeightDir(),
                            t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(), List.of()));
                    x0 = Math.min(x0, t.getXDirAdj());
                    x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                    y0 = Math.min(y0, t.getYDirAdj() - t.getHeightDir());
                    y1 = Math.max(y1, t.getYDirAdj());
                }
                words.add(new Word(text.toString(), x0, y0, x1, y1, glyphs));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.writeText(doc, Writer.nullWriter());
        return words;
    }
}
