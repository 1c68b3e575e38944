package nl.praktijkplan.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.LocationScores;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.BankProfile;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.StarterOption;

/**
 * The state behind every screen: the last valid case, its result, the file it came from and whether it changed.
 * An edit is a (field path, value) pair applied to a copy of the case's JSON tree and validated by the case file
 * reader, so ranges and messages come from one place; only a valid candidate replaces the case and is recomputed.
 * An invalid edit changes nothing and returns the problems, each with its field path.
 * <p>
 * Every committed change is a step in the case's {@link CaseHistory} (undo, redo). Consultation mode makes its
 * changes provisional ({@link #beginProvisional()}): they recompute at once but become one step, or none, when the
 * mode is left. {@link #commitsProperty()} counts the changes that are part of the case; autosave follows it.
 */
public final class CaseViewModel {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    /** An option's name: its location scores follow a rename. */
    private static final Pattern OPTION_NAME = Pattern.compile("options\\[\\d+]\\.name");

    private final CaseFileReader reader = new CaseFileReader();
    private final CaseFileWriter writer = new CaseFileWriter();
    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private final AssumptionCatalogue catalogue = AssumptionCatalogue.standard();

    private ObjectNode tree;
    private final ReadOnlyObjectWrapper<BusinessCase> businessCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BusinessCaseResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final IntegerProperty selectedOption = new SimpleIntegerProperty(0);
    /** Incremented when the whole case is replaced (open, new, options added or removed): fields reload. */
    private final ReadOnlyIntegerWrapper replaced = new ReadOnlyIntegerWrapper(0);
    /** Incremented after every applied edit: other views showing the same value refresh. */
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(0);
    /** Incremented when a change becomes part of the case: an edit outside consultation, a kept consultation, undo, redo. */
    private final ReadOnlyIntegerWrapper commits = new ReadOnlyIntegerWrapper(0);
    private final CaseHistory history = new CaseHistory();
    /** The tree last saved (or loaded): the case is dirty when its tree is another one. */
    private ObjectNode cleanTree;
    /** The tree when consultation began; null outside consultation. */
    private ObjectNode provisionalBase;
    private int provisionalOption;
    /** The listeners of the views now on screen; replaced when the views are rebuilt. */
    private ViewScope scope = new ViewScope();
    /** Nanoseconds the last recompute took (engine only). */
    private long lastComputeNanos;

    public CaseViewModel(BusinessCase initial, Path file) {
        // Whoever marks the case saved (a file save, the library's autosave) makes the tree now shown the clean one.
        dirty.addListener((o, was, is) -> {
            if (!is) {
                cleanTree = tree;
            }
        });
        load(initial, file);
    }

    // ---- state ---------------------------------------------------------------------------------

    public BusinessCase businessCase() {
        return businessCase.get();
    }

