package nl.praktijkplan.ui.help;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The question on first start: work guided (step by step, the GP's simpler view) or as an expert (every chapter
 * and assumption). A band at the top of the main window rather than a dialog, so that it blocks nothing; the
 * answer goes to {@code answer} (true = expert) and the band removes itself.
 */
public final class FirstStartQuestion {

    private final VBox band;

    public FirstStartQuestion(HelpTexts texts, Consumer<Boolean> answer) {
        Label question = new Label(texts.text("ui.firstStart.question"));
        question.getStyleClass().add(Styles.TITLE_4);
        Label explanation = new Label(texts.text("ui.firstStart.explanation"));
        explanation.setWrapText(true);
        Button guided = new Button(texts.text("ui.firstStart.guided"));
        guided.setId("firstStartGuided");
        guided.getStyleClass().add(Styles.ACCENT);
        guided.setDefaultButton(true);
        Button expert = new Button(texts.text("ui.firstStart.expert"));
        expert.setId("firstStartExpert");
        FlowPane buttons = new FlowPane(10, 6, guided, expert);
        band = new VBox(6, question, explanation, buttons);
        band.setId("firstStartQuestion");
        band.getStyleClass().add("pp-first-start");
        band.setAlignment(Pos.CENTER_LEFT);
        band.setPadding(new Insets(10, 16, 12, 16));
        band.setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted; -fx-border-width: 0 0 1 0;");
        guided.setOnAction(e -> choose(answer, false));
        expert.setOnAction(e -> choose(answer, true));
    }

    private void choose(Consumer<Boolean> answer, boolean expert) {
        if (band.getParent() instanceof javafx.scene.layout.Pane p) {
            p.getChildren().remove(band);
        }
        answer.accept(expert);
    }

    public VBox node() {
        return band;
    }
}
