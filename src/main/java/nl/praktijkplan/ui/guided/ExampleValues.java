package nl.praktijkplan.ui.guided;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.I18n;

/**
 * Which of the walk's values the user has not confirmed yet: a value stays a "voorbeeldwaarde" (from the sample case,
 * a new case or a new location's starting figures: {@link ExampleTemplates}) until the user changes it, presses Enter
 * on it or says it is right. A value no template holds is the user's own, also in a case reopened the next day.
 * Confirmations are kept per case for the session, so that opening the walk again does not ask again. A value put back
 * by undo is the example again.
 */
final class ExampleValues {

    private static final Map<CaseViewModel, ExampleValues> BY_CASE = new WeakHashMap<>();
    private static final Pattern OPTION = Pattern.compile("^options\\[(\\d+)](\\..*)$");

    private final CaseViewModel vm;
    /** The value each field showed when the walk first showed it: the example. */
    private final Map<String, JsonNode> examples = new HashMap<>();
    private final Set<String> confirmed = new HashSet<>();

    static ExampleValues of(CaseViewModel vm) {
        return BY_CASE.computeIfAbsent(vm, ExampleValues::new);
    }

    private ExampleValues(CaseViewModel vm) {
        this.vm = vm;
        // A case just opened has an empty history (nothing to undo nor redo) and no changes: its values are examples
        // until confirmed. Undoing back to the opened case leaves something to redo, and keeps what was confirmed.
        vm.replacedProperty().addListener((o, a, b) -> {
            if (!vm.history().canUndoProperty().get() && !vm.history().canRedoProperty().get() && !vm.dirtyProperty().get()) {
                examples.clear();
                confirmed.clear();
            }
        });
    }

    /** Whether the field at {@code path} still shows the example it first showed, unconfirmed. */
    boolean isExample(String path) {
        if (confirmed.contains(path)) {
            return false;
        }
        JsonNode now = vm.valueAt(path);
        JsonNode example = examples.computeIfAbsent(path, p -> now == null ? NullNode.instance : now.deepCopy());
        return same(example, now) && ExampleTemplates.hold(path, now, vm.businessCase());
    }

    void confirm(String path) {
        confirmed.add(path);
    }

    /** A location was given another type's starting figures: its fields are examples again. */
    void forgetOption(int index) {
        String prefix = "options[" + index + "].";
        examples.keySet().removeIf(k -> k.startsWith(prefix));
        confirmed.removeIf(k -> k.startsWith(prefix));
    }

    /** A location was removed: the locations after it move up one place, and so do their marks. */
    void optionRemoved(int index) {
        forgetOption(index);
        Map<String, JsonNode> movedExamples = new HashMap<>();
        examples.forEach((k, v) -> movedExamples.put(shift(k, index), v));
        examples.clear();
        examples.putAll(movedExamples);
        Set<String> movedConfirmed = new HashSet<>();
        confirmed.forEach(k -> movedConfirmed.add(shift(k, index)));
        confirmed.clear();
        confirmed.addAll(movedConfirmed);
    }

    private static String shift(String path, int removed) {
        Matcher m = OPTION.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) < removed) {
            return path;
        }
        return "options[" + (Integer.parseInt(m.group(1)) - 1) + "]" + m.group(2);
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null) {
            return b == null || b.isNull();
        }
        if (b == null) {
            return a.isNull();
        }
        return a.isNumber() && b.isNumber() ? a.doubleValue() == b.doubleValue() : a.equals(b);
    }

    /**
     * Puts the marker beside a field of a {@link Form} (in the grid row of the field, after its unit): "voorbeeldwaarde"
     * with a button to confirm it. It follows every change of the case; Enter on the unchanged example confirms it too.
     */
    void mark(TextField field, String path, CaseViewModel vm, I18n i18n) {
        Label label = new Label(i18n.t("guided.example"));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING, "pp-example-marker");
        Button ok = new Button(i18n.t("guided.example.confirm"));
        ok.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        ok.setAccessibleText(i18n.t("guided.example.confirm") + " " + field.getAccessibleText());
        HBox marker = new HBox(4, label, ok);
        marker.setId("example-" + Form.idOf(path));
        marker.setAlignment(Pos.CENTER_LEFT);
        marker.managedProperty().bind(marker.visibleProperty());
        Runnable refresh = () -> marker.setVisible(isExample(path));
        ok.setOnAction(e -> {
            confirm(path);
            refresh.run();
        });
        // Enter on the example itself accepts it; a changed value is no example anyway, and undo may bring the example back.
        field.addEventHandler(ActionEvent.ACTION, e -> {
            if (!field.getPseudoClassStates().contains(Styles.STATE_DANGER) && isExample(path)) {
                confirm(path);
            }
            refresh.run();
        });
        vm.on(vm.editsProperty(), refresh);
        vm.on(vm.replacedProperty(), refresh);
        refresh.run();
        GridPane grid = (GridPane) field.getParent();
        grid.add(marker, 3, GridPane.getRowIndex(field));
    }
}
