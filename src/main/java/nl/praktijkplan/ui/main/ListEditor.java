package nl.praktijkplan.ui.main;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.I18n;

/**
 * Edits a list in the case (the practice holders, segment-3 arrangements, the selected option's loan parts): a form
 * per item with its own fields, and buttons to add an item or remove the last one. The rows are rebuilt when the number
 * of items or the list's path (another option selected) changes; a change the reader refuses (e.g. a second holder of
 * an eenmanszaak) shows its message under the buttons.
 */
final class ListEditor {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final Supplier<String> path;
    private final String itemKey;
    private final int minimum;
    private final BiConsumer<Form, String> itemFields;
    private final VBox rows = new VBox(4);
    private final Label message = new Label();
    private final VBox node;
    private final Button remove;
    private int shown = -1;
    private String shownPath;

    /**
     * @param itemKey    message key of an item's title, with {0} for its number
     * @param itemFields adds an item's fields to a form, given the item's path (e.g. {@code practice.holders[1]})
     */
    ListEditor(CaseViewModel vm, I18n i18n, String path, String itemKey, String addKey, String removeKey, int minimum,
               Supplier<ObjectNode> newItem, BiConsumer<Form, String> itemFields) {
        this(vm, i18n, () -> path, itemKey, addKey, removeKey, minimum, newItem, itemFields);
    }

    /** @param path the list's path now, e.g. the selected option's {@code options[1].loanParts} */
    ListEditor(CaseViewModel vm, I18n i18n, Supplier<String> path, String itemKey, String addKey, String removeKey,
               int minimum, Supplier<ObjectNode> newItem, BiConsumer<Form, String> itemFields) {
        this.vm = vm;
        this.i18n = i18n;
        this.path = path;
        this.itemKey = itemKey;
        this.minimum = minimum;
        this.itemFields = itemFields;
        Button add = new Button(i18n.t(addKey));
        add.setOnAction(e -> change(items -> items.add(newItem.get())));
        remove = new Button(i18n.t(removeKey));
        remove.setOnAction(e -> change(items -> items.remove(items.size() - 1)));
        message.getStyleClass().add("pp-field-message");
        message.setWrapText(true);
        node = new VBox(6, rows, new HBox(8, add, remove), message);
        node.setId("list-" + Form.idOf(path.get()));
        vm.on(vm.replacedProperty(), this::rebuildIfCountChanged);
        vm.on(vm.editsProperty(), this::rebuildIfCountChanged);
        vm.on(vm.selectedOptionProperty(), this::rebuildIfCountChanged);
        rebuildIfCountChanged();
    }

    VBox node() {
        return node;
    }

    private int count() {
        JsonNode list = vm.valueAt(path.get());
        return list != null && list.isArray() ? list.size() : 0;
    }

    private void change(java.util.function.Consumer<ArrayNode> how) {
        JsonNode current = vm.valueAt(path.get());
        ArrayNode items = current != null && current.isArray() ? ((ArrayNode) current).deepCopy()
                : JsonNodeFactory.instance.arrayNode();
        int before = items.size();
        how.accept(items);
        List<Problem> problems = vm.edit(path.get(), items);
        message.setText(problems.isEmpty() ? "" : problems.get(0).message(i18n.dutch()));
        if (problems.isEmpty() && items.size() != before) {
            rebuildIfCountChanged();
        }
    }

    private void rebuildIfCountChanged() {
        int n = count();
        String at = path.get();
        if (n == shown && at.equals(shownPath)) {
            return;
        }
        shown = n;
        shownPath = at;
        remove.setDisable(n <= minimum); // nothing left that may go
        rows.getChildren().clear();
        for (int k = 0; k < n; k++) {
            Form f = new Form(vm, i18n);
            Label title = new Label(i18n.t(itemKey, k + 1));
            title.getStyleClass().add("pp-list-item");
            f.add(title);
            itemFields.accept(f, at + "[" + k + "]");
            rows.getChildren().add(f.node());
        }
    }
}
