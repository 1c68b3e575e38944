package nl.praktijkplan.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Work a window can show without on its first frame. While the window that holds a node is not showing yet (the
 * start-up window being built), the work waits until that window has been shown and has laid out its first frame, so
 * that the first chapter's top fields and figures appear without waiting for its chart and the fields below the first
 * screen. In a window that is already on screen it runs at once, as before.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} after the first frame of the not yet shown window that holds {@code node}, or at once when
     * that window shows already. A node in no scene (or a scene in no window) yet waits until it is in one.
     */
    public static void after(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            once(node.sceneProperty(), () -> after(node, action));
            return;
        }
        Window window = scene.getWindow();
        if (window == null) {
            once(scene.windowProperty(), () -> after(node, action));
            return;
        }
        if (window.isShowing()) {
            action.run();
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(action); // after the frame is handed to the renderer
                    }
                });
            }
        });
    }

    /** Runs {@code then} the first time {@code value} holds something. */
    private static <T> void once(ObservableValue<T> value, Runnable then) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                if (now != null) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
