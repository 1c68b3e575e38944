package nl.praktijkplan.ui.help;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The glossary (Begrippenlijst): every term with a plain explanation in alphabetical order, and a search field that keeps the terms
 * whose name or explanation contains what is typed (accents and case ignored: "annuiteit" finds "annuïteit").
 */
final class GlossaryView {

    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final VBox entries = new VBox(12);
    private final Label none;

    GlossaryView(HelpTexts texts) {
        search.setId("glossarySearch");
        search.setPromptText(texts.text("ui.glossary.search"));
        search.setAccessibleText(texts.text("ui.glossary.search"));
        entries.setId("glossaryEntries");
        entries.setPadding(new Insets(8, 16, 16, 16));
        Collator order = Collator.getInstance(texts.dutch() ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
        HelpTexts.TERMS.stream().sorted(Comparator.comparing(id -> texts.text("term." + id + ".name"), order))
                .forEach(id -> entries.getChildren().add(entry(id, texts.text("term." + id + ".name"), texts.text("term." + id + ".text"))));
        none = new Label(texts.text("ui.glossary.none"));
        none.setId("glossaryNone");
        none.setPadding(new Insets(8, 16, 8, 16));
        none.setVisible(false);
        none.setManaged(false);
        search.textProperty().addListener((o, a, q) -> filter(q));
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        // A label as well as the prompt: the prompt disappears while the field has the focus.
        Label searchLabel = new Label(texts.text("ui.glossary.searchLabel"));
        searchLabel.setLabelFor(search);
        HBox top = new HBox(8, searchLabel, search);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(search, javafx.scene.layout.Priority.ALWAYS);
        top.setPadding(new Insets(10, 16, 4, 16));
        root.setTop(top);
        root.setCenter(new VBox(none, scroll));
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    private static VBox entry(String id, String name, String text) {
        Label title = new Label(name);
        title.getStyleClass().add("pp-help-term");
        Label body = new Label(text);
        body.setWrapText(true);
        VBox e = new VBox(2, title, body);
        e.setId("term-" + id);
        e.setUserData(fold(name + " " + text));
        return e;
    }

    /** Shows the entries that contain every word of {@code query}. */
    void filter(String query) {
        String[] words = fold(query == null ? "" : query).split("\\s+");
        int shown = 0;
        for (javafx.scene.Node n : entries.getChildren()) {
            String haystack = (String) n.getUserData();
            boolean match = true;
            for (String w : words) {
                match &= w.isEmpty() || haystack.contains(w);
            }
            n.setVisible(match);
            n.setManaged(match);
            shown += match ? 1 : 0;
        }
        none.setVisible(shown == 0);
        none.setManaged(shown == 0);
    }

    /** Lower case without accents, so that a search works however the user types the term. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    BorderPane node() {
        return root;
    }

    TextField searchField() {
        return search;
    }
}
