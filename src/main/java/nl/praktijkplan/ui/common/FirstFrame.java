package nl.praktijkplan.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Work a window can show without on its first frame. While the window that holds a node is not showing yet (the
 * start-up window being built), the work waits until that window has laid out its first frame, so that the first
 * chapter's top fields and figures appear without waiting for its chart and the fields below the first screen. In a
 * window that is already on screen it runs at once, as before.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} after the first frame of the not yet shown window that holds {@code node}, or at once when
     * that window shows already. A node in no scene yet waits until it joins one.
     */
    public static void after(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        after(node, action);
                    }
                }
            });
            return;
        }
        if (showing(scene)) {
            action.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                // A scene takes part in pulses only once its window shows; this is the first one.
                if (showing(scene)) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(action); // after the frame is handed to the renderer
                }
            }
        });
    }

    private static boolean showing(Scene scene) {
        Window w = scene.getWindow();
        return w != null && w.isShowing();
    }
}
