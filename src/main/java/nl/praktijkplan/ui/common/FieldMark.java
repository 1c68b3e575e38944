package nl.praktijkplan.ui.common;

import java.util.Collection;
import java.util.List;

import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * ControlsFX's validation mark on an invalid input: an error icon in the field's corner that shows the message on
 * hover, next to the message line the form puts under the field (which screen readers and keyboard users get).
 * A field that was never marked does not load ControlsFX, so start-up and valid edits stay cheap.
 */
final class FieldMark {

    private static final String MARKED = "pp.fieldMark";

    private FieldMark() {
    }

    static void show(Node field, String message) {
        if (field instanceof Control c) {
            Decoration.MARK.removeDecorations(c);
            Decoration.MARK.applyValidationDecoration(ValidationMessage.error(c, message));
            c.getProperties().put(MARKED, Boolean.TRUE);
        }
    }

    static void clear(Node field) {
        if (field instanceof Control c && c.getProperties().remove(MARKED) != null) {
            Decoration.MARK.removeDecorations(c);
        }
    }

    /** Holder: the decoration (and its icons) load on the first mark. */
    private static final class Decoration {
        /** In the top-left corner: numbers are right-aligned, and the message line is under the field. */
        static final ValidationDecoration MARK = new GraphicValidationDecoration() {
            @Override
            protected Collection<org.controlsfx.control.decoration.Decoration> createValidationDecorations(ValidationMessage m) {
                return List.of(new GraphicDecoration(createDecorationNode(m), Pos.TOP_LEFT));
            }
        };
    }
}
