package nl.praktijkplan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.assumption.Assumption;

/**
 * A column of labelled inputs, each bound to a field path of the case. Typing applies the value at once when
 * it is valid; otherwise the field is marked and a message shows under it, and the last valid value keeps
 * driving the results. Numbers are read and written in the UI language.
 */
public final class Form {

    /** How a number field reads and shows its value. */
    public enum Kind {
        MONEY("€", 0, false), PERCENT("%", 2, false), DECIMAL("", 2, false), INTEGER("", 0, true),
        M2("m²", 1, false), YEAR("", 0, true), MONEY_PER_M2("€/m²", 2, false);

        final String unit;
        final int decimals;
        final boolean whole;

        Kind(String unit, int decimals, boolean whole) {
            this.unit = unit;
            this.decimals = decimals;
            this.whole = whole;
        }
    }

    /** One bound input: knows how to reload itself from the case. */
    private interface Bound {
        void reload(boolean force);
    }

    /** The widest a form grows in a full-width chapter, where it sits above a table (px at the default font). */
    public static final double WIDE_MAX_WIDTH = 720;

    private final CaseViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final List<Bound> bound = new ArrayList<>();
    private int row;
    private boolean showAssumptions = true;

    public Form(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setPadding(new Insets(8, 12, 12, 12));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(150);
        label.setPrefWidth(220);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(120);
        field.setPrefWidth(200);
        field.setHgrow(Priority.SOMETIMES);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(36);
        grid.getColumnConstraints().addAll(label, field, unit);
        grid.getStyleClass().add("pp-form");
        vm.on(vm.replacedProperty(), () -> reload(true));
        vm.on(vm.editsProperty(), () -> reload(false));
        vm.on(vm.selectedOptionProperty(), () -> reload(true));
    }

    /** Whether {@link #assumption} adds its row (expert mode) or skips it (the GP's simpler view). */
    public Form showAssumptions(boolean show) {
        this.showAssumptions = show;
        return this;
    }

    public GridPane node() {
        return grid;
    }

    public void reload(boolean force) {
        for (Bound b : bound) {
            b.reload(force);
        }
    }

