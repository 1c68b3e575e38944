package nl.praktijkplan.ui.main;

import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.report.charts.BusinessCaseCharts;
import nl.praktijkplan.report.charts.ChartPalette;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.FieldCommit;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.help.FirstStartQuestion;
import nl.praktijkplan.ui.help.HelpMenu;
import nl.praktijkplan.ui.help.HelpTexts;
import nl.praktijkplan.ui.help.HelpTips;
import nl.praktijkplan.ui.help.HelpWindow;
import nl.praktijkplan.ui.preferences.Preferences;
import nl.praktijkplan.ui.report.ReportExports;
import nl.praktijkplan.ui.status.StatusBarView;

/**
 * The main window's content: menu bar, chapter navigation, the chapter (inputs | results), status bar.
 * File and appearance commands are handed to the application through {@link Actions}.
 */
public final class MainView {

    /** What the menus ask of the application. */
    public interface Actions {
        void newCase();

        void open();

        void save();

        void saveAs();

        void exit();

        void guided();

        /** Settings changed in a way that needs the scene rebuilt (language, theme, font size: the charts follow it). */
        void rebuild();

        /** The PDF dossier and Excel workbook exports (File menu and the report chapter). */
        ReportExports exports();

        /** Shows the case library. */
        default void library() {
        }

        /** Adds the case in the window (from a file or new) to the library. */
        default void addToLibrary() {
        }
    }

    private final BorderPane root = new BorderPane();
    private final ListView<Chapter> nav;
    private final BorderPane content = new BorderPane();
    private final Preferences prefs;
    private final I18n i18n;
    private final HelpTexts helpTexts;

