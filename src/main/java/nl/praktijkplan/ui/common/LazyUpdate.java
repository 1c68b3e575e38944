package nl.praktijkplan.ui.common;

import javafx.scene.Node;

/**
 * Runs a view's update only while the view is on screen; otherwise remembers that it is stale and updates when it
 * is shown again (its node joins a scene). Keeps an edit cheap when many chapters have been built but one is seen.
 */
public final class LazyUpdate {

    private final Node node;
    private final Runnable action;
    private boolean stale;

    public LazyUpdate(Node node, Runnable action) {
        this.node = node;
        this.action = action;
        node.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                flush();
            }
        });
    }

    /** The data changed: update now if shown, else later. */
    public void request() {
        if (shown()) {
            stale = false;
            action.run();
        } else {
            stale = true;
        }
    }

    /** Updates if a change arrived while the view was hidden (call when a tab or similar reveals it). */
    public void flush() {
        if (stale && shown()) {
            stale = false;
            action.run();
        }
    }

    private boolean shown() {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
