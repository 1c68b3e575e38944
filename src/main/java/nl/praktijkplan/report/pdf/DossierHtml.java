package nl.praktijkplan.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.pdf.view.DossierData;
import nl.praktijkplan.report.pdf.view.DossierView;

/**
 * The XHTML of the financing dossier: each chapter's view, built from a {@link ReportSnapshot}, rendered by its
 * template (jte, compiled at build time from {@code src/main/jte/dossier}) inside the layout {@code dossier.jte}.
 * The templates escape every value; the Java side only gathers and formats the engine's numbers.
 */
final class DossierHtml {

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "nl.praktijkplan.report.pdf.jte");
    private static final String CSS = resource("dossier.css");
    /** Characters XML does not allow (user text may carry them from a pasted document). */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final DossierData data;

    DossierHtml(ReportSnapshot snapshot) {
        this.data = new DossierData(snapshot);
    }

    /** The charts referenced by the last {@link #render(Set)}, by element id. */
    Map<String, JFreeChart> charts() {
        return data.charts();
    }

    String title() {
        return data.l.t("Financieringsdossier huisvesting", "Housing financing dossier") + " – " + data.c.practice().name();
    }

    String render(Set<Chapter> chapters) {
        data.charts().clear();
        List<DossierView.Entry> entries = new ArrayList<>();
        for (Chapter ch : Chapter.values()) {
            if (ch != Chapter.COVER && chapters.contains(ch) && ch.appliesTo(data)) {
                entries.add(new DossierView.Entry(entries.size() + 1, ch.anchor(), ch.title(data.l.nl()),
                        ch.landscape(data.r.options().size()), body(ch)));
            }
        }
        DossierView view = new DossierView(data.l, title(), data.snapshot.preparedBy(), CSS,
                data.c.practice().name() + " – " + data.c.caseName(), data.snapshot.letterhead().firm(), data.logo(),
                chapters.contains(Chapter.COVER) ? body(Chapter.COVER) : null, entries);
        StringOutput out = new StringOutput(96 * 1024);
        TEMPLATES.render("dossier/dossier.jte", view, out);
        return NOT_XML.matcher(out.toString()).replaceAll("");
    }

    /** The chapter's view, built now, rendered by its template where the layout places it. */
    private Content body(Chapter ch) {
        Object view = ch.view(data);
        return output -> TEMPLATES.render(ch.template(), view, output);
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