    public void section(String titleKey) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "pp-section");
        GridPane.setMargin(title, new Insets(row == 0 ? 0 : 14, 0, 4, 0));
        grid.add(title, 0, row++, 3, 1);
    }

    public void note(String key) {
        Label l = new Label(i18n.t(key));
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        grid.add(l, 0, row++, 3, 1);
    }

    public void add(Node node) {
        grid.add(node, 0, row++, 3, 1);
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.t(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setWrapText(true);
        return l;
    }

    private Label message() {
        Label m = new Label();
        m.getStyleClass().add("pp-field-message");
        m.setWrapText(true);
        m.setManaged(false);
        m.setVisible(false);
        return m;
    }

    /**
     * Marks the field with its problem, or clears the mark. {@code inUse} tells the value the calculation still
     * uses (number fields), so that the user sees which value drives the results; null gives a general sentence.
     */
    private void show(Label message, Node field, List<Problem> problems, String path, Supplier<String> inUse) {
        if (problems.isEmpty()) {
            message.setText("");
            message.setVisible(false);
            message.setManaged(false);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            FieldMark.clear(field);
            return;
        }
        Problem p = problems.stream().filter(x -> x.path().equals(path)).findFirst().orElse(problems.get(0));
        String problem = p.path().equals(path) ? i18n.t("validation.field", p.message(i18n.dutch())) : p.describe(i18n.dutch());
        String value = inUse == null ? null : inUse.get();
        String text = problem + " " + (value == null ? i18n.t("validation.lastValid") : i18n.t("validation.inUse", value));
        message.setText(text);
        message.setVisible(true);
        message.setManaged(true);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        FieldMark.show(field, text);
    }

    /** A value as its field shows it, with its unit: "€ 250.000", "21%", "200 m²". */
    private String withUnit(double value, Kind kind) {
        NumberFormats n = i18n.numbers();
        return switch (kind) {
            case MONEY -> n.money(value);
            case PERCENT -> n.percent(value, kind.decimals);
            case YEAR -> String.valueOf((long) value);
            default -> kind.unit.isEmpty() ? n.format(value, kind.decimals) : n.format(value, kind.decimals) + " " + kind.unit;
        };
    }

    /** A number input at a fixed path. */
    public TextField number(String path, String labelKey, Kind kind) {
        return number(() -> path, labelKey, kind);
    }

    /** A number input whose path depends on the selection (e.g. the option being edited). */
    public TextField number(Supplier<String> path, String labelKey, Kind kind) {
        TextField field = new TextField();
        field.setId(idOf(path.get()));
        field.setPrefColumnCount(10);
        field.setAccessibleText(i18n.t(labelKey).replace("_", ""));
        field.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        Label message = message();
        Label unit = new Label(kind.unit);
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        Supplier<String> inUse = () -> {
            JsonNode v = vm.valueAt(path.get());
            return v == null || !v.isNumber() ? null : withUnit(v.asDouble(), kind);
        };
        boolean[] updating = {false};
        field.textProperty().addListener((o, old, text) -> {
            if (updating[0]) {
                return;
            }
            NumberFormats.Parsed p = i18n.numbers().parse(text, kind.whole);
            if (!p.ok()) {
                String m = i18n.t(p.errorKey());
                show(message, field, List.of(new Problem("", m, m)), path.get(), inUse); // a parse error is a whole sentence
                return;
            }
            show(message, field, vm.edit(path.get(), p.value()), path.get(), inUse);
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && !message.isVisible()) {
                ((Bound) field.getProperties().get("pp.bound")).reload(true);
            }
        });
        Bound b = force -> {
            if (!force && (message.isVisible() || field.isFocused())) {
                return;
            }
            JsonNode v = vm.valueAt(path.get());
            double value = v == null || !v.isNumber() ? 0 : v.asDouble();
            NumberFormats.Parsed current = i18n.numbers().parse(field.getText(), kind.whole);
            if (!force && current.ok() && current.value() == value) {
                return;
            }
            updating[0] = true;
            field.setText(kind == Kind.YEAR ? String.valueOf((long) value) : i18n.numbers().format(value, kind.decimals));
            updating[0] = false;
            show(message, field, List.of(), path.get(), inUse);
        };
        field.getProperties().put("pp.bound", b);
        bound.add(b);
        b.reload(true);
        placeRow(label(labelKey, field), field, unit, message);
        return field;
    }

    /** A text input (names). */
    public TextField text(Supplier<String> path, String labelKey) {
        TextField field = new TextField();
        Label message = bindText(field, path, labelKey);
        placeRow(label(labelKey, field), field, new Label(), message);
        return field;
    }

    /** A text of a few sentences (the insurer's problem statement): the label above, the text the form's width. */
    public TextArea paragraph(Supplier<String> path, String labelKey) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        Label message = bindText(area, path, labelKey);
        grid.add(label(labelKey, area), 0, row++, 3, 1);
        grid.add(area, 0, row++, 3, 1);
        grid.add(message, 0, row++, 3, 1);
        return area;
    }

    /** Binds a text input to its path: every change is applied; the input reloads when the case changes. */
    private Label bindText(TextInputControl field, Supplier<String> path, String labelKey) {
        field.setId(idOf(path.get()));
        field.setAccessibleText(i18n.t(labelKey).replace("_", ""));
        Label message = message();
        boolean[] updating = {false};
        field.textProperty().addListener((o, old, text) -> {
            if (!updating[0]) {
                show(message, field, vm.edit(path.get(), text), path.get(), null);
            }
        });
        Bound b = force -> {
            if (!force && (message.isVisible() || field.isFocused())) {
                return;
            }
            JsonNode v = vm.valueAt(path.get());
            String value = v == null ? "" : v.asText();
            if (!value.equals(field.getText())) {
                updating[0] = true;
                field.setText(value);
                updating[0] = false;
            }
            show(message, field, List.of(), path.get(), null);
        };
        bound.add(b);
        b.reload(true);
        return message;
    }

    /** A choice between the constants of an enum, shown with their translated labels. */
    public <E extends Enum<E>> ComboBox<E> choice(Supplier<String> path, String labelKey, Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setId(idOf(path.get()));
        box.setAccessibleText(i18n.t(labelKey).replace("_", ""));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.enumLabel(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        Label message = message();
        boolean[] updating = {false};
        box.valueProperty().addListener((o, old, v) -> {
            if (!updating[0] && v != null) {
                show(message, box, vm.edit(path.get(), v.name()), path.get(), null);
            }
        });
        Bound b = force -> {
            JsonNode v = vm.valueAt(path.get());
            if (v == null || !v.isTextual()) {
                return;
            }
            E value = Enum.valueOf(type, v.asText());
            if (value != box.getValue()) {
                updating[0] = true;
                box.setValue(value);
                updating[0] = false;
            }
            if (force) {
                show(message, box, List.of(), path.get(), null);
            }
        };
        bound.add(b);
        b.reload(true);
        placeRow(label(labelKey, box), box, new Label(), message);
        return box;
    }

    public CheckBox check(Supplier<String> path, String labelKey) {
        CheckBox box = new CheckBox(i18n.t(labelKey));
        box.setId(idOf(path.get()));
        box.setMnemonicParsing(true);
        box.setWrapText(true);
        Label message = message();
        boolean[] updating = {false};
        box.selectedProperty().addListener((o, old, v) -> {
            if (!updating[0]) {
                show(message, box, vm.edit(path.get(), v), path.get(), null);
            }
        });
        Bound b = force -> {
            JsonNode v = vm.valueAt(path.get());
            boolean value = v != null && v.asBoolean();
            if (value != box.isSelected()) {
                updating[0] = true;
                box.setSelected(value);
                updating[0] = false;
            }
        };
        bound.add(b);
        b.reload(true);
        grid.add(box, 1, row++, 2, 1);
        grid.add(message, 1, row++, 2, 1);
        return box;
    }

    /**
     * An input for an assumption: shows the value the case uses, the source in a tooltip, a marker when the case
     * overrides the default, and a reset button.
     */
    public TextField assumption(String key) {
        Assumption a = vm.catalogue().get(key);
        TextField field = new TextField();
        if (!showAssumptions) {
            return field; // not placed: the GP's view leaves assumptions at their defaults or the case's overrides
        }
        field.setId(idOf("assumption." + key));
        field.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        field.setPrefColumnCount(8);
        field.setAccessibleText(a.label(i18n.dutch()));
        Tooltip tip = new Tooltip(AssumptionTexts.tooltip(a, i18n));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        field.setTooltip(tip);
        Label lbl = new Label(a.label(i18n.dutch()));
        lbl.setWrapText(true);
        lbl.setLabelFor(field);
        lbl.setTooltip(tip);
        Label message = message();
        Label marker = new Label(i18n.t("assumption.overridden"));
        marker.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING, "pp-override-marker");
        Button reset = new Button(i18n.t("assumption.reset"));
        reset.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        reset.setAccessibleText(i18n.t("assumption.reset") + " " + a.label(i18n.dutch()));
        reset.setOnAction(e -> vm.resetOverride(key));
        boolean[] updating = {false};
        String path = "assumptionOverrides." + key;
        Supplier<String> inUse = () -> i18n.numbers().format(vm.assumptionValue(key), 4) + " " + AssumptionTexts.unitText(a.unit(), i18n);
        field.textProperty().addListener((o, old, text) -> {
            if (updating[0]) {
                return;
            }
            NumberFormats.Parsed p = i18n.numbers().parse(text, false);
            if (!p.ok()) {
                String m = i18n.t(p.errorKey());
                show(message, field, List.of(new Problem("", m, m)), path, inUse);
                return;
            }
            if (!vm.isOverridden(key) && p.value() == a.value()) {
                show(message, field, List.of(), path, inUse);
                return;
            }
            show(message, field, vm.setOverride(key, p.value()), path, inUse);
        });
        Bound b = force -> {
            boolean overridden = vm.isOverridden(key);
            marker.setVisible(overridden);
            reset.setVisible(overridden);
            if (!force && (message.isVisible() || field.isFocused())) {
                return;
            }
            double value = vm.assumptionValue(key);
            NumberFormats.Parsed current = i18n.numbers().parse(field.getText(), false);
            if (force || !current.ok() || current.value() != value) {
                updating[0] = true;
                field.setText(i18n.numbers().format(value, 4));
                updating[0] = false;
                show(message, field, List.of(), path, inUse);
            }
        };
        bound.add(b);
        b.reload(true);
        // Hidden marker and reset take no room: otherwise the unit column is as wide as they are on every row.
        marker.managedProperty().bind(marker.visibleProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        HBox extra = new HBox(4, new Label(AssumptionTexts.unitText(a.unit(), i18n)), marker, reset);
        extra.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(lbl, 0, row);
        grid.add(field, 1, row);
        grid.add(extra, 2, row++);
        grid.add(message, 1, row++, 2, 1);
        return field;
    }

    private void placeRow(Label label, Node field, Label unit, Label message) {
        GridPane.setHalignment(label, HPos.LEFT);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        grid.add(unit, 2, row++);
        grid.add(message, 1, row++, 2, 1);
    }

    /** A stable node id for tests and accessibility tools: {@code options[1].areaM2} → {@code options-1-areaM2}. */
    public static String idOf(String path) {
        return path.replaceAll("options\\[\\d+]", "option").replace("[", "-").replace("]", "").replace(".", "-");
    }
}
