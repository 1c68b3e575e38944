package nl.praktijkplan.ui.guided;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.FieldCommit;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.ViewScope;
import nl.praktijkplan.ui.guided.WalkSteps.Step;
import nl.praktijkplan.ui.help.HelpTexts;

/**
 * The guided walk for a GP on their own: one concept per step in plain language, the few inputs that matter for
 * it, the result it leads to live, and at the end the financing verdict with what to ask the bank, the insurer and
 * the accountant. The inputs are the same case as the main window's, every edit one step of its undo history
 * (Ctrl+Z, Ctrl+Y work here too); values not confirmed yet are marked as examples ({@link ExampleValues}).
 */
public final class GuidedWalk {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** What the steps depend on: the locations' kinds and the number of holders (a field each). */
    private record Shape(List<Object> kinds, int holders) {
    }

    private final CaseViewModel vm;
    private final I18n i18n;
    private final HelpTexts help;
    private final WalkSteps builder;
    /** The walk's own listeners (the shape of the case); stopped when the walk closes. */
    private final ViewScope walkScope;
    /** The listeners of the steps now built; stopped when they are built again. */
    private ViewScope stepScope;
    private List<Step> steps;
    private Shape shape;
    private int index;
    private Runnable render = () -> { };

    public GuidedWalk(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.help = new HelpTexts(i18n);
        this.builder = new WalkSteps(vm, i18n, ExampleValues.of(vm));
        ViewScope main = vm.beginScope();
        walkScope = vm.scope();
        try {
            vm.on(vm.replacedProperty(), this::rebuildIfShapeChanged);
            vm.on(vm.editsProperty(), this::rebuildIfShapeChanged);
            build();
        } finally {
            vm.restoreScope(main);
        }
    }

    private Shape shape() {
        return new Shape(vm.businessCase().options().stream().map(HousingOption::type).map(Object.class::cast).toList(),
                vm.businessCase().practice().holders().size());
    }

    /** After a location is added, removed or changes kind (also by undo) the steps are built anew, on the next pulse. */
    private void rebuildIfShapeChanged() {
        if (!shape().equals(shape)) {
            Platform.runLater(() -> {
                if (!shape().equals(shape)) {
                    build();
                    render.run();
                }
            });
        }
    }

    private void build() {
        if (stepScope != null) {
            stepScope.dispose();
        }
        ViewScope outer = vm.beginScope();
        stepScope = vm.scope();
        try {
            steps = builder.build();
        } finally {
            vm.restoreScope(outer);
        }
        shape = shape();
        index = Math.min(index, steps.size() - 1);
    }

    /** Shows the walk as a modal window; {@code onFinish} runs when the user goes on to the full case. */
    public Stage show(Window owner, Runnable onFinish) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("guided.windowTitle"));

        Label title = new Label();
        title.setId("guidedTitle");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label();
        text.setId("guidedText");
        text.setWrapText(true);
        text.getStyleClass().add("pp-guided-text");
        Label helpText = new Label();
        helpText.setId("guidedHelp");
        helpText.setWrapText(true);
        TitledPane more = new TitledPane(i18n.t("guided.more"), helpText);
        more.setId("guidedMore");
        more.setExpanded(false);
        more.setAnimated(false);
        Label counter = new Label();
        counter.setId("guidedCounter");
        counter.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(12);
        body.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);

        Button back = new Button(i18n.t("guided.back"));
        back.setId("guidedBack");
        Button next = new Button(i18n.t("guided.next"));
        next.setId("guidedNext");
        // Not the default button: Enter in a field applies its value and shows what it does, it does not turn the page.
        next.getStyleClass().add(Styles.ACCENT);
        Button finish = new Button(i18n.t("guided.finish"));
        finish.setId("guidedFinish");
        finish.getStyleClass().add(Styles.ACCENT);
        Button close = new Button(i18n.t("guided.close"));
        close.setId("guidedClose");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, close, spacer, back, next, finish);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        buttons.setAlignment(Pos.CENTER_RIGHT);

        render = () -> {
            Step s = steps.get(index);
            title.setText(s.title().get());
            text.setText(s.text().get());
            helpText.setText(help.text(s.helpKey()));
            more.setExpanded(false);
            counter.setText(i18n.t("guided.step", index + 1, steps.size()));
            progress.setProgress((index + 1) / (double) steps.size());
            body.getChildren().setAll(title, text, more);
            if (s.body() != null) {
                body.getChildren().add(s.body());
            }
            if (s.onShow() != null) {
                s.onShow().run();
            }
            scroll.setVvalue(0);
            back.setDisable(index == 0);
            boolean last = index == steps.size() - 1;
            next.setVisible(!last);
            next.setManaged(!last);
            finish.setVisible(last);
            finish.setManaged(last);
            finish.setDefaultButton(last);
        };
        back.setOnAction(e -> go(stage, index - 1));
        next.setOnAction(e -> go(stage, index + 1));
        finish.setOnAction(e -> {
            commitTyping(stage);
            stage.close();
            onFinish.run();
        });
        close.setOnAction(e -> {
            commitTyping(stage);
            stage.close();
        });
        render.run();

        VBox top = new VBox(6, counter, progress);
        top.setPadding(new Insets(12, 16, 0, 16));
        BorderPane root = new BorderPane(scroll, top, null, buttons, null);
        root.setStyle(owner != null && owner.getScene() != null ? owner.getScene().getRoot().getStyle() : "");
        if (owner != null && owner.getScene() != null) {
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        Scene scene = new Scene(root, 900, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, scene, more, helpText));
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            walkScope.dispose();
            stepScope.dispose();
        });
        stage.show();
        return stage;
    }

    private void go(Stage stage, int to) {
        commitTyping(stage); // a value typed but not applied yet counts before the page changes
        index = Math.max(0, Math.min(steps.size() - 1, to));
        render.run();
    }

    private static void commitTyping(Stage stage) {
        if (stage.getScene() != null) {
            FieldCommit.commitTyping(stage.getScene().getFocusOwner());
        }
    }

    /** Undo and redo as in the main window (not over typing in a field); F1 explains the focused field or the step. */
    private void keys(KeyEvent e, Scene scene, TitledPane more, Label helpText) {
        Node focus = scene.getFocusOwner();
        boolean undo = UNDO.match(e);
        boolean redo = REDO.match(e) || REDO_SHIFT.match(e);
        if ((undo || redo) && !FieldCommit.hasTyping(focus)) {
            e.consume();
            if (undo) {
                vm.undo();
            } else {
                vm.redo();
            }
        } else if (e.getCode() == KeyCode.F1) {
            e.consume();
            String field = null;
            for (Node n = focus; n != null && field == null; n = n.getParent()) {
                field = help.fieldHelp(n.getId(), vm.catalogue());
            }
            helpText.setText(field != null ? field : help.text(steps.get(index).helpKey()));
            more.setExpanded(true);
        }
    }
}
