package nl.praktijkplan.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell that wraps its text over as many lines as it needs instead of cutting it ("…"). A Text node wrapped
 * at the column's width sets the row's height (a wrapping Labeled cell stops at two lines); it takes the cell's
 * theme font and colour, so it follows the theme and row selection.
 */
public final class WrappingCell<S, T> extends TableCell<S, T> {

    private final Text text = new Text();

    public WrappingCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(16));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item.toString());
        setGraphic(empty ? null : text);
    }
}
