package nl.praktijkplan.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The guide's Markdown subset: headings, paragraphs joined over lines, bullets, numbered items and bold runs. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static String words(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node t : HelpKeysTest.allNodes(n)) {
            if (t instanceof Text text) {
                sb.append(text.getText());
            }
        }
        return sb.toString();
    }

    @Test
    void rendersEachBlockAsItsOwnNode() {
        VBox box = MarkdownView.render("# Title\n\nFirst line\nsecond line.\n## Part\n- a **bold** word\n12. twelfth\n\nEnd");
        List<Node> blocks = box.getChildren();
        assertEquals(6, blocks.size());
        assertTrue(blocks.get(0).getStyleClass().contains("pp-help-h1"));
        assertEquals("Title", words(blocks.get(0)));
        assertEquals("First line second line.", words(blocks.get(1)), "a paragraph's lines are joined");
        assertTrue(blocks.get(2).getStyleClass().contains("pp-help-h2"));
        assertEquals("•a bold word", words(blocks.get(3)));
        assertEquals("12.twelfth", words(blocks.get(4)));
        assertEquals("End", words(blocks.get(5)));

        TextFlow item = (TextFlow) ((HBox) blocks.get(3)).getChildren().get(1);
        assertEquals(List.of("a ", "bold", " word"), item.getChildren().stream().map(t -> ((Text) t).getText()).toList());
        assertTrue(item.getChildren().get(1).getStyleClass().contains("pp-help-bold"));
        assertTrue(item.getChildren().get(0).getStyleClass().contains("pp-help-run"));
    }

    @Test
    void anUnclosedBoldMarkStaysPlainText() {
        VBox box = MarkdownView.render("two ** marks");
        assertEquals("two ** marks", words(box));
    }
}
