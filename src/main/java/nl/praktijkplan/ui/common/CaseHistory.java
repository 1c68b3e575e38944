package nl.praktijkplan.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The undo history of one case: each step is the committed case tree before and after one edit (or one kept
 * consultation), with the option that was being edited. The trees are never changed after they are committed
 * (every edit works on a copy), so a step holds them by reference and undo is restoring a snapshot: no inverse edit
 * to get wrong for added or removed options, overrides that disappear, or several fields at once.
 */
public final class CaseHistory {

    /** One undoable step: the trees and the option being edited before and after it. */
    public record Step(ObjectNode before, ObjectNode after, int optionBefore, int optionAfter) {
    }

    /** Steps kept; a case tree is a few kilobytes, so this is well under a few megabytes. */
    static final int LIMIT = 200;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Records a committed step; a new step makes the redone future unreachable. */
    void record(Step step) {
        undo.push(step);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /** The step to undo, moved to the redo side; null when there is none. */
    Step takeUndo() {
        Step s = undo.poll();
        if (s != null) {
            redo.push(s);
        }
        changed();
        return s;
    }

    /** The step to redo, moved back to the undo side; null when there is none. */
    Step takeRedo() {
        Step s = redo.poll();
        if (s != null) {
            undo.push(s);
        }
        changed();
        return s;
    }

    /** Forgets everything (another case was opened: its history starts empty). */
    void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