    public MainView(CaseViewModel vm, I18n i18n, Preferences prefs, Actions actions) {
        this.prefs = prefs;
        this.i18n = i18n;
        this.helpTexts = new HelpTexts(i18n);
        ChartPalette palette = prefs.dark ? ChartPalette.DARK : ChartPalette.LIGHT;
        BusinessCaseCharts charts = new BusinessCaseCharts(i18n.locale(), palette, prefs.fontSize / Preferences.DEFAULT_FONT_SIZE);
        List<Chapter> chapters = new ChapterPages(vm, i18n, charts, prefs.expert)
                .withReports(prefs, actions.exports()).all();
        FilteredList<Chapter> visible = new FilteredList<>(FXCollections.observableArrayList(chapters),
                c -> prefs.expert || !c.expertOnly());
        nav = new ListView<>(visible);
        nav.setId("chapterNav");
        nav.setAccessibleText(i18n.t("nav.chapters"));
        nav.setPrefWidth(230 * prefs.fontSize / Preferences.DEFAULT_FONT_SIZE); // the longest title fits at every size
        nav.setMinWidth(170);
        nav.getStyleClass().addAll("pp-nav", Styles.DENSE);
        nav.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Chapter c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (getIndex() + 1) + ". " + i18n.t(c.titleKey()));
                setId(empty || c == null ? null : "nav-" + c.id());
            }
        });
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                show(c);
                prefs.chapter = c.id();
            }
        });

        root.setTop(menuBar(vm, actions, visible, chapters));
        undoKeys(vm);
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(new VBox(exportStrip(actions.exports()), new StatusBarView(vm, i18n).node()));
        root.getStyleClass().add("pp-root");

        Chapter start = visible.stream().filter(c -> c.id().equals(prefs.chapter)).findFirst().orElse(visible.get(0));
        nav.getSelectionModel().select(start);
    }

    /** Opens consultation mode (full screen, large type, comparison and sliders); Esc leaves. */
    public nl.praktijkplan.ui.comparison.ConsultationView openConsultation(CaseViewModel vm) {
        return openConsultation(vm, true);
    }

    /** @param fullScreen false in tests: a headless screen has no full-screen mode */
    public nl.praktijkplan.ui.comparison.ConsultationView openConsultation(CaseViewModel vm, boolean fullScreen) {
        nl.praktijkplan.ui.comparison.ConsultationView c = new nl.praktijkplan.ui.comparison.ConsultationView(vm, i18n,
                root.getScene() == null ? null : root.getScene().getWindow());
        c.show(fullScreen);
        return c;
    }

    /** Shows the first-start question under the chapter list, where it moves no chapter content; answering rebuilds the view. */
    public void ask(FirstStartQuestion question) {
        VBox.setVgrow(nav, javafx.scene.layout.Priority.ALWAYS);
        root.setLeft(new VBox(nav, question.node()));
    }

    public Parent root() {
        return root;
    }

    /** Selects a chapter by id (used by the guided mode and tests). */
    public void select(String id) {
        nav.getItems().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> nav.getSelectionModel().select(c));
    }

    private void show(Chapter c) {
        Label title = new Label(i18n.t(c.titleKey()));
        title.getStyleClass().addAll(Styles.TITLE_3, "pp-chapter-title");
        title.setId("chapterTitle");
        title.setPadding(new Insets(10, 12, 4, 16));
        Node body;
        if (c.wide()) {
            VBox v = new VBox(c.inputs(), c.results());
            // At least the window's height, so that results that grow (the comparison table) use the room below them;
            // never less than their own height: a taller chapter scrolls as before.
            v.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            ScrollPane sp = scroll(v);
            sp.setFitToHeight(true);
            body = sp;
        } else {
            ScrollPane inputs = scroll(c.inputs());
            inputs.setId("inputsPane");
            ScrollPane results = scroll(c.results());
            results.setId("resultsPane");
            SplitPane split = new SplitPane(inputs, results);
            split.setOrientation(Orientation.HORIZONTAL);
            split.setDividerPositions(0.46);
            body = split;
        }
        content.setTop(title);
        content.setCenter(body);
        // Tooltips are not needed on the start-up window's first frame (FirstFrame); elsewhere they come at once.
        nl.praktijkplan.ui.common.FirstFrame.after(c.results(), () -> HelpTips.explain(c.results(), helpTexts));
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane sp = new ScrollPane(n);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    private MenuBar menuBar(CaseViewModel vm, Actions actions, FilteredList<Chapter> visible, List<Chapter> all) {
        Menu file = menu("menu.file", "menuFile");
        Menu edit = menu("menu.edit", "menuEdit");
        Menu view = menu("menu.view", "menuView");
        Menu go = menu("menu.go", "menuGo");
        Menu help = menu("menu.help", "menuHelp");
        MenuBar bar = new MenuBar(file, edit, view, go, help);
        bar.setId("menuBar");
        // The commands follow the start-up window's first frame (FirstFrame); their shortcuts work from then on.
        nl.praktijkplan.ui.common.FirstFrame.after(bar, () -> {
            fileItems(file, actions);
            editItems(edit, vm);
            viewItems(view, vm, actions);
            goItems(go, actions, visible, all);
            helpItems(help, vm);
        });
        return bar;
    }

    private Menu menu(String key, String id) {
        Menu m = new Menu(i18n.t(key));
        m.setId(id);
        return m;
    }

    private void fileItems(Menu file, Actions actions) {
        file.getItems().addAll(
                item("menu.file.new", "Shortcut+N", "menuNew", e -> actions.newCase()),
                item("menu.file.open", "Shortcut+O", "menuOpen", e -> actions.open()),
                item("menu.file.save", "Shortcut+S", "menuSave", e -> actions.save()),
                item("menu.file.saveAs", "Shortcut+Shift+S", "menuSaveAs", e -> actions.saveAs()),
                new SeparatorMenuItem(),
                item("menu.file.library", "Shortcut+L", "menuLibrary", e -> actions.library()),
                item("menu.file.addToLibrary", null, "menuAddToLibrary", e -> actions.addToLibrary()),
                new SeparatorMenuItem(),
                exportMenu(actions.exports()),
                new SeparatorMenuItem(),
                item("menu.file.exit", "Shortcut+Q", "menuExit", e -> actions.exit()));
    }

    private void editItems(Menu edit, CaseViewModel vm) {
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", "menuUndo", e -> undo(vm));
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", "menuRedo", e -> redo(vm));
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        edit.getItems().addAll(undo, redo);
    }

    private void viewItems(Menu view, CaseViewModel vm, Actions actions) {
        MenuItem guided = item("menu.view.guided", "Shortcut+G", "menuGuided", e -> actions.guided());
        CheckMenuItem expert = new CheckMenuItem(i18n.t("menu.view.expert"));
        expert.setId("menuExpert");
        expert.setSelected(prefs.expert);
        expert.setOnAction(e -> {
            // Expert mode adds the assumption inputs to the chapters and the assumptions chapter: rebuild the view.
            prefs.expert = expert.isSelected();
            if (!prefs.expert && "assumptions".equals(prefs.chapter)) {
                prefs.chapter = "practice";
            }
            actions.rebuild();
        });
        ToggleGroup theme = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(i18n.t("menu.view.light"));
        light.setId("menuLight");
        RadioMenuItem dark = new RadioMenuItem(i18n.t("menu.view.dark"));
        dark.setId("menuDark");
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        (prefs.dark ? dark : light).setSelected(true);
        light.setOnAction(e -> {
            prefs.dark = false;
            actions.rebuild();
        });
        dark.setOnAction(e -> {
            prefs.dark = true;
            actions.rebuild();
        });
        Menu font = new Menu(i18n.t("menu.view.fontSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (double size : new double[] {12, 14, 16, 18}) {
            RadioMenuItem mi = new RadioMenuItem(i18n.t("menu.view.fontSize.points", (int) size));
            mi.setToggleGroup(sizes);
            mi.setSelected(prefs.fontSize == size);
            mi.setOnAction(e -> {
                prefs.fontSize = size;
                actions.rebuild();
            });
            font.getItems().add(mi);
        }
        Menu language = new Menu(i18n.t("menu.view.language"));
        language.setId("menuLanguage");
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem nl = new RadioMenuItem("Nederlands");
        nl.setId("menuDutch");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("menuEnglish");
        nl.setToggleGroup(langs);
        en.setToggleGroup(langs);
        ("en".equals(prefs.language) ? en : nl).setSelected(true);
        Consumer<String> switchTo = lang -> {
            if (!lang.equals(prefs.language)) {
                prefs.language = lang;
                actions.rebuild();
            }
        };
        nl.setOnAction(e -> switchTo.accept("nl"));
        en.setOnAction(e -> switchTo.accept("en"));
        language.getItems().addAll(nl, en);
        MenuItem consultation = item("menu.view.consultation", "F11", "menuConsultation", e -> openConsultation(vm));
        view.getItems().addAll(guided, consultation, expert, new SeparatorMenuItem(), light, dark, font, language);
    }

    private void goItems(Menu go, Actions actions, FilteredList<Chapter> visible, List<Chapter> all) {
        for (int i = 0; i < all.size(); i++) {
            Chapter c = all.get(i);
            MenuItem mi = new MenuItem(i18n.t(c.titleKey()));
            if (i < 9) {
                mi.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            }
            mi.setOnAction(e -> {
                if (!visible.contains(c)) {
                    // An expert chapter from the GP's view: switch to expert mode and open it there.
                    prefs.expert = true;
                    prefs.chapter = c.id();
                    actions.rebuild();
                    return;
                }
                nav.getSelectionModel().select(c);
                nav.requestFocus();
            });
            go.getItems().add(mi);
        }
    }

    private void helpItems(Menu help, CaseViewModel vm) {
        HelpWindow helpWindow = new HelpWindow(helpTexts, () -> root.getScene() == null ? null : root.getScene().getWindow());
        help.getItems().addAll(new HelpMenu(helpTexts, helpWindow, vm.catalogue(),
                () -> root.getScene() == null ? null : root.getScene().getFocusOwner(),
                () -> nav.getSelectionModel().getSelectedItem() == null ? "practice" : nav.getSelectionModel().getSelectedItem().id()).items());
        help.getItems().add(new SeparatorMenuItem());
        MenuItem about = new MenuItem(i18n.t("menu.help.about"));
        about.setOnAction(e -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
            a.setTitle(i18n.t("menu.help.about"));
            a.setHeaderText("Praktijkplan");
            a.setContentText(i18n.t("about.text"));
            a.initOwner(root.getScene().getWindow());
            a.show();
        });
        help.getItems().add(about);
    }

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    /**
     * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo changes of the case, also while a field has the focus; only in a
     * field with typing not yet applied do they undo the typing, as a text field does by itself.
     */
    private void undoKeys(CaseViewModel vm) {
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean u = UNDO.match(e);
            boolean r = REDO.match(e) || REDO_SHIFT.match(e);
            if ((u || r) && !FieldCommit.hasTyping(root.getScene() == null ? null : root.getScene().getFocusOwner())) {
                e.consume();
                if (u) {
                    undo(vm);
                } else {
                    redo(vm);
                }
            }
        });
    }

    /** Typing not applied yet is applied first, so that undo takes back what the user sees. */
    private void undo(CaseViewModel vm) {
        commitTyping();
        vm.undo();
    }

    private void redo(CaseViewModel vm) {
        commitTyping();
        vm.redo();
    }

    /** Applies what the focused field holds (before undo, save, or closing). */
    public void commitTyping() {
        if (root.getScene() != null) {
            FieldCommit.commitTyping(root.getScene().getFocusOwner());
        }
    }

    private Menu exportMenu(ReportExports exports) {
        Menu export = new Menu(i18n.t("menu.file.export"));
        export.setId("menuExport");
        MenuItem workbook = item("menu.file.export.workbook", "Shortcut+E", "menuExportWorkbook", e -> exports.exportWorkbook());
        MenuItem pdf = item("menu.file.export.pdf", "Shortcut+P", "menuExportPdf", e -> exports.exportPdf());
        workbook.disableProperty().bind(exports.runningProperty());
        pdf.disableProperty().bind(exports.runningProperty());
        export.getItems().addAll(workbook, pdf);
        return export;
    }

    /** A progress line above the status bar while an export runs; the window stays usable. */
    private Node exportStrip(ReportExports exports) {
        Label text = new Label();
        text.textProperty().bind(exports.messageProperty());
        HBox strip = new HBox(10, text);
        // The running bar (an animated control) is made with the first export, not with every window.
        javafx.beans.value.ChangeListener<Boolean> firstRun = (o, was, running) -> {
            if (running && !(strip.getChildren().get(0) instanceof ProgressBar)) {
                ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
                bar.setPrefWidth(160);
                strip.getChildren().add(0, bar);
            }
        };
        strip.getProperties().put("pp.firstRun", firstRun); // lives as long as this view: the exports outlive a rebuild
        exports.runningProperty().addListener(new javafx.beans.value.WeakChangeListener<>(firstRun));
        strip.setId("exportStrip");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(4, 12, 4, 12));
        strip.visibleProperty().bind(exports.runningProperty());
        strip.managedProperty().bind(exports.runningProperty());
        return strip;
    }

    private MenuItem item(String key, String accelerator, String id, javafx.event.EventHandler<javafx.event.ActionEvent> h) {
        MenuItem mi = new MenuItem(i18n.t(key));
        mi.setId(id);
        mi.setMnemonicParsing(true);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(h);
        return mi;
    }
}
