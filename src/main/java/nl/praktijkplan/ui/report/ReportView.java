package nl.praktijkplan.ui.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.pdf.Chapter;
import nl.praktijkplan.report.pdf.DossierExporter;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.LazyUpdate;
import nl.praktijkplan.ui.preferences.Preferences;

/**
 * The Rapport chapter: who prepares the report, which dossier chapters go in, the export buttons, and a preview
 * of the dossier's first pages. The preview is rendered on a background thread a second after the last change
 * (and only while the chapter is on screen), so typing in a field never waits for the PDF.
 */
public final class ReportView {

    /** Pages shown in the preview. */
    public static final int PREVIEW_PAGES = 3;
    private static final float PREVIEW_DPI = 48f;
    /** Height of a page in the preview; an A4 page at 48 dpi is 561 px high and is scaled down smoothly. */
    private static final double PAGE_HEIGHT = 430;
    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "praktijkplan-preview");
        t.setDaemon(true);
        return t;
    });

    private final CaseViewModel vm;
    private final I18n i18n;
    private final Preferences prefs;
    private final ReportExports exports;
    private final Map<Chapter, CheckBox> chapterBoxes = new EnumMap<>(Chapter.class);
    private final HBox pages = new HBox(12);
    private final ProgressIndicator previewBusy = new ProgressIndicator();
    private final Label previewStatus = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.seconds(1));
    private final VBox inputs;
    private final VBox preview;
    private final LazyUpdate lazy;
    private volatile long generation;

    public ReportView(CaseViewModel vm, I18n i18n, Preferences prefs, ReportExports exports) {
        this.vm = vm;
        this.i18n = i18n;
        this.prefs = prefs;
        this.exports = exports;
        this.inputs = buildInputs();
        this.preview = buildPreview();
        debounce.setOnFinished(e -> render());
        lazy = new LazyUpdate(pages, debounce::playFromStart);
        vm.on(vm.resultProperty(), lazy::request);
        // The first preview as soon as the chapter is shown.
        lazy.request();
    }

    public Node inputs() {
        return inputs;
    }

    public Node preview() {
        return preview;
    }

    /** The dossier chapters ticked. */
    public Set<Chapter> chosenChapters() {
        Set<Chapter> set = EnumSet.noneOf(Chapter.class);
        chapterBoxes.forEach((c, box) -> {
            if (box.isSelected()) {
                set.add(c);
            }
        });
        return set;
    }

    /** A labelled text setting of the letterhead, kept in the preferences (blank = none). */
    private VBox setting(String key, String id, String value, java.util.function.Consumer<String> store) {
        return setting(key, id, value, store, new TextField(value == null ? "" : value));
    }

    private VBox setting(String key, String id, String value, java.util.function.Consumer<String> store, TextField field) {
        Label label = new Label(i18n.t(key));
        field.setId(id);
        field.setPrefColumnCount(24);
        label.setLabelFor(field);
        field.textProperty().addListener((o, a, b) -> {
            store.accept(b == null || b.isBlank() ? null : b.strip());
            lazy.request();
        });
        return new VBox(4, label, field);
    }

    private VBox buildInputs() {
        Label who = new Label(i18n.t("report.preparedBy"));
        TextField preparedBy = new TextField(prefs.preparedBy == null ? "" : prefs.preparedBy);
        preparedBy.setId("preparedBy");
        preparedBy.setPrefColumnCount(24);
        who.setLabelFor(preparedBy);
        preparedBy.textProperty().addListener((o, a, b) -> {
            prefs.preparedBy = b == null || b.isBlank() ? null : b.strip();
            lazy.request();
        });
        VBox whoBox = new VBox(4, who, preparedBy, setting("report.firm", "firm", prefs.firm, v -> prefs.firm = v));
        TextField logoPath = new TextField(prefs.logo == null ? "" : prefs.logo);
        Button chooseLogo = new Button(i18n.t("report.logo.choose"));
        chooseLogo.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.t("report.logo"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg"));
            java.io.File file = chooser.showOpenDialog(chooseLogo.getScene() == null ? null : chooseLogo.getScene().getWindow());
            if (file != null) {
                logoPath.setText(file.getAbsolutePath());
            }
        });
        VBox logoBox = setting("report.logo", "logo", prefs.logo, v -> prefs.logo = v, logoPath);
        HBox.setHgrow(logoPath, javafx.scene.layout.Priority.ALWAYS);
        // The field leaves the box before it joins the row: setting a child that is already in the list fails.
        logoBox.getChildren().remove(logoPath);
        logoBox.getChildren().add(new HBox(6, logoPath, chooseLogo));
        whoBox.getChildren().add(logoBox);

        Label chaptersTitle = new Label(i18n.t("report.chapters"));
        chaptersTitle.getStyleClass().add(Styles.TITLE_4);
        VBox boxes = new VBox(4);
        boxes.setId("chapterChoices");
        for (Chapter c : Chapter.values()) {
            CheckBox box = new CheckBox(c.title(i18n.dutch()));
            box.setId("dossier-" + c.anchor());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, b) -> lazy.request());
            chapterBoxes.put(c, box);
            boxes.getChildren().add(box);
        }
        Label tocNote = new Label(i18n.t("report.chapters.note"));
        tocNote.setWrapText(true);
        tocNote.getStyleClass().add(Styles.TEXT_MUTED);

        Button pdf = new Button(i18n.t("report.exportPdf"));
        pdf.setId("exportPdfButton");
        pdf.getStyleClass().add(Styles.ACCENT);
        pdf.setOnAction(e -> exports.exportPdf(chosenChapters()));
        Button workbook = new Button(i18n.t("report.exportWorkbook"));
        workbook.setId("exportWorkbookButton");
        workbook.setOnAction(e -> exports.exportWorkbook());
        pdf.disableProperty().bind(exports.runningProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chapterBoxes.values().stream().noneMatch(CheckBox::isSelected),
                chapterBoxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new))));
        workbook.disableProperty().bind(exports.runningProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("exportProgress");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(exports.runningProperty());
        busy.managedProperty().bind(exports.runningProperty());
        Label busyText = new Label();
        busyText.textProperty().bind(exports.messageProperty());
        busyText.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8, pdf, workbook);
        HBox progress = new HBox(8, busy, busyText);
        progress.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(i18n.t("report.text"));
        text.setWrapText(true);

        // The export buttons come first: the letterhead settings and the chapter list below them may run past the window.
        VBox box = new VBox(12, text, buttons, progress, whoBox, chaptersTitle, boxes, tocNote);
        box.setPadding(new Insets(8, 12, 12, 12));
        return box;
    }

    private VBox buildPreview() {
        Label title = new Label(i18n.t("report.preview"));
        title.getStyleClass().add(Styles.TITLE_4);
        previewBusy.setId("previewProgress");
        previewBusy.setPrefSize(20, 20);
        previewBusy.setVisible(false);
        previewStatus.setId("previewStatus");
        previewStatus.setWrapText(true);
        previewStatus.getStyleClass().add(Styles.TEXT_MUTED);
        HBox head = new HBox(8, title, previewBusy);
        head.setAlignment(Pos.CENTER_LEFT);
        pages.setId("previewPages");
        pages.setPadding(new Insets(4));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(pages);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(PAGE_HEIGHT + 16);
        scroll.getStyleClass().add("edge-to-edge");
        VBox box = new VBox(8, head, scroll, previewStatus);
        box.setPadding(new Insets(8, 12, 12, 12));
        return box;
    }

    /** Renders the dossier's first pages off the FX thread; a newer request makes an older result obsolete. */
    private void render() {
        if (pages.getScene() == null) {
            lazy.request(); // left the chapter during the pause: render when it is shown again
            return;
        }
        long gen = ++generation;
        BusinessCase frozen = vm.businessCase();
        Set<Chapter> chapters = chosenChapters();
        if (chapters.isEmpty()) {
            pages.getChildren().clear();
            previewStatus.setText(i18n.t("report.preview.none"));
            return;
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(frozen.dossierLanguage().tag()); // the case's, not the screen's
        nl.praktijkplan.report.Letterhead letterhead = prefs.letterhead();
        previewBusy.setVisible(true);
        previewStatus.setText(i18n.t("report.preview.busy"));
        Task<List<Image>> task = new Task<>() {
            @Override
            protected List<Image> call() throws Exception {
                if (gen != generation) {
                    return null; // a newer request is queued behind this one
                }
                ReportSnapshot snapshot = ReportSnapshot.of(frozen, locale, letterhead);
                byte[] pdf = new DossierExporter().render(snapshot, chapters);
                List<Image> images = new ArrayList<>();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    PDFRenderer r = new PDFRenderer(doc);
                    int n = Math.min(PREVIEW_PAGES, doc.getNumberOfPages());
                    for (int i = 0; i < n && gen == generation; i++) {
                        BufferedImage img = r.renderImageWithDPI(i, PREVIEW_DPI, ImageType.RGB);
                        images.add(SwingFXUtils.toFXImage(img, null));
                    }
                }
                return images;
            }
        };
        task.setOnSucceeded(e -> {
            if (gen != generation || task.getValue() == null) {
                return;
            }
            previewBusy.setVisible(false);
            pages.getChildren().clear();
            for (Image img : task.getValue()) {
                ImageView view = new ImageView(img);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitHeight(Math.min(PAGE_HEIGHT, img.getHeight()));
                view.getStyleClass().add("pp-preview-page");
                view.setEffect(new DropShadow(6, javafx.scene.paint.Color.gray(0, 0.35)));
                pages.getChildren().add(view);
            }
            previewStatus.setText(i18n.t("report.preview.shows", task.getValue().size()));
        });
        task.setOnFailed(e -> {
            if (gen != generation) {
                return;
            }
            previewBusy.setVisible(false);
            Throwable t = task.getException();
            previewStatus.setText(i18n.t("report.preview.failed", t == null ? "" : String.valueOf(t.getMessage())));
        });
        RENDERER.submit(task);
    }
}
