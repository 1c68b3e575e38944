package nl.praktijkplan.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.praktijkplan.casefile.CaseFormat;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.io.FileNames;
import nl.praktijkplan.io.FileWriteException;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.ui.guided.GuidedWalk;
import nl.praktijkplan.ui.help.FirstStartQuestion;
import nl.praktijkplan.ui.help.HelpTexts;
import nl.praktijkplan.ui.library.LibrarySession;
import nl.praktijkplan.ui.library.LibraryStartup;
import nl.praktijkplan.ui.library.LibraryView;
import nl.praktijkplan.ui.library.LibraryViewModel;
import nl.praktijkplan.ui.main.MainView;
import nl.praktijkplan.ui.main.NewCase;
import nl.praktijkplan.ui.preferences.Preferences;
import nl.praktijkplan.ui.preferences.PreferencesStore;
import nl.praktijkplan.ui.report.ReportExports;

/**
 * The desktop application and the one place where its objects are wired: preferences, the case view model,
 * the main view, the theme. Opens the last case, or the sample case on a first run.
 */
public class PraktijkplanApp extends Application implements MainView.Actions {

    /** Set to print "praktijkplan.shown-ms=&lt;ms since JVM start&gt;" when the first window is interactive. */
    public static final String TIMING_PROPERTY = "praktijkplan.startupTiming";

    private PreferencesStore store;
    private Preferences prefs;
    private CaseViewModel vm;
    private Stage stage;
    private Scene scene;
    private I18n i18n;
    private MainView view;
    private ReportExports exports;
    private LibrarySession library;
    private LibraryView libraryView;
    private LibraryStartup libraryStartup;