    public ReadOnlyObjectProperty<BusinessCaseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BusinessCaseResult result() {
        return result.get();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public IntegerProperty selectedOptionProperty() {
        return selectedOption;
    }

    /** The option being edited, clamped to the options that exist. */
    public int selectedOption() {
        int n = businessCase().options().size();
        return Math.max(0, Math.min(selectedOption.get(), n - 1));
    }

    public ReadOnlyIntegerProperty replacedProperty() {
        return replaced.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty commitsProperty() {
        return commits.getReadOnlyProperty();
    }

    public CaseHistory history() {
        return history;
    }

    public AssumptionCatalogue catalogue() {
        return catalogue;
    }

    public long lastComputeNanos() {
        return lastComputeNanos;
    }

    // ---- view listeners ------------------------------------------------------------------------

    /** Registers a view's listener in the current view scope. */
    public <T> void on(javafx.beans.value.ObservableValue<T> property, Runnable action) {
        scope.on(property, action);
    }

    /** Starts a new scope for views about to be built; returns the previous one (to dispose or restore). */
    public ViewScope beginScope() {
        ViewScope previous = scope;
        scope = new ViewScope();
        return previous;
    }

    public ViewScope scope() {
        return scope;
    }

    public void restoreScope(ViewScope s) {
        scope = s;
    }

    // ---- whole-case operations ----------------------------------------------------------------

    /** Replaces the case (after open or new); the case must be valid (it came from the reader or a sample). */
    public void load(BusinessCase c, Path from) {
        tree = writer.toTree(c);
        cleanTree = tree;
        provisionalBase = null;
        history.clear();
        businessCase.set(c);
        file.set(from);
        selectedOption.set(Math.max(0, c.preferredOption()));
        recompute();
        dirty.set(false);
        replaced.set(replaced.get() + 1);
    }

    public ReadResult open(Path path) {
        ReadResult r = reader.read(path);
        if (r.ok()) {
            load(r.businessCase(), path);
        }
        return r;
    }

    public void save(Path path) throws IOException {
        writer.write(businessCase(), path);
        file.set(path);
        dirty.set(false);
    }

    // ---- edits ---------------------------------------------------------------------------------

    /** The current (valid) value at a field path such as {@code options[1].purchasePrice}; null if absent. */
    public JsonNode valueAt(String path) {
        return valueAt(tree, path);
    }

    /** The value at a field path such as {@code options[1].purchasePrice} in a case's JSON tree; null if absent. */
    public static JsonNode valueAt(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (node == null || !m.matches()) {
                return null;
            }
            node = node.get(m.group(1));
            if (m.group(2) != null && node != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
        }
        return node;
    }

    public List<Problem> edit(String path, double value) {
        return edit(path, DoubleNode.valueOf(value));
    }

    public List<Problem> edit(String path, String value) {
        return edit(path, JsonNodeFactory.instance.textNode(value));
    }

    public List<Problem> edit(String path, boolean value) {
        return edit(path, JsonNodeFactory.instance.booleanNode(value));
    }

    /**
     * Applies one field change if the resulting case is valid and computes; otherwise returns every problem
     * and keeps the last valid case and result. Never throws for a bad value.
     */
    public List<Problem> edit(String path, JsonNode value) {
        if (same(valueAt(path), value)) {
            return List.of(); // leaving a field unchanged is no step in the history and does not mark the case
        }
        ObjectNode candidate = tree.deepCopy();
        JsonNode before = valueAt(path);
        if (!set(candidate, path, value)) {
            return List.of(new Problem(path, "onbekend veld", "unknown field"));
        }
        if (OPTION_NAME.matcher(path).matches() && before != null && before.isTextual() && value.isTextual()) {
            LocationScores.rename(candidate, before.textValue(), value.textValue().strip());
        }
        return apply(candidate, selectedOption.get());
    }

    private static boolean same(JsonNode current, JsonNode value) {
        if (current == null) {
            return false;
        }
        return current.isNumber() && value.isNumber() ? current.doubleValue() == value.doubleValue() : current.equals(value);
    }

    /**
     * Validates and computes a changed tree; a valid one replaces the case, selects {@code optionAfter}, counts as an
     * edit and, outside consultation, as a step in the history. Adding or removing an option bumps {@code replaced}
     * itself after this.
     */
    private List<Problem> apply(ObjectNode candidate, int optionAfter) {
        ReadResult r = reader.read(candidate);
        if (!r.ok()) {
            return r.problems();
        }
        BusinessCaseResult computed;
        long t0 = System.nanoTime();
        try {
            computed = engine.compute(r.businessCase());
        } catch (RuntimeException e) {
            return List.of(new Problem("", "de berekening kan met deze waarde niet worden uitgevoerd (" + e.getMessage() + ")",
                    "the calculation cannot run with this value (" + e.getMessage() + ")"));
        }
        lastComputeNanos = System.nanoTime() - t0;
        ObjectNode before = tree;
        int optionBefore = selectedOption.get();
        tree = candidate;
        businessCase.set(r.businessCase());
        result.set(computed);
        selectedOption.set(optionAfter);
        dirty.set(true);
        if (provisionalBase == null) {
            history.record(new CaseHistory.Step(before, candidate, optionBefore, optionAfter));
        }
        edits.set(edits.get() + 1);
        if (provisionalBase == null) {
            commits.set(commits.get() + 1);
        }
        return List.of();
    }

    // ---- undo, redo, provisional changes ---------------------------------------------------------

    /** Undoes the last step; false when there is none (or during consultation, whose changes are not steps yet). */
    public boolean undo() {
        CaseHistory.Step s = provisionalBase == null ? history.takeUndo() : null;
        if (s != null) {
            restore(s.before(), s.optionBefore(), true);
        }
        return s != null;
    }

    public boolean redo() {
        CaseHistory.Step s = provisionalBase == null ? history.takeRedo() : null;
        if (s != null) {
            restore(s.after(), s.optionAfter(), true);
        }
        return s != null;
    }

    /** From now on changes are provisional: they recompute but are not steps, and autosave does not see them. */
    public void beginProvisional() {
        provisionalBase = tree;
        provisionalOption = selectedOption.get();
    }

    public boolean inProvisional() {
        return provisionalBase != null;
    }

    /** Whether the provisional changes changed the case. */
    public boolean hasProvisionalChanges() {
        return provisionalBase != null && tree != provisionalBase;
    }

    /** Keeps the provisional changes as one step in the history. */
    public void keepProvisional() {
        ObjectNode base = provisionalBase;
        provisionalBase = null;
        if (base != null && tree != base) {
            history.record(new CaseHistory.Step(base, tree, provisionalOption, selectedOption.get()));
            commits.set(commits.get() + 1);
        }
    }

    /** Puts the case back as it was when the provisional changes began. */
    public void discardProvisional() {
        ObjectNode base = provisionalBase;
        provisionalBase = null;
        if (base != null && tree != base) {
            restore(base, provisionalOption, false);
        }
    }

    /**
     * Shows a tree committed before (it was valid then and the reader has not changed since): every field reloads.
     * {@code commit} tells whether this changes the case as saved (undo, redo) or only ends a provisional change.
     */
    private void restore(ObjectNode t, int option, boolean commit) {
        ReadResult r = reader.read(t);
        if (!r.ok()) {
            throw new IllegalStateException("a committed case no longer reads: " + r.problems());
        }
        tree = t;
        businessCase.set(r.businessCase());
        recompute();
        selectedOption.set(Math.max(0, Math.min(option, r.businessCase().options().size() - 1)));
        dirty.set(tree != cleanTree);
        edits.set(edits.get() + 1);
        replaced.set(replaced.get() + 1);
        if (commit) {
            commits.set(commits.get() + 1);
        }
    }

    private void recompute() {
        long t0 = System.nanoTime();
        result.set(engine.compute(businessCase()));
        lastComputeNanos = System.nanoTime() - t0;
    }

    private static boolean set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = SEGMENT.matcher(parts[i]);
            if (!m.matches() || !(node instanceof ObjectNode obj)) {
                return false;
            }
            boolean last = i == parts.length - 1;
            String name = m.group(1);
            if (m.group(2) != null) {
                JsonNode arr = obj.get(name);
                int idx = Integer.parseInt(m.group(2));
                if (!(arr instanceof ArrayNode a) || idx >= a.size()) {
                    return false;
                }
                if (last) {
                    a.set(idx, value);
                    return true;
                }
                node = a.get(idx);
            } else if (last) {
                obj.set(name, value);
                return true;
            } else {
                JsonNode child = obj.get(name);
                if (child == null || child.isNull()) {
                    child = obj.putObject(name);
                }
                node = child;
            }
        }
        return false;
    }

