package nl.praktijkplan.ui.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javafx.application.HostServices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.io.AtomicFiles;
import nl.praktijkplan.io.FileNames;
import nl.praktijkplan.io.FileWriteException;
import nl.praktijkplan.report.ReportSnapshot;
import nl.praktijkplan.report.excel.WorkbookExporter;
import nl.praktijkplan.report.pdf.Chapter;
import nl.praktijkplan.report.pdf.DossierExporter;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.preferences.Preferences;

/**
 * The exports of the desktop app: asks for a target (a native file chooser, replaceable for tests), freezes the
 * case in a {@link ReportSnapshot} in the UI's language and writes the PDF dossier or the Excel workbook on a
 * background thread. While it runs {@link #runningProperty()} is true; the outcome is shown in a dialog: where the
 * file was written, or the exporter's sentence (a read-only or locked file is left untouched). The open case's own
 * file is never a target.
 */
public final class ReportExports {

    /** What is exported. */
    public enum Kind {
        PDF("pdf"), WORKBOOK("xlsx");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** Picks the file to write; null when the user cancels. */
    @FunctionalInterface
    public interface TargetChooser {
        Path choose(Kind kind, String initialName, Path initialFolder, Window owner);
    }

    private final CaseViewModel vm;
    private final Preferences prefs;
    private final Supplier<I18n> i18n;
    private final Supplier<Window> owner;
    private final HostServices hostServices;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "praktijkplan-export");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TargetChooser chooser = this::nativeChooser;
    private Path lastFolder;
    private Alert lastDialog;

    /**
     * @param hostServices to open the written file or its folder; null hides those buttons
     */
    public ReportExports(CaseViewModel vm, Preferences prefs, Supplier<I18n> i18n, Supplier<Window> owner,
                         HostServices hostServices) {
        this.vm = vm;
        this.prefs = prefs;
        this.i18n = i18n;
        this.owner = owner;
        this.hostServices = hostServices;
    }

