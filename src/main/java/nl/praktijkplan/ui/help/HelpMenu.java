package nl.praktijkplan.ui.help;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;

/**
 * The help entries of the main window's Help menu: help for the focused field (F1), the user guide and the
 * glossary. F1 explains the field that has the focus; a field without its own text, or no field, gets the
 * chapter's help.
 */
public final class HelpMenu {

    private final HelpTexts texts;
    private final HelpWindow window;
    private final AssumptionCatalogue catalogue;
    private final Supplier<Node> focus;
    private final Supplier<String> chapterId;

    /**
     * @param focus     the node that has the keyboard focus in the main window (may be null)
     * @param chapterId the id of the chapter on screen
     */
    public HelpMenu(HelpTexts texts, HelpWindow window, AssumptionCatalogue catalogue, Supplier<Node> focus,
                    Supplier<String> chapterId) {
        this.texts = texts;
        this.window = window;
        this.catalogue = catalogue;
        this.focus = focus;
        this.chapterId = chapterId;
    }

    public List<MenuItem> items() {
        MenuItem field = item("ui.menu.fieldHelp", "menuFieldHelp", () -> explain(focus.get()));
        field.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        return List.of(field, item("ui.menu.guide", "menuGuide", () -> {
            explainChapter();
            window.showGuide();
        }), item("ui.menu.glossary", "menuGlossary", () -> {
            explainChapter();
            window.showGlossary();
        }));
    }

    /**
     * Shows the help of {@code focused} (or the field it is part of), or of the chapter when it has none. Another
     * window with the same forms (the guided walk) can call it with its own focus owner on F1.
     */
    public void explain(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            String help = texts.fieldHelp(n.getId(), catalogue);
            if (help != null) {
                window.showTopic(title(n), help);
                return;
            }
        }
        String chapter = chapterId.get();
        window.showTopic(texts.chapterTitle(chapter), texts.chapterHelp(chapter));
    }

    /** The chapter's help on the explanation tab, for when the guide or glossary opens first. */
    private void explainChapter() {
        String chapter = chapterId.get();
        window.setTopic(texts.chapterTitle(chapter), texts.chapterHelp(chapter));
    }

    /** A field's name as its label reads (the form gives each input its label as accessible text). */
    private String title(Node field) {
        String name = field instanceof CheckBox c ? c.getText() : field.getAccessibleText();
        return name == null ? texts.chapterTitle(chapterId.get()) : name.replace("_", "");
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem mi = new MenuItem(texts.text(key));
        mi.setId(id);
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