    /** Copies a bank profile's norms into the case as one step (undoable like any edit). */
    public List<Problem> applyBankProfile(BankProfile profile) {
        return apply(writer.toTree(profile.applyTo(businessCase())), selectedOption.get());
    }

    // ---- options -------------------------------------------------------------------------------

    /** Adds an option of the given type with plausible starting values for the needed m²; selects it. */
    public List<Problem> addOption(OptionType type, String name) {
        BusinessCase c = businessCase();
        double m2 = Math.ceil(result().projection().get(result().projection().size() - 1).m2Needed() / 10) * 10;
        HousingOption o = StarterOption.of(type, name, m2);
        ObjectNode candidate = tree.deepCopy();
        ((ArrayNode) candidate.get("options")).add(writer.toTree(withOption(c, o)).get("options").get(c.options().size()));
        List<Problem> problems = apply(candidate, c.options().size());
        if (problems.isEmpty()) {
            replaced.set(replaced.get() + 1);
        }
        return problems;
    }

    private static BusinessCase withOption(BusinessCase c, HousingOption o) {
        List<HousingOption> list = new ArrayList<>(c.options());
        list.add(o);
        return c.withOptions(list, c.preferredOption(), c.currentPremises());
    }

    /** Removes an option (at least one stays); the preferred index follows. */
    public List<Problem> removeOption(int index) {
        int n = businessCase().options().size();
        if (n <= 1 || index < 0 || index >= n) {
            return List.of(new Problem("options", "er moet minstens één optie blijven", "at least one option must remain"));
        }
        ObjectNode candidate = tree.deepCopy();
        LocationScores.remove(candidate, businessCase().options().get(index).name());
        ((ArrayNode) candidate.get("options")).remove(index);
        int preferred = businessCase().preferredOption();
        if (preferred == index) {
            preferred = 0;
        } else if (preferred > index) {
            preferred--;
        }
        candidate.put("preferredOption", preferred);
        List<Problem> problems = apply(candidate, Math.max(0, Math.min(index, n - 2)));
        if (problems.isEmpty()) {
            replaced.set(replaced.get() + 1);
        }
        return problems;
    }

    // ---- assumptions ---------------------------------------------------------------------------

    /** Overrides an assumption for this case; problems (out of range) come back with path assumptionOverrides.key. */
    public List<Problem> setOverride(String key, double value) {
        // Assumption keys contain dots, so the override is set directly rather than through a field path.
        ObjectNode candidate = tree.deepCopy();
        JsonNode o = candidate.get("assumptionOverrides");
        ObjectNode overrides = o instanceof ObjectNode obj ? obj : candidate.putObject("assumptionOverrides");
        if (overrides.has(key) && overrides.get(key).isNumber() && overrides.get(key).doubleValue() == value) {
            return List.of();
        }
        overrides.put(key, value);
        return apply(candidate, selectedOption.get());
    }

    public void resetOverride(String key) {
        ObjectNode candidate = tree.deepCopy();
        JsonNode o = candidate.get("assumptionOverrides");
        if (o instanceof ObjectNode obj && obj.has(key)) {
            obj.remove(key);
            apply(candidate, selectedOption.get());
        }
    }

    public boolean isOverridden(String key) {
        return businessCase().assumptionOverrides().containsKey(key);
    }

    /** The value the case uses for an assumption: its override or the catalogue default. */
    public double assumptionValue(String key) {
        Map<String, Double> o = businessCase().assumptionOverrides();
        Assumption a = catalogue.get(key);
        return o.containsKey(key) ? o.get(key) : a.value();
    }
}