    /** Replaces the native file chooser (tests). */
    public void setTargetChooser(TargetChooser chooser) {
        this.chooser = chooser;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the running export is doing ("PDF-dossier wordt gemaakt…"), empty when idle. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The dialog of the last outcome (tests). */
    public Alert lastDialog() {
        return lastDialog;
    }

    /** File → Export → PDF dossier: every chapter. */
    public void exportPdf() {
        exportPdf(EnumSet.allOf(Chapter.class));
    }

    public void exportPdf(Set<Chapter> chapters) {
        Set<Chapter> copy = chapters.isEmpty() ? EnumSet.allOf(Chapter.class) : EnumSet.copyOf(chapters);
        export(Kind.PDF, (snapshot, target) -> new DossierExporter().export(snapshot, copy, target));
    }

    /** File → Export → Excel workbook. */
    public void exportWorkbook() {
        export(Kind.WORKBOOK, (snapshot, target) -> new WorkbookExporter().export(snapshot, target));
    }

    @FunctionalInterface
    private interface Writer {
        void write(ReportSnapshot snapshot, Path target) throws IOException;
    }

    private void export(Kind kind, Writer writer) {
        if (running.get()) {
            return;
        }
        I18n t = i18n.get();
        Path target = chooser.choose(kind, defaultName(vm.businessCase(), kind), initialFolder(), owner.get());
        if (target == null) {
            return;
        }
        Path file = withExtension(target, kind);
        lastFolder = file.toAbsolutePath().getParent();
        BusinessCase frozen = vm.businessCase();
        Path caseFile = vm.fileProperty().get();
        Locale locale = Locale.forLanguageTag(frozen.dossierLanguage().tag()); // the case's, not the screen's
        nl.praktijkplan.report.Letterhead letterhead = prefs.letterhead();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                AtomicFiles.checkNotInput(file, caseFile);
                writer.write(ReportSnapshot.of(frozen, locale, letterhead), file);
                return file;
            }
        };
        message.set(t.t(kind == Kind.PDF ? "report.progress.pdf" : "report.progress.workbook", file.getFileName().toString()));
        running.set(true);
        task.setOnSucceeded(e -> {
            running.set(false);
            message.set("");
            showDone(t, kind, file);
        });
        task.setOnFailed(e -> {
            running.set(false);
            message.set("");
            showFailure(t, file, task.getException());
        });
        worker.submit(task);
    }

    private void showDone(I18n t, Kind kind, Path file) {
        ButtonType openFile = new ButtonType(t.t("report.done.openFile"), ButtonBar.ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(t.t("report.done.openFolder"), ButtonBar.ButtonData.LEFT);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(t.t("report.done.title"));
        a.setHeaderText(t.t(kind == Kind.PDF ? "report.done.pdf" : "report.done.workbook"));
        Label where = new Label(t.t("report.done.where", file.toAbsolutePath().toString()));
        where.setId("exportDone");
        where.setWrapText(true);
        a.getDialogPane().setContent(where);
        a.getDialogPane().setPrefWidth(560);
        if (hostServices != null) {
            a.getButtonTypes().setAll(openFile, openFolder, ButtonType.OK);
            a.setResultConverter(b -> {
                if (b == openFile) {
                    open(file);
                } else if (b == openFolder) {
                    open(file.toAbsolutePath().getParent());
                }
                return b;
            });
        }
        show(a);
    }

    private void open(Path p) {
        if (p != null && hostServices != null) {
            // A local file URI only: the platform opens it with the program the user chose.
            hostServices.showDocument(p.toUri().toString());
        }
    }

    private void showFailure(I18n t, Path file, Throwable error) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle(t.t("report.failed.title"));
        a.setHeaderText(t.t("report.failed.header"));
        Label why = new Label(sentence(t, file, error));
        why.setId("exportError");
        why.setWrapText(true);
        a.getDialogPane().setContent(why);
        a.getDialogPane().setPrefWidth(560);
        show(a);
    }

    /** The exporter's sentence for a file it could not write; for anything else, the general one. */
    static String sentence(I18n t, Path file, Throwable error) {
        if (error instanceof FileWriteException w) {
            return w.sentence(t.dutch());
        }
        return t.t("report.failed.other", file.toAbsolutePath().toString(),
                error == null ? "" : String.valueOf(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
    }

    private void show(Alert a) {
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        lastDialog = a;
        a.show();
    }

    private Path initialFolder() {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        Path f = vm.fileProperty().get();
        if (f != null && f.toAbsolutePath().getParent() != null && Files.isDirectory(f.toAbsolutePath().getParent())) {
            return f.toAbsolutePath().getParent();
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        for (String name : new String[] {"Documenten", "Documents"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return Files.isDirectory(home) ? home : null;
    }

    /** "Practice – case.pdf" without characters that Windows, macOS or Linux refuse in a file name. */
    public static String defaultName(BusinessCase c, Kind kind) {
        String practice = c.practice() == null ? "" : sanitise(c.practice().name());
        String name = sanitise(c.caseName());
        String base;
        if (practice.isEmpty()) {
            base = name;
        } else if (name.isEmpty() || name.toLowerCase(Locale.ROOT).contains(practice.toLowerCase(Locale.ROOT))) {
            base = name.isEmpty() ? practice : name;
        } else {
            base = practice + " - " + name;
        }
        if (base.length() > 100) {
            base = FileNames.notReserved(base.substring(0, 100).strip());
        }
        return (base.isEmpty() ? "praktijkplan" : base) + "." + kind.extension();
    }

    static String sanitise(String s) {
        return FileNames.clean(s);
    }

    private static Path withExtension(Path p, Kind kind) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + kind.extension()) ? p : p.resolveSibling(name + "." + kind.extension());
    }

    private Path nativeChooser(Kind kind, String initialName, Path initialFolder, Window w) {
        I18n t = i18n.get();
        FileChooser fc = new FileChooser();
        fc.setTitle(t.t(kind == Kind.PDF ? "report.choose.pdf" : "report.choose.workbook"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                t.t(kind == Kind.PDF ? "report.filter.pdf" : "report.filter.workbook"), "*." + kind.extension()));
        fc.setInitialFileName(initialName);
        if (initialFolder != null) {
            fc.setInitialDirectory(initialFolder.toFile());
        }
        File f = fc.showSaveDialog(w);
        return f == null ? null : f.toPath();
    }
}
