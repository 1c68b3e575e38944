package nl.praktijkplan.ui.help;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import nl.praktijkplan.ui.common.HelpId;

/**
 * Tooltips on the results: every node under a chapter's results whose id has a {@code tip.<id>} text gets it
 * (result values {@code res-*}, charts {@code chart-*}); a result's name in the same grid row gets it too, so that
 * pointing at either explains the figure; screen readers get the same text as accessible help. Tab and scroll-pane
 * contents are visited before their skins exist.
 */
public final class HelpTips {

    private HelpTips() {
    }

    /** Attaches the tooltips under {@code root}; running it again on the same nodes changes nothing. */
    public static void explain(Node root, HelpTexts texts) {
        if (root == null) {
            return;
        }
        // An amount in a table is explained by its table's text, a chart's box by its chart's (HelpId).
        Object helpId = root.getProperties().get(HelpId.KEY);
        String tip = texts.tip(helpId instanceof String id ? id : root.getId());
        if (tip != null) {
            attach(root, tip);
        }
        if (root instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                explain(t.getContent(), texts);
            }
        } else if (root instanceof ScrollPane sp) {
            explain(sp.getContent(), texts);
        } else if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                explain(child, texts);
            }
        }
    }

    private static void attach(Node node, String text) {
        if (text.equals(node.getAccessibleHelp())) {
            return; // explained on an earlier visit of the chapter
        }
        Label name = nameOf(node);
        // Values in several columns of one row share their name's tooltip.
        Tooltip tip = name != null && name.getTooltip() != null && text.equals(name.getTooltip().getText())
                ? name.getTooltip() : tooltip(text);
        node.setAccessibleHelp(text); // what a screen reader offers as the node's help
        if (node instanceof Control c) {
            c.setTooltip(tip);
        } else {
            Tooltip.install(node, tip);
        }
        if (name != null) {
            name.setTooltip(tip);
        }
    }

    /** The name of a figure: the label in column 0 of the same grid row as its value; null for other nodes. */
    private static Label nameOf(Node node) {
        if (node.getParent() instanceof GridPane grid && GridPane.getColumnIndex(node) != null
                && GridPane.getColumnIndex(node) > 0) {
            Integer row = GridPane.getRowIndex(node);
            for (Node n : grid.getChildren()) {
                Integer c = GridPane.getColumnIndex(n);
                if (n instanceof Label name && (c == null || c == 0) && java.util.Objects.equals(GridPane.getRowIndex(n), row)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A help tooltip: wrapped, shown after a short pause and long enough to read. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(40));
        tip.getStyleClass().add("pp-help-tip");
        return tip;
    }
}
