package nl.praktijkplan.ui.help;

import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The help window, one per main window and never modal: the explanation of a field or chapter (F1), the user
 * guide and the glossary, each on its own tab. Esc closes it; opening help in another language closes the old window.
 */
public final class HelpWindow {

    /** The help window on screen, if any: a rebuilt main view (another language) replaces it. */
    private static HelpWindow current;

    private final HelpTexts texts;
    private final Supplier<Window> owner;
    private Stage stage;
    private TabPane tabs;
    private Tab topicTab;
    private Tab guideTab;
    private Tab glossaryTab;
    private final Label topicTitle = new Label();
    private final Label topicText = new Label();
    private GlossaryView glossary;

    /** @param owner the main window, asked when help first opens */
    public HelpWindow(HelpTexts texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    /** Explains a field or chapter on the first tab, and shows it. */
    public void showTopic(String title, String text) {
        setTopic(title, text);
        open(topicTab);
    }

    /** Puts an explanation on the first tab without showing it (what that tab holds when another tab opens). */
    public void setTopic(String title, String text) {
        build();
        topicTitle.setText(title);
        topicText.setText(text);
    }

    public void showGuide() {
        build();
        open(guideTab);
    }

    public void showGlossary() {
        build();
        open(glossaryTab);
        glossary.searchField().requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private void open(Tab tab) {
        if (current != null && current != this && current.stage != null) {
            current.stage.close();
        }
        current = this;
        tabs.getSelectionModel().select(tab);
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    private void build() {
        if (stage != null) {
            return;
        }
        topicTitle.setId("helpTopicTitle");
        topicTitle.getStyleClass().add("pp-help-h1");
        topicTitle.setWrapText(true);
        topicText.setId("helpTopicText");
        topicText.setWrapText(true);
        Label seeAlso = new Label(texts.text("ui.seeAlso"));
        seeAlso.setWrapText(true);
        seeAlso.getStyleClass().add("pp-help-muted");
        VBox topic = new VBox(10, topicTitle, topicText, seeAlso);
        topic.setPadding(new Insets(16));
        topicTab = tab("helpTopicTab", "ui.tab.topic", scroll(topic));

        VBox guide = MarkdownView.render(texts.guide());
        guide.setId("helpGuide");
        guide.setPadding(new Insets(16));
        guideTab = tab("helpGuideTab", "ui.tab.guide", scroll(guide));

        glossary = new GlossaryView(texts);
        glossaryTab = tab("helpGlossaryTab", "ui.tab.glossary", glossary.node());

        tabs = new TabPane(topicTab, guideTab, glossaryTab);
        tabs.setId("helpTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Window owner = this.owner.get();
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.text("ui.window.title"));
        Scene scene = new Scene(tabs, 760, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            tabs.setStyle(owner.getScene().getRoot().getStyle()); // the user's font size
            tabs.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("pp-")));
        }
        scene.getStylesheets().add(HelpWindow.class.getResource(HelpTexts.FOLDER + "help.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (current == this) {
                current = null;
            }
        });
    }

    private Tab tab(String id, String titleKey, javafx.scene.Node content) {
        Tab t = new Tab(texts.text(titleKey), content);
        t.setId(id);
        return t;
    }

    private static ScrollPane scroll(javafx.scene.Node n) {
        ScrollPane sp = new ScrollPane(n);
        sp.setFitToWidth(true);
        return sp;
    }
}
