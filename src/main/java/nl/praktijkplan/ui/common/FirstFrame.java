package nl.praktijkplan.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Work a window can show without on its first frame. While a window is held ({@link #hold}: the start-up window,
 * or any window that is not showing yet), the work waits until that window's first frame is on screen, so that the
 * first chapter's top fields and figures appear without waiting for its chart and the fields below the first screen. In a window that is on screen and past its first frame it runs at once.
 * <p>
 * The hold matters because a window counts as showing already while {@code show()} styles and lays out its nodes:
 * a node that joins the scene then (a scroll pane's content gets its skin) would otherwise run its work inside
 * {@code show()}, before the first frame.
 */
public final class FirstFrame {

    private static final Object KEY = FirstFrame.class;

    private FirstFrame() {
    }

    /**
     * Holds the work for {@code window}'s first frame until that frame is on screen; call before {@code show()}.
     * The held work then runs in the order given, each piece as its own event queued when the one before has run, so
     * that the frame, input and the next frames can come between them.
     */
    public static void hold(Window window) {
        if (held(window) != null) {
            return;
        }
        List<Runnable> work = new ArrayList<>();
        window.getProperties().put(KEY, work);
        if (window.isShowing()) { // held late: the next frame is the one to wait for
            releaseAfterLayout(window, work);
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                releaseAfterLayout(window, work);
            }
        });
    }

    /**
     * Releases the work once the frame is laid out, one piece at a time. The frame is painted by the render thread
     * after its pulse; the software pipeline then hands the pixels to the window by an event on this thread's queue.
     * Pieces queued all at once would come before that event and keep the window blank until the last is done; each
     * piece queues the next when it has run, so the frame (and input, and later frames) get their turn in between.
     */
    private static void releaseAfterLayout(Window window, List<Runnable> work) {
        Scene scene = window.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                window.getProperties().remove(KEY);
                runInTurn(work.iterator());
            }
        });
        Platform.requestNextPulse();
    }

    private static void runInTurn(java.util.Iterator<Runnable> pieces) {
        if (pieces.hasNext()) {
            Runnable next = pieces.next();
            Platform.runLater(() -> {
                next.run();
                runInTurn(pieces);
            });
        }
    }

    /**
     * Runs {@code action} after the first frame of the window that holds {@code node} while that window is held or
     * not shown yet, otherwise at once. A node in no scene (or a scene in no window) yet waits until it is in one.
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
        if (held(window) == null && window.isShowing()) {
            action.run();
            return;
        }
        hold(window);
        held(window).add(action);
    }

    @SuppressWarnings("unchecked")
    private static List<Runnable> held(Window window) {
        return (List<Runnable>) window.getProperties().get(KEY);
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
