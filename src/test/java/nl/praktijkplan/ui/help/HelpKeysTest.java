package nl.praktijkplan.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.ui.AppFixture;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.HelpId;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.main.Chapter;
import nl.praktijkplan.ui.main.ChapterPages;

/**
 * Every help key the code or the screen refers to exists in Dutch and English, and no key is unused:
 * {@code ui.*} keys are named in the code, {@code term.*} keys by the glossary's list, {@code topic.*} keys by the
 * chapters, {@code input.*}, {@code default.*} and {@code tip.*} keys by the ids of the fields, figures and charts
 * the chapters show (all chapters built, expert mode). Every field of the case's forms has its own help.
 */
@ExtendWith(ApplicationExtension.class)
class HelpKeysTest {

    private static final Path CODE = Path.of("src/main/java/nl/praktijkplan");
    private static final Pattern UI_KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9.]+)\"");
    @RegisterExtension
    static final AppFixture fixture = new AppFixture();

    private PraktijkplanApp app;

    @Start
    void start(Stage stage) {
        app = fixture.start(stage, "{\"expert\": true, \"modeChosen\": true}");
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpKeysTest.class.getResourceAsStream(HelpTexts.FOLDER + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(String prefix) throws IOException {
        return load("help.properties").stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every node under {@code root}, including the contents of tabs and scroll panes that are not yet skinned. */
    static List<Node> allNodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (n == null || out.contains(n)) {
            return;
        }
        out.add(n);
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                collect(t.getContent(), out);
            }
        }
        if (n instanceof ScrollPane sp) {
            collect(sp.getContent(), out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The words a node shows: its labels and text runs. */
    static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        for (Node n : allNodes(root)) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            } else if (n instanceof Labeled l && l.getText() != null) {
                sb.append(l.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties nl = load("help.properties");
        Properties en = load("help_en.properties");
        assertEquals(new TreeSet<>(nl.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : List.of(nl, en)) {
            for (String k : p.stringPropertyNames()) {
                assertFalse(p.getProperty(k).isBlank(), k);
            }
        }
        assertFalse(new String(HelpTexts.class.getResourceAsStream(HelpTexts.FOLDER + "guide_en.md").readAllBytes(),
                StandardCharsets.UTF_8).isBlank());
    }

    @Test
    void everyUiKeyInTheCodeExistsAndIsUsed() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(f));
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher m = UI_KEY.matcher(code);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(keys("ui."), used, "ui.* keys in the bundle versus the code");
    }

    @Test
    void theGlossaryListAndItsKeysMatch() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String id : HelpTexts.TERMS) {
            expected.add("term." + id + ".name");
            expected.add("term." + id + ".text");
        }
        assertEquals(expected, keys("term."));
        // The terms issue 15 asks for, by their glossary ids.
        assertTrue(HelpTexts.TERMS.containsAll(List.of("dscr", "ltv", "bar", "nar", "vonKk", "slottermijn", "bmkb",
                "onrendabeleTop", "cfads", "annuiteitLineair", "leencapaciteit", "investeringsbegroting",
                "financieringsbegroting", "exploitatiebegroting", "liquiditeitsbegroting", "priveOnttrekkingen",
                "maatwerk", "normpraktijk", "bvoNvo", "bodemwaarde", "mkbWinstvrijstelling", "zelfstandigenaftrek",
                "bouwdepot", "sluitend")));
    }

    @Test
    void everyChapterHasATopicAndEveryTopicAChapter() throws IOException {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        Set<String> topics = new ChapterPages(vm, new I18n(I18n.DUTCH), null, true).all().stream()
                .map(c -> "topic." + c.id()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(topics, keys("topic."));
    }

    @Test
    void fieldAndTooltipKeysNameTheNodesOnScreenAndEveryFormFieldHasHelp(FxRobot robot) throws IOException {
        Set<String> ids = new TreeSet<>();
        Set<String> formFields = new TreeSet<>();
        // The sample has no segment-3 arrangement: add one so that the list's fields are on screen too.
        robot.interact(() -> app.viewModel().edit("income.segment3", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                .add(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("name", "Opstart")
                        .put("amountPerYear", 10_000).put("startYear", 2027).put("years", 2))));
        // Nor an existing loan.
        robot.interact(() -> app.viewModel().edit("financing.existingDebts", new com.fasterxml.jackson.databind.ObjectMapper()
                .createArrayNode().add(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("lender", "Goodwill")
                        .put("balance", 50_000).put("ratePct", 4).put("remainingYears", 5))));
        // Nor a loan part for the selected option.
        robot.interact(() -> app.viewModel().edit("options[" + app.viewModel().selectedOption() + "].loanParts",
                new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add(new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode().put("amount", 50_000).put("ratePct", 5).put("termYears", 10))));
        for (Chapter c : new ChapterPages(app.viewModel(), new I18n(I18n.DUTCH), null, true).all()) {
            robot.interact(() -> app.view().select(c.id()));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : allNodes(app.view().root())) {
                if (n.getId() != null) {
                    ids.add(n.getId());
                }
                if (n.getProperties().get(HelpId.KEY) instanceof String helpId) {
                    ids.add(helpId); // a chart's box, explained by its chart's text
                }
                boolean input = n instanceof TextInputControl || n instanceof ComboBox || n instanceof CheckBox;
                if (input && n.getId() != null && n.getParent() != null && n.getParent().getStyleClass().contains("pp-form")) {
                    formFields.add(n.getId());
                }
            }
        }
        HelpTexts texts = new HelpTexts(new I18n(I18n.DUTCH));
        AssumptionCatalogue catalogue = app.viewModel().catalogue();
        List<String> unused = new ArrayList<>();
        for (String prefix : List.of("input.", "default.", "tip.")) {
            for (String k : keys(prefix)) {
                if (!ids.contains(k.substring(prefix.length()))) {
                    unused.add(k);
                }
            }
        }
        assertEquals(List.of(), unused, "help keys for nodes the chapters do not show");
        for (String k : keys("default.")) {
            String field = k.substring("default.".length());
            assertTrue(texts.has("input." + field), k + " has no input text");
            assertTrue(catalogue.contains(texts.text(k)), k + " names no assumption: " + texts.text(k));
        }
        List<String> withoutHelp = formFields.stream().filter(id -> texts.fieldHelp(id, catalogue) == null).toList();
        assertEquals(List.of(), withoutHelp, "form fields without their own help text");
        List<String> withoutTip = ids.stream().filter(id -> id.startsWith("res-") || id.startsWith("chart-"))
                .filter(id -> !texts.has("tip." + id)).toList();
        assertEquals(List.of(), withoutTip, "results and charts without a tooltip text");
        assertTrue(formFields.size() > 80, "all chapters were built: " + formFields.size());
    }
}
