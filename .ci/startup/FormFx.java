import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second baseline of .ci/startup-time: a plain JavaFX window with the kinds and numbers of controls that
 * Praktijkplan's first chapter shows (menu bar of 4 menus, a list of 8 chapters, a split pane of two scroll panes,
 * 21 labelled text fields, 8 result labels, a status bar of 6 labels), without theme, data, chart or logic.
 * It tells how much of the app's start-up JavaFX itself needs for such a window. Timed like {@link MinimalFx}.
 */
public final class FormFx {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            GridPane form = new GridPane();
            for (int i = 0; i < 21; i++) {
                form.add(new Label("Invoerveld " + (i + 1)), 0, i);
                form.add(new TextField("1.234,5" + i), 1, i);
            }
            VBox results = new VBox();
            for (int i = 0; i < 8; i++) {
                results.getChildren().add(new HBox(12, new Label("Uitkomst " + (i + 1)), new Label("4.082")));
            }
            HBox status = new HBox(12);
            for (int i = 0; i < 6; i++) {
                status.getChildren().add(new Label("Oordeel " + (i + 1)));
            }
            ListView<String> chapters = new ListView<>(FXCollections.observableArrayList("1. Praktijk", "2. Ruimte",
                    "3. Opties", "4. Investering", "5. Financiering", "6. Exploitatie", "7. Vergelijking", "8. Rapport"));
            SplitPane split = new SplitPane(new ScrollPane(form), new ScrollPane(results));
            MenuBar menus = new MenuBar(new Menu("Bestand"), new Menu("Beeld"), new Menu("Ga naar"), new Menu("Help"));
            stage.setScene(new Scene(new BorderPane(split, menus, null, status, chapters), 1280, 760));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("praktijkplan.shown-ms=" + ms);
                Platform.exit();
            }));
            stage.show();
        }
    }
}
