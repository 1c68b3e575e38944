package nl.praktijkplan.ui.common;

import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * When typed text becomes a value of the case: on Enter, on leaving the field, or after a short pause when the
 * text reads as a finished entry; never at every keystroke, so that "1" is not applied on the way to "12.000".
 * Esc puts the last committed text back. The form decides what a commit does (apply, or refuse with a message).
 */
public final class FieldCommit {

    /** How long typing must rest before a finished entry is applied. */
    public static final Duration PAUSE = Duration.millis(700);
    private static final String KEY = "pp.fieldCommit";

    private final TextInputControl field;
    private final Consumer<Boolean> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private String committedText;
    private boolean typing;
    private boolean updating;

    /**
     * @param finished whether a text may be applied after a pause (a number must not end in a separator or sign)
     * @param commit   applies the text; its argument is true for Enter or leaving (final), false for a pause
     */
    public FieldCommit(TextInputControl field, Predicate<String> finished, Consumer<Boolean> commit) {
        this.field = field;
        this.commit = commit;
        this.committedText = field.getText();
        field.getProperties().put(KEY, this);
        field.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                typing = true;
                pause.playFromStart();
            }
        });
        pause.setOnFinished(e -> {
            if (typing && finished.test(field.getText())) {
                commit.accept(false);
            }
        });
        if (field instanceof TextField tf) {
            tf.addEventHandler(ActionEvent.ACTION, e -> {
                pause.stop();
                if (typing) {
                    commit.accept(true);
                }
            });
        }
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && typing) {
                pause.stop();
                commit.accept(true);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && typing) {
                pause.stop();
                show(committedText);
                e.consume();
            }
        });
    }

    /** Shows a text that is already the case's value (load, reload, or a refused entry put back). */
    public void show(String text) {
        pause.stop();
        typing = false;
        committedText = text;
        if (!text.equals(field.getText())) {
            updating = true;
            field.setText(text);
            updating = false;
        }
    }

    /** The text typed was applied: it is now the committed text. */
    public void committed() {
        typing = false;
        committedText = field.getText();
    }

    /** Whether the field holds typing that is not applied yet. */
    public boolean typing() {
        return typing;
    }

    public String committedText() {
        return committedText;
    }

    /** Applies typing not applied yet as if the field was left (before closing, saving, or undoing). */
    public static void commitTyping(Node node) {
        if (node != null && node.getProperties().get(KEY) instanceof FieldCommit c && c.typing) {
            c.pause.stop();
            c.commit.accept(true);
        }
    }

    /** Whether a text may be applied after a pause: it ends at a word's end, not in the middle of one. */
    public static boolean atWordEnd(String text) {
        return text.isEmpty() || !Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    /**
     * Whether a node is a field with typing not applied yet: Ctrl+Z there undoes the typing (the text field's own
     * undo), not the last change of the case.
     */
    public static boolean hasTyping(Node node) {
        return node != null && node.getProperties().get(KEY) instanceof FieldCommit c && c.typing
                && !c.committedText.equals(((TextInputControl) node).getText());
    }
}
