package nl.praktijkplan.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows the small Markdown subset the user guide is written in, without a browser: headings ({@code #},
 * {@code ##}, {@code ###}), paragraphs (lines up to a blank line), bullets ({@code - }), numbered items
 * ({@code 1. }) and {@code **bold**}. Anything else is shown as plain text.
 */
final class MarkdownView {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)");

    private MarkdownView() {
    }

    /** The blocks of {@code markdown}, each a node: a heading, a paragraph or one list item. */
    static VBox render(String markdown) {
        VBox box = new VBox(6);
        box.getStyleClass().add("pp-help-text");
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.replace("\r", "").split("\n")) {
            String line = raw.strip();
            boolean block = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || NUMBERED.matcher(line).matches();
            if (block && paragraph.length() > 0) {
                box.getChildren().add(flow(paragraph.toString(), "pp-help-paragraph"));
                paragraph.setLength(0);
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (line.startsWith("### ")) {
                box.getChildren().add(flow(line.substring(4), "pp-help-h3"));
            } else if (line.startsWith("## ")) {
                box.getChildren().add(flow(line.substring(3), "pp-help-h2"));
            } else if (line.startsWith("# ")) {
                box.getChildren().add(flow(line.substring(2), "pp-help-h1"));
            } else if (line.startsWith("- ")) {
                box.getChildren().add(item("•", line.substring(2)));
            } else if (numbered.matches()) {
                box.getChildren().add(item(numbered.group(1) + ".", numbered.group(2)));
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        if (paragraph.length() > 0) {
            box.getChildren().add(flow(paragraph.toString(), "pp-help-paragraph"));
        }
        return box;
    }

    private static Node item(String mark, String text) {
        TextFlow bullet = new TextFlow(styled(mark, "pp-help-run"));
        bullet.setMinWidth(22);
        TextFlow body = flow(text, "pp-help-paragraph");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(2, bullet, body);
        row.setPadding(new Insets(0, 0, 0, 10));
        return row;
    }

    private static TextFlow flow(String text, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<Text> runs = new ArrayList<>();
        Matcher m = BOLD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(styled(text.substring(at, m.start()), "pp-help-run"));
            }
            runs.add(styled(m.group(1), "pp-help-bold"));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(styled(text.substring(at), "pp-help-run"));
        }
        flow.getChildren().addAll(runs);
        return flow;
    }

    private static Text styled(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