    private static void mark(String phase) {
        if (Boolean.getBoolean(TIMING_PROPERTY)) {
            System.out.println("praktijkplan." + phase + "-ms="
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.out.flush();
        }
    }

    @Override
    public void start(Stage stage) {
        mark("start");
        this.stage = stage;
        StartupPreload.Opening opening = StartupPreload.take();
        store = opening.store();
        prefs = opening.prefs();
        vm = opening.vm();
        exports = new ReportExports(vm, prefs, () -> i18n, () -> this.stage, hostServices());
        mark("case-ready");
        scene = new Scene(new javafx.scene.layout.StackPane(), prefs.windowWidth, prefs.windowHeight);
        scene.getStylesheets().add(PraktijkplanApp.class.getResource("/nl/praktijkplan/ui/app.css").toExternalForm());
        buildView();
        mark("view-built");
        stage.setScene(scene);
        placeWindow();
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // The title names the case: it follows a new or opened case (replaced), a rename (edits), a save (file, dirty).
        vm.fileProperty().addListener((o, a, b) -> updateTitle());
        vm.dirtyProperty().addListener((o, a, b) -> updateTitle());
        vm.replacedProperty().addListener((o, a, b) -> updateTitle());
        vm.editsProperty().addListener((o, a, b) -> updateTitle());
        stage.setOnCloseRequest(e -> {
            view.commitTyping();
            if (!confirmDiscard()) {
                e.consume();
            } else {
                savePreferences();
            }
        });
        // The library (H2) opens once the window is up, so that it does not compete with the first window.
        createLibrarySession();
        // A library case that was open at the last close follows as soon as the library is open.
        int replacedAtStart = vm.replacedProperty().get();
        int commitsAtStart = vm.commitsProperty().get();
        stage.setOnShown(e -> Platform.runLater(() -> {
            if (libraryStartup == null) { // File › Library may have started it already
                openLibrary(() -> reopenLastLibraryCase(replacedAtStart, commitsAtStart));
            }
        }));
        // The chart, the fields below the first screen and the tooltips follow the first frame.
        nl.praktijkplan.ui.common.FirstFrame.hold(stage);
        if (Boolean.getBoolean(TIMING_PROPERTY)) {
            // "shown" is the point the baselines of .ci/startup-time measure; "settled" is the first layout after the
            // held work (queued after it): what it added is then styled and laid out.
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> mark("shown")));
            nl.praktijkplan.ui.common.FirstFrame.after(scene.getRoot(), () -> Platform.runLater(() -> {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        mark("settled");
                        if (Boolean.getBoolean("praktijkplan.exitWhenShown")) {
                            Platform.exit();
                        }
                    }
                });
                Platform.requestNextPulse();
            }));
        }
        stage.show();
    }

    // ---- the case library --------------------------------------------------------------------

    /** The library session; every edit of a library case goes to its autosaver. Opened once the window shows. */
    private void createLibrarySession() {
        library = new LibrarySession(Platform::runLater, () -> i18n);
        library.setOnSaved((id, content) -> {
            if (id.equals(library.currentCaseIdProperty().get()) && vm.businessCase() == content) {
                vm.dirtyProperty().set(false);
            }
        });
        // Only changes that are part of the case: not typing in progress, not a consultation's provisional changes.
        vm.commitsProperty().addListener((o, a, b) -> library.submit(vm.businessCase()));
        library.statusProperty().addListener((o, a, b) -> showLibraryStatus());
    }

    /** One attempt to open the library (at start-up, or again from File › Library after it failed). */
    private void openLibrary(Runnable then) {
        libraryStartup = new LibraryStartup(library, new LibraryOpener(nl.praktijkplan.store.DataDirectory.resolve()), i18n, stage)
                .onOpened(then);
        libraryStartup.start();
    }

    /**
     * Opens the library case that was in the window at the last close, unless the user has meanwhile edited or
     * opened something (the opening case is then theirs to keep). A case that is gone (deleted) is said so.
     */
    private void reopenLastLibraryCase(int replacedAtStart, int commitsAtStart) {
        Long id = prefs.lastLibraryCase;
        java.util.function.BooleanSupplier untouched = () -> vm.replacedProperty().get() == replacedAtStart
                && vm.commitsProperty().get() == commitsAtStart && !library.isLibraryCase();
        if (id == null || !untouched.getAsBoolean()) {
            return;
        }
        library.call(lib -> {
            BusinessCase c = lib.load(id);
            lib.markOpened(id);
            return c;
        }).whenComplete((c, e) -> {
            if (e != null) {
                prefs.lastLibraryCase = null;
                library.statusProperty().set(i18n.t("library.lastCaseGone", library.describe(e)));
            } else if (untouched.getAsBoolean()) {
                openFromLibrary(id, c);
            }
        });
    }

    /** The autosave status at the end of the status bar. */
    private void showLibraryStatus() {
        if (library == null || !(scene.getRoot().lookup("#statusBar") instanceof javafx.scene.layout.HBox bar)) {
            return;
        }
        javafx.scene.control.Label l = (javafx.scene.control.Label) bar.lookup("#libraryStatus");
        if (l == null) {
            l = new javafx.scene.control.Label();
            l.setId("libraryStatus");
            l.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Opgeslagen 14:05" is never cut
            bar.getChildren().add(l);
        }
        l.setText(library.statusProperty().get());
    }

    /** Shows a library case in the main window. */
    private void openFromLibrary(long caseId, BusinessCase c) {
        vm.load(c, null);
        library.currentCaseIdProperty().set(caseId);
        updateTitle();
        savePreferences(); // the case to reopen at the next start, even after a crash
    }

    @Override
    public void library() {
        if (!library.isOpen()) {
            if (libraryStartup != null && libraryStartup.busy()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, i18n.t("library.notOpen"));
                a.initOwner(stage);
                a.setHeaderText(i18n.t("library.unavailable"));
                a.show();
            } else {
                // It could not be opened before (in use, damaged, no password given): try again, then show it.
                openLibrary(this::library);
            }
            return;
        }
        if (libraryView != null && libraryView.stage() != null && libraryView.stage().isShowing()) {
            libraryView.stage().toFront();
            return;
        }
        LibraryViewModel lvm = new LibraryViewModel(library);
        lvm.setOpener((id, c) -> {
            if (!id.equals(library.currentCaseIdProperty().get()) && !confirmDiscard()) {
                return;
            }
            openFromLibrary(id, c);
        });
        libraryView = new LibraryView(lvm, i18n);
        libraryView.show(stage, PraktijkplanApp.class.getResource("/nl/praktijkplan/ui/app.css").toExternalForm(),
                "-fx-font-size: " + prefs.fontSize + "px;");
    }

    @Override
    public void addToLibrary() {
        if (!library.isOpen()) {
            library();
            return;
        }
        BusinessCase c = vm.businessCase();
        library.call(lib -> lib.addCase(c)).whenComplete((s, e) -> {
            if (e != null) {
                library.statusProperty().set(library.describe(e));
            } else {
                library.currentCaseIdProperty().set(s.id());
                library.statusProperty().set(i18n.t("library.added", s.practiceName()));
                if (vm.businessCase() != c) {
                    library.submit(vm.businessCase());
                } else if (vm.fileProperty().get() == null) {
                    vm.dirtyProperty().set(false);
                }
            }
        });
    }

    /** Closes the autosaver (writing the last edits), then the library. */
    @Override
    public void stop() {
        if (library != null) {
            library.close();
        }
    }

    private java.util.Locale locale() {
        return "en".equals(prefs.language) ? I18n.ENGLISH : I18n.DUTCH;
    }

    // ---- appearance ----------------------------------------------------------------------------

    @Override
    public void rebuild() {
        buildView();
        savePreferences();
    }

    /** A new view for the current language, theme and mode (the old view's listeners stop). */
    private void buildView() {
        // The theme's binary stylesheet: the same rules, without parsing 170 kB of CSS text at start-up.
        Application.setUserAgentStylesheet(prefs.dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        i18n = new I18n(locale());
        // The old view's listeners stop; the new view registers in a fresh scope.
        vm.beginScope().dispose();
        view = new MainView(vm, i18n, prefs, this);
        if (!prefs.modeChosen) {
            view.ask(new FirstStartQuestion(new HelpTexts(i18n), this::chooseMode));
        }
        scene.setRoot(view.root());
        styleRoot();
        updateTitle();
        showLibraryStatus();
        if (libraryView != null && libraryView.stage() != null && libraryView.stage().isShowing()) {
            // The library window was built in the old language and font size: open it anew.
            libraryView.stage().close();
            library();
        }
    }

    /** The first-start answer, remembered: guided gives the GP's view and starts the guided walk. */
    private void chooseMode(boolean expert) {
        prefs.modeChosen = true;
        prefs.expert = expert;
        rebuild();
        if (!expert) {
            guided();
        }
    }

    private void styleRoot() {
        scene.getRoot().setStyle("-fx-font-size: " + prefs.fontSize + "px;");
        scene.getRoot().getStyleClass().removeAll("pp-dark", "pp-light");
        scene.getRoot().getStyleClass().add(prefs.dark ? "pp-dark" : "pp-light");
    }

    private void updateTitle() {
        Path f = vm.fileProperty().get();
        String name = f == null ? vm.businessCase().caseName() : f.getFileName().toString();
        stage.setTitle((vm.dirtyProperty().get() ? "• " : "") + name + " — Praktijkplan");
    }

    /** Restores size and position; a position that is on no screen any more (monitor removed) is dropped. */
    private void placeWindow() {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.windowWidth, bounds.getWidth());
        double h = Math.min(prefs.windowHeight, bounds.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (prefs.windowX != null && prefs.windowY != null
                && !Screen.getScreensForRectangle(prefs.windowX + 40, prefs.windowY + 10, 100, 40).isEmpty()) {
            stage.setX(prefs.windowX);
            stage.setY(prefs.windowY);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.maximized);
    }

    private void savePreferences() {
        if (stage != null && stage.isShowing() && !stage.isIconified()) {
            prefs.maximized = stage.isMaximized();
            if (!stage.isMaximized()) {
                prefs.windowX = stage.getX();
                prefs.windowY = stage.getY();
                prefs.windowWidth = stage.getWidth();
                prefs.windowHeight = stage.getHeight();
            }
        }
        Path f = vm == null ? null : vm.fileProperty().get();
        prefs.lastFile = f == null ? null : f.toAbsolutePath().toString();
        if (library != null && library.isOpen()) {
            prefs.lastLibraryCase = library.currentCaseIdProperty().get();
        } else if (f != null) {
            prefs.lastLibraryCase = null;
        } // else: the library never opened this session, so the last library case stays the one to reopen
        try {
            store.save(prefs);
        } catch (IOException e) {
            // Preferences are a convenience: a read-only config folder must not stop the work.
            System.err.println("Praktijkplan: preferences not saved: " + e.getMessage());
        }
    }

    // ---- files ---------------------------------------------------------------------------------

    @Override
    public void newCase() {
        view.commitTyping();
        if (confirmDiscard()) {
            vm.load(NewCase.create(i18n.dutch()), null);
            leaveLibraryCase();
        }
    }

    @Override
    public void open() {
        view.commitTyping();
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser(i18n.t("file.open.title"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a case file; problems are shown as a list, never as a stack trace. */
    public boolean openFile(Path path) {
        ReadResult r = vm.open(path);
        if (!r.ok()) {
            showProblems(path, r.problems());
            return false;
        }
        leaveLibraryCase();
        savePreferences();
        return true;
    }

    /** The window no longer shows a library case: edits are not autosaved. */
    private void leaveLibraryCase() {
        if (library != null) {
            library.currentCaseIdProperty().set(null);
        }
    }

    private void showProblems(Path path, List<Problem> problems) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(i18n.t("file.open.errorTitle"));
        a.setHeaderText(i18n.t("file.open.errorHeader", path.getFileName().toString(), problems.size()));
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append("• ").append(p.describe(i18n.dutch())).append('\n');
        }
        TextArea area = new TextArea(sb.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, problems.size() + 1));
        area.setId("problemList");
        a.getDialogPane().setContent(area);
        a.show();
    }

    @Override
    public void save() {
        view.commitTyping();
        Path f = vm.fileProperty().get();
        if (f == null && library != null && library.isLibraryCase()) {
            long id = library.currentCaseIdProperty().get();
            BusinessCase c = vm.businessCase();
            library.call(lib -> lib.save(id, c)).whenComplete((v, e) -> {
                if (e != null) {
                    library.statusProperty().set(i18n.t("library.saveFailed", library.describe(e)));
                } else {
                    if (vm.businessCase() == c) {
                        vm.dirtyProperty().set(false);
                    }
                    library.statusProperty().set(i18n.t("library.saved",
                            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault())
                                    .format(v.savedAt())));
                }
            });
        } else if (f == null) {
            saveAs();
        } else {
            write(f);
        }
    }

    @Override
    public void saveAs() {
        view.commitTyping();
        FileChooser chooser = chooser(i18n.t("file.save.title"));
        String base = FileNames.notReserved(vm.businessCase().caseName().replaceAll("[^\\p{L}\\p{N} _-]", "").strip());
        chooser.setInitialFileName((base.isEmpty() ? "casus" : base) + CaseFormat.EXTENSION);
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            write(f.toPath());
        }
    }

    private boolean write(Path f) {
        try {
            vm.save(f);
            savePreferences();
            return true;
        } catch (IOException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e instanceof FileWriteException w ? w.sentence(i18n.dutch())
                    : i18n.t("file.save.error", f.toString(), String.valueOf(e.getMessage())));
            a.initOwner(stage);
            a.setHeaderText(i18n.t("file.save.errorHeader"));
            a.showAndWait();
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("file.filter.case"), "*" + CaseFormat.EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter(i18n.t("file.filter.all"), "*"));
        Path f = vm.fileProperty().get();
        if (f != null && f.toAbsolutePath().getParent() != null && Files.isDirectory(f.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** Asks what to do with unsaved changes; true when it is fine to continue. */
    private boolean confirmDiscard() {
        if (!vm.dirtyProperty().get() || (library != null && library.isLibraryCase())) {
            // A library case is autosaved: nothing to lose.
            return true;
        }
        ButtonType save = new ButtonType(i18n.t("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.t("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.t("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("unsaved.text"), save, discard, cancel);
        a.initOwner(stage);
        a.setTitle(i18n.t("unsaved.title"));
        a.setHeaderText(i18n.t("unsaved.header"));
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == save) {
            Path f = vm.fileProperty().get();
            if (f == null) {
                saveAs();
                return !vm.dirtyProperty().get();
            }
            return write(f);
        }
        return true;
    }

    @Override
    public void exit() {
        view.commitTyping();
        if (confirmDiscard()) {
            savePreferences();
            Platform.exit();
        }
    }

    @Override
    public void guided() {
        new GuidedWalk(vm, i18n).show(stage, () -> view.select("comparison"));
    }

    /** HostServices to open an exported file; null where the platform offers none. */
    private javafx.application.HostServices hostServices() {
        try {
            return getHostServices();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public ReportExports exports() {
        return exports;
    }

    // ---- for tests -----------------------------------------------------------------------------

    public CaseViewModel viewModel() {
        return vm;
    }

    public MainView view() {
        return view;
    }

    public LibrarySession librarySession() {
        return library;
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    public Preferences preferences() {
        return prefs;
    }
}
