package nl.praktijkplan.ui.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.AppFixture;

/**
 * The exports from the real window, headless: the file chooser is replaced by a fixed target; the export runs in
 * the background, and its outcome dialog says where the file went or why it could not be written.
 */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {

    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private static Path outDir;
    private PraktijkplanApp app;
    private final AtomicReference<Path> target = new AtomicReference<>();
    private final AtomicReference<String> suggested = new AtomicReference<>();

    @BeforeAll
    static void exportFolder() throws Exception {
        outDir = Files.createTempDirectory("pp-export");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (Path dir : new Path[] {outDir, fixture.configDir()}) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    p.toFile().setWritable(true);
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Start
    void start(Stage stage) {
        app = fixture.start(stage);
        app.exports().setTargetChooser((kind, initialName, folder, owner) -> {
            suggested.set(initialName);
            return target.get();
        });
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private static <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return AppFixture.find(robot, id, type, 10);
    }

    /** Waits for the export to finish and returns its outcome label ("#exportDone" or "#exportError"). */
    private Label outcome(FxRobot robot) {
        waitFor(90, () -> !app.exports().runningProperty().get() && app.exports().lastDialog() != null, "the export");
        WaitForAsyncUtils.waitForFxEvents();
        Alert dialog = app.exports().lastDialog();
        Label label = (Label) dialog.getDialogPane().getContent();
        robot.interact(dialog::close);
        return label;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void exportsThePdfFromTheReportChapterWithTheChosenChapters(FxRobot robot) throws Exception {
        robot.interact(() -> app.view().select("report"));
        CheckBox risks = find(robot, "#dossier-risico", CheckBox.class);
        robot.interact(() -> risks.setSelected(false));
        Path pdf = outDir.resolve("dossier-test.pdf");
        Files.deleteIfExists(pdf);
        target.set(pdf);
        robot.clickOn("#exportPdfButton");
        if (app.exports().runningProperty().get()) {
            // Rendering the dossier takes seconds: the progress shows and the window keeps answering meanwhile.
            assertTrue(robot.lookup("#exportProgress").query().isVisible());
            assertTrue(robot.lookup("#exportPdfButton").query().isDisabled(), "no second export while one runs");
            long t0 = System.nanoTime();
            robot.interact(() -> app.viewModel().selectedOptionProperty().get());
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the FX thread is free during the export");
        }
        Label done = outcome(robot);
        assertEquals("exportDone", done.getId(), done.getText());
        assertTrue(done.getText().contains(pdf.toAbsolutePath().toString()), done.getText());
        assertTrue(Files.size(pdf) > 1000);
        BusinessCase c = app.viewModel().businessCase();
        String text = pdfText(pdf);
        assertTrue(text.contains(c.practice().name()), "the dossier names the practice " + c.practice().name());
        assertFalse(text.contains(nl.praktijkplan.report.pdf.Chapter.RISKS.title(true)), "an unticked chapter is left out");
        String name = suggested.get();
        assertTrue(name.endsWith(".pdf") && name.contains(ReportExports.sanitise(c.practice().name())), name);
        assertFalse(name.matches(".*[\\\\/:*?\"<>|].*"), name);
    }

    @Test
    void thePreviewShowsTheFirstPages(FxRobot robot) {
        robot.interact(() -> app.view().select("report"));
        HBox pages = find(robot, "#previewPages", HBox.class);
        waitFor(90, () -> !pages.getChildren().isEmpty(), "the preview");
        ImageView first = (ImageView) pages.getChildren().get(0);
        assertNotNull(first.getImage());
        assertTrue(first.getImage().getWidth() > 50 && first.getImage().getHeight() > first.getImage().getWidth(),
                "a portrait page " + first.getImage().getWidth() + "×" + first.getImage().getHeight());
        assertTrue(pages.getChildren().size() <= ReportView.PREVIEW_PAGES);
    }

    @Test
    void thePreviewFollowsTheCase(FxRobot robot) {
        robot.interact(() -> app.view().select("report"));
        HBox pages = find(robot, "#previewPages", HBox.class);
        waitFor(90, () -> !pages.getChildren().isEmpty(), "the preview");
        javafx.scene.image.Image before = ((ImageView) pages.getChildren().get(0)).getImage();
        robot.interact(() -> app.viewModel().edit("practice.name", "Gezondheidscentrum Testlaan"));
        waitFor(90, () -> !pages.getChildren().isEmpty() && ((ImageView) pages.getChildren().get(0)).getImage() != before,
                "a new preview after the edit");
        Label status = find(robot, "#previewStatus", Label.class);
        // The status line follows the new pages on a later pulse: under load it may still read "wordt bijgewerkt…".
        waitFor(30, () -> status.getText().startsWith("De eerste"), "the preview's status after the new pages");
        assertTrue(status.getText().startsWith("De eerste"), status.getText());
    }

    @Test
    void aReadOnlyTargetShowsTheReasonAndKeepsTheOldFile(FxRobot robot) throws Exception {
        robot.interact(() -> app.view().select("report"));
        Path pdf = outDir.resolve("read-only.pdf");
        Files.deleteIfExists(pdf);
        byte[] old = "the old dossier".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(pdf, old);
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        target.set(pdf);
        robot.clickOn("#exportPdfButton");
        Label error = outcome(robot);
        assertEquals("exportError", error.getId(), error.getText());
        assertTrue(error.getText().contains("alleen-lezen"), error.getText());
        assertTrue(error.getText().contains("niet gewijzigd"), error.getText());
        assertArrayEquals(old, Files.readAllBytes(pdf));

        // The workbook too: the exporter's FileWriteException reads as a sentence.
        Path xlsx = outDir.resolve("read-only.xlsx");
        Files.deleteIfExists(xlsx);
        Files.write(xlsx, old);
        Files.setPosixFilePermissions(xlsx, PosixFilePermissions.fromString("r--r--r--"));
        target.set(xlsx);
        robot.clickOn("#exportWorkbookButton");
        error = outcome(robot);
        assertEquals("exportError", error.getId(), error.getText());
        assertTrue(error.getText().contains("alleen-lezen"), error.getText());
        assertArrayEquals(old, Files.readAllBytes(xlsx));
    }

    @Test
    void theOpenCaseFileIsNeverAnExportTarget(FxRobot robot) throws Exception {
        robot.interact(() -> app.view().select("report"));
        Path caseFile = outDir.resolve("casus.pdf"); // a case saved under a name the PDF export would pick
        Files.deleteIfExists(caseFile);
        robot.interact(() -> {
            try {
                app.viewModel().save(caseFile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] saved = Files.readAllBytes(caseFile);
        target.set(caseFile);
        robot.clickOn("#exportPdfButton");
        Label error = outcome(robot);
        assertEquals("exportError", error.getId(), error.getText());
        assertTrue(error.getText().contains("dat is het casusbestand zelf"), error.getText());
        assertArrayEquals(saved, Files.readAllBytes(caseFile));
    }

    @Test
    void exportsTheWorkbookFromTheFileMenu(FxRobot robot) throws Exception {
        Path xlsx = outDir.resolve("menu-werkmap.xlsx");
        Files.deleteIfExists(xlsx);
        target.set(xlsx);
        MenuBar bar = find(robot, "#menuBar", MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> "menuFile".equals(m.getId())).findFirst().orElseThrow();
        Menu export = (Menu) file.getItems().stream().filter(m -> "menuExport".equals(m.getId())).findFirst().orElseThrow();
        MenuItem workbook = export.getItems().stream().filter(m -> "menuExportWorkbook".equals(m.getId())).findFirst().orElseThrow();
        assertEquals("Excel-werkmap…", workbook.getText().replace("_", ""));
        robot.interact(workbook::fire);
        assertTrue(robot.lookup("#exportStrip").query().isVisible() || !app.exports().runningProperty().get(),
                "the progress strip shows while the export runs");
        Label done = outcome(robot);
        assertEquals("exportDone", done.getId(), done.getText());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() > 3);
        }
        assertTrue(suggested.get().endsWith(".xlsx"), suggested.get());
    }

    @Test
    void theReportFollowsTheCasesDossierLanguageAndThePreparedByField(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.preferences().language = "en";
            app.rebuild();
            app.view().select("report");
            app.viewModel().edit("dossierLanguage", "EN"); // the case's language, not the screen's, decides
        });
        javafx.scene.control.TextField who = find(robot, "#preparedBy", javafx.scene.control.TextField.class);
        assertEquals("", who.getText(), "blank until the user fills it in (never the operating system's user name)");
        robot.interact(() -> who.setText("J. de Vries, adviseur"));
        assertEquals("J. de Vries, adviseur", app.preferences().preparedBy);
        Path pdf = outDir.resolve("english.pdf");
        Files.deleteIfExists(pdf);
        target.set(pdf);
        robot.clickOn("#exportPdfButton");
        Label done = outcome(robot);
        assertEquals("exportDone", done.getId(), done.getText());
        String text = pdfText(pdf);
        assertTrue(text.contains("J. de Vries, adviseur"), "prepared by");
        assertTrue(text.contains("Summary"), "English dossier");
        robot.interact(() -> {
            app.viewModel().edit("dossierLanguage", "NL");
            app.preferences().language = "nl";
            app.preferences().preparedBy = null;
            app.rebuild();
        });
    }
}
