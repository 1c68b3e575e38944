package nl.praktijkplan.ui.help;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The question on first start: work guided (step by step, the GP's simpler view) or as an expert (every chapter
 * and assumption). A panel under the chapter list rather than a dialog, so that it blocks and moves nothing; the
 * answer goes to {@code answer} (true = expert) and the panel removes itself.
 */
public final class FirstStartQuestion {

    private final VBox panel;

    public FirstStartQuestion(HelpTexts texts, Consumer<Boolean> answer) {
        Label question = new Label(texts.text("ui.firstStart.question"));
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        Label explanation = new Label(texts.text("ui.firstStart.explanation"));
        explanation.setWrapText(true);
        Button guided = new Button(texts.text("ui.firstStart.guided"));
        guided.setId("firstStartGuided");
        guided.getStyleClass().add(Styles.ACCENT);
        Button expert = new Button(texts.text("ui.firstStart.expert"));
        expert.setId("firstStartExpert");
        guided.setMaxWidth(Double.MAX_VALUE);
        expert.setMaxWidth(Double.MAX_VALUE);
        guided.setWrapText(true);
        expert.setWrapText(true);
        panel = new VBox(8, question, explanation, guided, expert);
        panel.setId("firstStartQuestion");
        panel.getStyleClass().add("pp-first-start");
        panel.setPrefWidth(0); // as wide as the chapter list above it; the texts wrap
        panel.setAlignment(Pos.TOP_LEFT);
        // The chapter list above gives way, not the question: at 1366×768 a squeezed panel cut its text off.
        panel.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        question.setMinHeight(Region.USE_PREF_SIZE);
        panel.setPadding(new Insets(10, 10, 12, 10));
        panel.setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted; -fx-border-width: 1 0 0 0;");
        guided.setOnAction(e -> choose(answer, false));
        expert.setOnAction(e -> choose(answer, true));
    }

    private void choose(Consumer<Boolean> answer, boolean expert) {
        if (panel.getParent() instanceof javafx.scene.layout.Pane p) {
            p.getChildren().remove(panel);
        }
        answer.accept(expert);
    }

    public VBox node() {
        return panel;
    }
}
