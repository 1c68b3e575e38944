import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of .ci/startup-time: the smallest JavaFX window, timed the same way as Praktijkplan
 * (milliseconds from JVM start until the first event after the stage is shown: show() has styled and laid out the
 * window; its first frame is painted after that).
 * A plain main class, so that JavaFX starts from the class path as the app's Launcher does.
 */
public final class MinimalFx {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hallo")), 400, 300));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("praktijkplan.shown-ms=" + ms);
                Platform.exit();
            }));
            stage.show();
        }
    }
}
