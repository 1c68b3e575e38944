package nl.praktijkplan.ui.library;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.casefile.CaseFormat;
import nl.praktijkplan.store.CaseSummary;
import nl.praktijkplan.store.ImportResult;
import nl.praktijkplan.store.PracticeSummary;
import nl.praktijkplan.store.VersionInfo;
import nl.praktijkplan.ui.common.I18n;

/**
 * The library window: search, practices with their cases (newest change first), recent cases, versions of the
 * selected case and the recycle bin; every action goes through {@link LibraryViewModel}.
 */
public final class LibraryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final LibraryViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private Stage stage;

    public LibraryView(LibraryViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;

        TextField search = new TextField();
        search.setId("libSearch");
        search.setPromptText(i18n.t("library.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        tree.setId("libTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof CaseSummary c
                        ? c.name() + "   · " + WHEN.format(c.updatedAt()) : describe(item));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                vm.selectedCaseProperty().set(b != null && b.getValue() instanceof CaseSummary c ? c : null));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selectedCase() != null) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                delete();
            }
        });
        vm.practices().addListener((ListChangeListener<PracticeSummary>) c -> fillTree());

        ToolBar actions = new ToolBar(
                button("library.newPractice", "libNewPractice", this::newPractice),
                button("library.open", "libOpen", this::openSelected),
                button("library.duplicate", "libDuplicate", this::duplicate),
                button("library.rename", "libRename", this::rename),
                button("library.delete", "libDelete", this::delete),
                button("library.import", "libImport", this::importFile),
                button("library.export", "libExport", this::export));

        VBox left = new VBox(6, search, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        ListView<CaseSummary> recent = new ListView<>(vm.recent());
        recent.setId("libRecent");
        recent.setCellFactory(l -> cell());
        recent.setOnMouseClicked(e -> {
            CaseSummary c = recent.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && c != null) {
                vm.open(c.id());
            }
        });

        ListView<VersionInfo> versions = new ListView<>(vm.versions());
        versions.setId("libVersions");
        versions.setCellFactory(l -> cell());
        Button restoreVersion = button("library.restoreVersion", "libRestoreVersion", () -> {
            VersionInfo v = versions.getSelectionModel().getSelectedItem();
            if (v != null) {
                vm.restoreVersion(v.caseId(), v.number());
            }
        });
        restoreVersion.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        VBox versionBox = new VBox(6, versions, restoreVersion);
        VBox.setVgrow(versions, Priority.ALWAYS);
        versionBox.setPadding(new Insets(6));

        ListView<Object> bin = new ListView<>();
        bin.setId("libBin");
        bin.setCellFactory(l -> cell());
        vm.recycleBinProperty().addListener((o, a, b) -> {
            bin.getItems().setAll(b.practices());
            bin.getItems().addAll(b.cases());
        });
        Button restoreDeleted = button("library.restoreDeleted", "libRestoreDeleted", () -> {
            Object item = bin.getSelectionModel().getSelectedItem();
            if (item instanceof CaseSummary c) {
                vm.restoreCase(c.id());
            } else if (item instanceof PracticeSummary p) {
                vm.restorePractice(p.id());
            }
        });
        restoreDeleted.disableProperty().bind(bin.getSelectionModel().selectedItemProperty().isNull());
        Button emptyBin = button("library.emptyBin", "libEmptyBin", () -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("library.emptyBin.text"), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(i18n.t("library.emptyBin"));
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.emptyRecycleBin());
        });
        emptyBin.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(bin.getItems()));
        VBox binBox = new VBox(6, bin, new HBox(8, restoreDeleted, emptyBin));
        VBox.setVgrow(bin, Priority.ALWAYS);
        binBox.setPadding(new Insets(6));

        Tab recentTab = new Tab(i18n.t("library.recent"), recent);
        Tab versionsTab = new Tab(i18n.t("library.versions"), versionBox);
        versionsTab.setId("libVersionsTab");
        Tab binTab = new Tab(i18n.t("library.recycleBin"), binBox);
        TabPane tabs = new TabPane(recentTab, versionsTab, binTab);
        tabs.setId("libTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.selectedCaseProperty().addListener((o, a, b) -> {
            if (b != null) {
                tabs.getSelectionModel().select(versionsTab);
            }
        });

        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);

        Label status = new Label();
        status.setId("libStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get().isEmpty() ? vm.session().statusProperty().get() : vm.errorProperty().get(),
                vm.errorProperty(), vm.session().statusProperty()));
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, status, button("library.changePassword", "libChangePassword", this::changePassword));
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(actions);
        root.setCenter(split);
        root.setBottom(bottom);
        root.setId("libraryRoot");
        fillTree();
    }

    public Node root() {
        return root;
    }

    /** Shows the library as a window beside the main window and loads the lists. */
    public Stage show(Window owner, String styleSheet, String rootStyle) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.t("library.title"));
        Scene scene = new Scene(root, 1080, 600);
        if (styleSheet != null) {
            scene.getStylesheets().add(styleSheet);
        }
        root.setStyle(rootStyle);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.dispose());
        stage.show();
        vm.refresh();
        return stage;
    }

    public LibraryViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <T> ListCell<T> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        };
    }

    String describe(Object item) {
        if (item instanceof PracticeSummary p) {
            String muni = p.municipality() == null || p.municipality().isBlank() ? "" : " — " + p.municipality();
            return p.name() + muni;
        }
        if (item instanceof CaseSummary c) {
            return c.name() + " — " + c.practiceName();
        }
        if (item instanceof VersionInfo v) {
            return i18n.t("library.version", v.number(), kind(v), WHEN.format(v.savedAt()));
        }
        return String.valueOf(item);
    }

    private void fillTree() {
        CaseSummary selected = vm.selectedCaseProperty().get();
        TreeItem<Object> rootItem = new TreeItem<>();
        TreeItem<Object> select = null;
        for (PracticeSummary p : vm.practices()) {
            TreeItem<Object> pi = new TreeItem<>(p);
            pi.setExpanded(true);
            for (CaseSummary c : p.cases()) {
                TreeItem<Object> ci = new TreeItem<>(c);
                pi.getChildren().add(ci);
                if (selected != null && selected.id() == c.id()) {
                    select = ci;
                }
            }
            rootItem.getChildren().add(pi);
        }
        tree.setRoot(rootItem);
        if (select != null) {
            tree.getSelectionModel().select(select);
        }
    }

    private CaseSummary selectedCase() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof CaseSummary c ? c : null;
    }

    private PracticeSummary selectedPractice() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof PracticeSummary p ? p : null;
    }

    private Optional<String> ask(String titleKey, String labelKey, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(stage);
        d.setTitle(i18n.t(titleKey));
        d.setHeaderText(null);
        d.setContentText(i18n.t(labelKey));
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void newPractice() {
        ask("library.newPractice", "library.practiceName", "").ifPresent(name -> vm.newPractice(name, "", i18n.dutch()));
    }

    private void openSelected() {
        CaseSummary c = selectedCase();
        if (c != null) {
            vm.open(c.id());
        }
    }

    private void duplicate() {
        CaseSummary c = selectedCase();
        if (c != null) {
            ask("library.duplicate", "library.scenarioName", i18n.t("library.copyOf", c.name()))
                    .ifPresent(name -> vm.duplicate(c.id(), name));
        }
    }

    private void rename() {
        CaseSummary c = selectedCase();
        PracticeSummary p = selectedPractice();
        if (c != null) {
            ask("library.rename", "library.caseName", c.name()).ifPresent(name -> vm.renameCase(c.id(), name));
        } else if (p != null) {
            ask("library.rename", "library.practiceName", p.name()).ifPresent(name -> vm.renamePractice(p, name));
        }
    }

    private void delete() {
        CaseSummary c = selectedCase();
        PracticeSummary p = selectedPractice();
        if (c != null) {
            vm.deleteCase(c.id());
        } else if (p != null) {
            vm.deletePractice(p.id());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("file.filter.case"), "*" + CaseFormat.EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter(i18n.t("file.filter.all"), "*"));
        return chooser;
    }

    private void importFile() {
        File f = chooser("library.import").showOpenDialog(stage);
        if (f != null) {
            vm.importFile(f.toPath(), this::chooseOnConflict);
        }
    }

    /** Keep both or replace, asked of the user. */
    LibraryViewModel.ConflictChoice chooseOnConflict(ImportResult.Conflict c) {
        ButtonType keepBoth = new ButtonType(i18n.t("library.conflict.keepBoth"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(i18n.t("library.conflict.replace"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                i18n.t("library.conflict.text", c.existing().name(), c.existing().practiceName(), c.suggestedName()),
                keepBoth, replace, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle(i18n.t("library.import"));
        a.setHeaderText(i18n.t("library.conflict.header"));
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isPresent() && answer.get() == keepBoth) {
            return LibraryViewModel.ConflictChoice.KEEP_BOTH;
        }
        if (answer.isPresent() && answer.get() == replace) {
            return LibraryViewModel.ConflictChoice.REPLACE;
        }
        return LibraryViewModel.ConflictChoice.CANCEL;
    }

    private void export() {
        CaseSummary c = selectedCase();
        if (c == null) {
            return;
        }
        FileChooser chooser = chooser("library.export");
        String base = c.name().replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        chooser.setInitialFileName((base.isEmpty() ? "casus" : base) + CaseFormat.EXTENSION);
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            vm.export(c.id(), f.toPath());
        }
    }

    /** Asks for the current password (if any) and the new one twice; empty removes the password. */
    private void changePassword() {
        new PasswordDialog(i18n, vm.session().isPasswordProtected()).ask(stage).ifPresent(p ->
                vm.changePassword(p.current(), p.next()).thenRun(() -> vm.session().statusProperty().set(
                        i18n.t(p.next().length == 0 ? "library.changePassword.removed" : "library.changePassword.set"))));
    }

    private String kind(VersionInfo v) {
        return i18n.t(switch (v.kind()) {
            case CREATED -> "library.kind.created";
            case SAVED -> "library.kind.saved";
            case AUTOSAVED -> "library.kind.autosaved";
            case RESTORED -> "library.kind.restored";
            case IMPORTED -> "library.kind.imported";
            case DUPLICATED -> "library.kind.duplicated";
        });
    }
}
