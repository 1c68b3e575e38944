package nl.praktijkplan.ui.common;

import javafx.scene.Node;

/**
 * Names the help text of a node whose own id has none: an amount in a table is explained by its table's text, a
 * chart's box by its chart's text (the chart itself is made after the window's first frame).
 */
public final class HelpId {

    /** The node property that holds the help id. */
    public static final String KEY = "pp-help-id";

    private HelpId() {
    }

    public static void set(Node node, String helpId) {
        node.getProperties().put(KEY, helpId);
    }
}
