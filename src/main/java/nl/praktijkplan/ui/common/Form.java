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
import javafx.scene.layout.Region;
import javafx.util.Duration;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.assumption.Assumption;

/**
 * A column of labelled inputs, each bound to a field path of the case. Typed text is applied on Enter, on leaving
 * the field or after a short pause ({@link FieldCommit}); an entry that cannot be read or is out of range is refused
 * whole: the field shows its last committed value again and a message under it says what was not taken over.
 * Choices and check boxes apply at once. Numbers are read and written in the UI language.
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
    /** Rows shown only under a condition (the fields of one option type), in the order they were added. */
    private final List<Group> groups = new ArrayList<>();
    private Group group;

    /** Nodes that show only while their condition holds. */
    private record Group(java.util.function.BooleanSupplier condition, List<Node> nodes) {
    }
    private boolean showAssumptions = true;

    /** Characters of a choice's label that still fit beside its name (the field and unit columns, about 260 px). */
    private static final int LONG_CHOICE = 24;

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
        showGroups();
        return grid;
    }

    public void reload(boolean force) {
        for (Bound b : bound) {
            b.reload(force);
        }
        showGroups();
    }

    private void showGroups() {
        for (Group g : groups) {
            boolean show = g.condition().getAsBoolean();
            for (Node n : g.nodes()) {
                // A field's message shows only when it has something to say.
                boolean on = show && !(n instanceof Label l && l.getStyleClass().contains("pp-field-message") && l.getText().isEmpty());
                n.setVisible(on);
                n.setManaged(on);
            }
        }
    }

    /**
     * The rows added from now on show only while {@code condition} holds (re-evaluated on every change of the case),
     * until {@link #always()}: an option form shows the fields of the option's type only.
     */
    public Form onlyWhen(java.util.function.BooleanSupplier condition) {
        group = new Group(condition, new ArrayList<>());
        groups.add(group);
        return this;
    }

    /** The rows added from now on always show. */
    public Form always() {
        group = null;
        return this;
    }

    private void put(Node node, int column, int r) {
        put(node, column, r, 1, 1);
    }

    private void put(Node node, int column, int r, int columnSpan, int rowSpan) {
        grid.add(node, column, r, columnSpan, rowSpan);
        if (group != null) {
            group.nodes().add(node);
        }
    }

    public void section(String titleKey) {
        section(() -> titleKey);
    }

    /** A section whose title depends on the case (the option's type); it follows every change. */
    public void section(Supplier<String> titleKey) {
        Label title = new Label(i18n.t(titleKey.get()));
        bound.add(force -> title.setText(i18n.t(titleKey.get())));
        title.getStyleClass().addAll(Styles.TITLE_4, "pp-section");
        GridPane.setMargin(title, new Insets(row == 0 ? 0 : 14, 0, 4, 0));
        put(title, 0, row++, 3, 1);
    }

    public void note(String key) {
        Label l = new Label(i18n.t(key));
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        put(l, 0, row++, 3, 1);
    }

    public void add(Node node) {
        put(node, 0, row++, 3, 1);
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

    /** The sentence for the field's first problem: "Deze waarde moet ≥ 0 zijn." or the problem with its field. */
    private String problemText(List<Problem> problems, String path) {
        Problem p = problems.stream().filter(x -> x.path().equals(path)).findFirst().orElse(problems.get(0));
        return p.path().equals(path) ? i18n.t("validation.field", p.message(i18n.dutch())) : p.describe(i18n.dutch());
    }

    /**
     * Marks the field with its problem while the user is still typing, or clears the mark. {@code inUse} tells the
     * value the calculation still uses (number fields); null gives a general sentence.
     */
    private void show(Label message, Node field, List<Problem> problems, String path, Supplier<String> inUse) {
        if (problems.isEmpty()) {
            mark(message, field, null);
            return;
        }
        String value = inUse == null ? null : inUse.get();
        mark(message, field, problemText(problems, path) + " "
                + (value == null ? i18n.t("validation.lastValid") : i18n.t("validation.inUse", value)));
    }

    /** Refuses an entry whole: the field shows its committed value again and says what was not taken over. */
    private void refuse(Label message, Node field, FieldCommit commit, String typed, List<Problem> problems, String path,
                        Supplier<String> inUse) {
        commit.show(commit.committedText());
        String value = inUse == null ? null : inUse.get();
        mark(message, field, i18n.t("validation.refused", typed.strip(), problemText(problems, path),
                value == null ? commit.committedText() : value));
    }

    private static void mark(Label message, Node field, String text) {
        boolean problem = text != null;
        message.setText(problem ? text : "");
        message.setVisible(problem);
        message.setManaged(problem);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, problem);
        if (problem) {
            FieldMark.show(field, text);
        } else {
            FieldMark.clear(field);
        }
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

    /**
     * Whether a number text may be applied after a pause: it reads as a number and does not end where typing
     * evidently goes on (a separator, a sign, or a grouping separator with fewer than three digits after it).
     */
    private boolean finishedNumber(String text, boolean whole) {
        String t = text.strip();
        if (t.isEmpty() || !i18n.numbers().parse(t, whole).ok()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == '-' || last == '+' || last == '\u2212') {
            return false;
        }
        char grouping = i18n.dutch() ? '.' : ',';
        int g = t.lastIndexOf(grouping);
        return g < 0 || t.length() - g - 1 >= 3;
    }

    /**
     * The shared behaviour of a number input: typing is applied on Enter, on leaving or after a pause; an entry that
     * cannot be read or is out of range is refused whole when the user finishes it, and marked while typing.
     */
    private FieldCommit numberInput(TextField field, Label message, boolean whole, Supplier<String> path,
                                    java.util.function.DoubleFunction<List<Problem>> apply, Supplier<String> inUse) {
        return numberInput(field, message, whole, path, apply, inUse, null);
    }

    /** @param clear what an emptied field does (an optional value becomes "not given"); null: empty is refused */
    private FieldCommit numberInput(TextField field, Label message, boolean whole, Supplier<String> path,
                                    java.util.function.DoubleFunction<List<Problem>> apply, Supplier<String> inUse,
                                    Supplier<List<Problem>> clear) {
        FieldCommit[] fc = new FieldCommit[1];
        fc[0] = new FieldCommit(field, t -> finishedNumber(t, whole), isFinal -> {
            String typed = field.getText();
            NumberFormats.Parsed p = i18n.numbers().parse(typed, whole);
            List<Problem> problems;
            if (clear != null && typed.isBlank()) {
                problems = clear.get();
            } else if (p.ok()) {
                problems = apply.apply(p.value());
            } else {
                String m = i18n.t(p.errorKey());
                problems = List.of(new Problem("", m, m)); // a parse error is a whole sentence
            }
            if (problems.isEmpty()) {
                fc[0].committed();
                mark(message, field, null);
                if (isFinal) {
                    ((Bound) field.getProperties().get("pp.bound")).reload(true); // "6000" reads "6.000" once left
                }
            } else if (isFinal) {
                refuse(message, field, fc[0], typed, problems, path.get(), inUse);
            } else {
                show(message, field, problems, path.get(), inUse);
            }
        });
        return fc[0];
    }

    /** A number input at a fixed path. */
    public TextField number(String path, String labelKey, Kind kind) {
        return number(() -> path, labelKey, kind);
    }

    /** A number input whose path depends on the selection (e.g. the option being edited). */
    public TextField number(Supplier<String> path, String labelKey, Kind kind) {
        return number(path, labelKey, kind, false);
    }

    /** Empties an optional value (no step when it is already empty). */
    private List<Problem> clear(String path) {
        JsonNode v = vm.valueAt(path);
        return v == null || !v.isNumber() ? List.of() : vm.edit(path, com.fasterxml.jackson.databind.node.NullNode.getInstance());
    }

    /** A number the user may leave empty: empty shows and stores "not given" (null), never a 0. */
    public TextField optionalNumber(String path, String labelKey, Kind kind) {
        return number(() -> path, labelKey, kind, true);
    }

    private TextField number(Supplier<String> path, String labelKey, Kind kind, boolean optional) {
        TextField field = new TextField();
        field.setId(idOf(path.get()));
        field.setPrefColumnCount(10);
        field.setAccessibleText(i18n.t(labelKey).replace("_", ""));
        field.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        Label message = message();
        Label unit = new Label(kind.unit);
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        unit.setMinWidth(Region.USE_PREF_SIZE); // "patiënten" is never cut to "patiën…": the other columns give way
        Supplier<String> inUse = () -> {
            JsonNode v = vm.valueAt(path.get());
            return v == null || !v.isNumber() ? null : withUnit(v.asDouble(), kind);
        };
        FieldCommit commit = numberInput(field, message, kind.whole, path, v -> vm.edit(path.get(), v), inUse,
                optional ? () -> clear(path.get()) : null);
        Bound b = force -> {
            JsonNode v = vm.valueAt(path.get());
            double value = v == null || !v.isNumber() ? 0 : v.asDouble();
            boolean empty = optional && (v == null || !v.isNumber());
            String text = empty ? "" : kind == Kind.YEAR ? String.valueOf((long) value) : i18n.numbers().format(value, kind.decimals);
            if (!force && field.isFocused()) {
                NumberFormats.Parsed current = i18n.numbers().parse(field.getText(), kind.whole);
                if (commit.typing() || current.ok() && current.value() == value) {
                    return; // the user's own typing, or the value just committed as typed: leave the caret alone
                }
            }
            if (force || !text.equals(field.getText())) {
                commit.show(text);
                mark(message, field, null);
            }
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
        placeWide(label(labelKey, field), field, message);
        return field;
    }

    /** A text of a few sentences (the insurer's problem statement): the label above, the text the form's width. */
    public TextArea paragraph(Supplier<String> path, String labelKey) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        Label message = bindText(area, path, labelKey);
        put(label(labelKey, area), 0, row++, 3, 1);
        put(area, 0, row++, 3, 1);
        put(message, 0, row++, 3, 1);
        return area;
    }

    /**
     * Binds a text input to its path: the text is applied on Enter (one-line fields), on leaving the field, or after a
     * pause at a word's end; the input reloads when the case changes.
     */
    private Label bindText(TextInputControl field, Supplier<String> path, String labelKey) {
        field.setId(idOf(path.get()));
        field.setAccessibleText(i18n.t(labelKey).replace("_", ""));
        Label message = message();
        FieldCommit[] fc = new FieldCommit[1];
        fc[0] = new FieldCommit(field, FieldCommit::atWordEnd, isFinal -> {
            String typed = field.getText();
            List<Problem> problems = vm.edit(path.get(), typed);
            if (problems.isEmpty()) {
                fc[0].committed();
                mark(message, field, null);
            } else if (isFinal) {
                refuse(message, field, fc[0], typed, problems, path.get(), null);
            } else {
                show(message, field, problems, path.get(), null);
            }
        });
        Bound b = force -> {
            if (!force && field.isFocused() && fc[0].typing()) {
                return;
            }
            JsonNode v = vm.valueAt(path.get());
            String value = v == null || v.isNull() ? "" : v.asText();
            if (force || !value.equals(field.getText())) {
                fc[0].show(value);
                mark(message, field, null);
            }
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
        // A choice with a long label ("LHV-norm (190 m² per 2.439 patiënten)") takes the form's full width, like a name.
        if (java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> i18n.enumLabel(e).length() > LONG_CHOICE)) {
            placeWide(label(labelKey, box), box, message);
        } else {
            placeChoice(label(labelKey, box), box, message);
        }
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
        put(box, 1, row++, 2, 1);
        put(message, 1, row++, 2, 1);
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
        String path = "assumptionOverrides." + key;
        Supplier<String> inUse = () -> i18n.numbers().format(vm.assumptionValue(key), 4) + " " + AssumptionTexts.unitText(a.unit(), i18n);
        // Typing the default itself does not make an override.
        FieldCommit commit = numberInput(field, message, false, () -> path,
                v -> !vm.isOverridden(key) && v == a.value() ? List.of() : vm.setOverride(key, v), inUse);
        Bound b = force -> {
            boolean overridden = vm.isOverridden(key);
            marker.setVisible(overridden);
            reset.setVisible(overridden);
            double value = vm.assumptionValue(key);
            if (!force && field.isFocused()) {
                NumberFormats.Parsed current = i18n.numbers().parse(field.getText(), false);
                if (commit.typing() || current.ok() && current.value() == value) {
                    return;
                }
            }
            String text = i18n.numbers().format(value, 4);
            if (force || !text.equals(field.getText())) {
                commit.show(text);
                mark(message, field, null);
            }
        };
        field.getProperties().put("pp.bound", b);
        bound.add(b);
        b.reload(true);
        // Hidden marker and reset take no room: otherwise the unit column is as wide as they are on every row.
        marker.managedProperty().bind(marker.visibleProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        Label unit = new Label(AssumptionTexts.unitText(a.unit(), i18n));
        unit.setMinWidth(Region.USE_PREF_SIZE); // "patiënten" is never cut to "patiën…"
        HBox extra = new HBox(4, unit, marker, reset);
        extra.setMinWidth(Region.USE_PREF_SIZE);
        extra.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        put(lbl, 0, row);
        put(field, 1, row);
        put(extra, 2, row++);
        put(message, 1, row++, 2, 1);
        return field;
    }

    /** A text (a name, a note): the label above and the field the form's full width, so that a long name is read whole. */
    private void placeWide(Label label, Node field, Label message) {
        GridPane.setHalignment(label, HPos.LEFT);
        put(label, 0, row++, 3, 1);
        put(field, 0, row++, 3, 1);
        put(message, 0, row++, 3, 1);
    }

    /** A choice has no unit: it takes the unit column too, so that a longer choice ("Kopen (bestaand pand)") is not cut. */
    private void placeChoice(Label label, Node box, Label message) {
        GridPane.setHalignment(label, HPos.LEFT);
        put(label, 0, row);
        put(box, 1, row++, 2, 1);
        put(message, 1, row++, 2, 1);
    }

    private void placeRow(Label label, Node field, Label unit, Label message) {
        GridPane.setHalignment(label, HPos.LEFT);
        put(label, 0, row);
        put(field, 1, row);
        put(unit, 2, row++);
        put(message, 1, row++, 2, 1);
    }

    /** A stable node id for tests and accessibility tools: {@code options[1].areaM2} → {@code options-1-areaM2}. */
    public static String idOf(String path) {
        // The fields of every option, holder or arrangement share one id (and one help text): the index is dropped.
        return path.replaceAll("options\\[\\d+]", "option").replaceAll("\\[\\d+]", "").replace(".", "-");
    }
}
