package nl.praktijkplan.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import nl.praktijkplan.io.AtomicFiles;
import nl.praktijkplan.io.FileSink;
import nl.praktijkplan.io.FileWriteException;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * Writes the PDF financing dossier of a {@link ReportSnapshot}: XHTML from {@link DossierHtml}, laid out by
 * openhtmltopdf on PDFBox with the embedded DejaVu Sans Condensed font and vector charts. The file is written
 * atomically: a reader sees the old dossier or the new one, never half of it.
 */
public final class DossierExporter {

    private static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final String FONTS = "/nl/praktijkplan/report/pdf/fonts/";
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();
    private static final MetricsCache FONT_METRICS = new MetricsCache();

    static {
        // openhtmltopdf logs every export at INFO (fonts loaded, selectors matched); keep only its warnings.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private final FileSink sink;

    public DossierExporter() {
        this(AtomicFiles::write);
    }

    /** @param sink where the file goes: {@link AtomicFiles#write} (tests pass one that simulates a full disk) */
    public DossierExporter(FileSink sink) {
        this.sink = sink;
    }

    /** Exports every chapter. */
    public void export(ReportSnapshot snapshot, Path target) throws IOException {
        export(snapshot, EnumSet.allOf(Chapter.class), target);
    }

    /**
     * Exports the given chapters (a table of contents is always included).
     *
     * @throws FileWriteException with a sentence in the snapshot's language when the target cannot be written
     *                            (read-only, in use, missing folder, full disk); the existing file is then left untouched
     */
    public void export(ReportSnapshot snapshot, Set<Chapter> chapters, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        try {
            AtomicFiles.checkWritable(target); // before the work of rendering
            byte[] pdf = render(snapshot, chapters);
            sink.write(target, out -> out.write(pdf));
        } catch (FileWriteException e) {
            throw e.in(snapshot.dutch());
        }
    }

    /** The dossier as PDF bytes. */
    public byte[] render(ReportSnapshot snapshot, Set<Chapter> chapters) throws IOException {
        DossierHtml html = new DossierHtml(snapshot);
        String xhtml = html.render(chapters.isEmpty() ? EnumSet.allOf(Chapter.class) : chapters);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer("jfreechart", new ChartDrawer(html.charts()));

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // The charts ask for the AWT logical fonts; mapping those families to the same files keeps chart text
        // real, searchable text in an embedded font instead of a non-embedded base-14 Helvetica.
        for (String family : new String[] {FONT_FAMILY, "SansSerif", "Dialog"}) {
            builder.useFont(() -> font("DejaVuSansCondensed.ttf"), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSansCondensed-Oblique.ttf"), family, 400, FontStyle.ITALIC, true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.useObjectDrawerFactory(drawers);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Praktijkplan " + snapshot.appVersion() + " (openhtmltopdf, PDFBox)");

        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            // Title, author, subject and keywords come from the template's <title> and <meta> tags.
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreator("Praktijkplan " + snapshot.appVersion());
            Calendar created = GregorianCalendar.from(snapshot.date().atStartOfDay(java.time.ZoneId.systemDefault()));
            info.setCreationDate(created);
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        return new java.io.ByteArrayInputStream(FONT_BYTES.computeIfAbsent(name, DossierExporter::readFont));
    }

    private static byte[] readFont(String name) {
        try (InputStream in = DossierExporter.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parsed font metrics shared between exports (openhtmltopdf's documented cache); fonts are immutable. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
