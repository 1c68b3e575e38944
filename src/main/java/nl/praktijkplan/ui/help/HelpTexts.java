package nl.praktijkplan.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.ui.common.AssumptionTexts;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.I18n;

/**
 * The help texts in one language: bundle {@code nl/praktijkplan/help/help} (Dutch default, {@code _en} English)
 * and the user guide {@code guide_nl.md} / {@code guide_en.md}. Keys by kind:
 * {@code ui.*} the help's own labels, {@code input.<field id>} a field's help, {@code default.<field id>} the
 * assumption its default comes from, {@code topic.<chapter id>} a chapter's help, {@code tip.<node id>} the
 * tooltip of a result or chart, {@code term.<id>.name} / {@code term.<id>.text} a glossary entry.
 */
public final class HelpTexts {

    public static final String BUNDLE = "nl.praktijkplan.help.help";
    static final String FOLDER = "/nl/praktijkplan/help/";

    /** The glossary's terms (shown in alphabetical order); each id has a {@code term.<id>.name} and {@code term.<id>.text}. */
    static final List<String> TERMS = List.of("dscr", "ltv", "bar", "nar", "vonKk", "slottermijn", "bmkb",
            "onrendabeleTop", "cfads", "annuiteitLineair", "leencapaciteit", "investeringsbegroting",
            "financieringsbegroting", "exploitatiebegroting", "liquiditeitsbegroting", "priveOnttrekkingen",
            "maatwerk", "normpraktijk", "bvoNvo", "bodemwaarde", "mkbWinstvrijstelling", "zelfstandigenaftrek",
            "bouwdepot", "sluitend", "marktwaarde", "overdrachtsbelasting", "contanteWaarde", "omslaghuur",
            "eigenVermogen", "aanvangsrendement");

    private final I18n i18n;
    private final ResourceBundle bundle;

    public HelpTexts(I18n i18n) {
        this.i18n = i18n;
        this.bundle = ResourceBundle.getBundle(BUNDLE, i18n.dutch() ? Locale.ROOT : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public boolean dutch() {
        return i18n.dutch();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key; a missing key shows as {@code !key!} so that a test and a reader both notice. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The tooltip of a result or chart by its node id, or null when it has none. */
    public String tip(String nodeId) {
        return nodeId != null && has("tip." + nodeId) ? text("tip." + nodeId) : null;
    }

    /**
     * The help of an input field: its own text plus the source of its default, an assumption's provenance
     * from the catalogue, or null when the field has no text of its own (the caller then shows the chapter's).
     */
    public String fieldHelp(String nodeId, AssumptionCatalogue catalogue) {
        if (nodeId == null) {
            return null;
        }
        Assumption assumption = assumptionOf(nodeId, catalogue);
        if (assumption != null) {
            return text("ui.assumptionField") + "\n\n" + AssumptionTexts.tooltip(assumption, i18n);
        }
        if (!has("input." + nodeId)) {
            return null;
        }
        String help = text("input." + nodeId);
        if (has("default." + nodeId) && catalogue.contains(text("default." + nodeId))) {
            help += "\n\n" + text("ui.defaultFrom") + " " + AssumptionTexts.tooltip(catalogue.get(text("default." + nodeId)), i18n);
        }
        return help;
    }

    /** The assumption an expert-mode field edits ({@code assumption-loan-ratePct}), or null. */
    static Assumption assumptionOf(String nodeId, AssumptionCatalogue catalogue) {
        if (!nodeId.startsWith("assumption-")) {
            return null;
        }
        return catalogue.all().stream().filter(a -> Form.idOf("assumption." + a.key()).equals(nodeId)).findFirst().orElse(null);
    }

    /** The help of a chapter by its id. */
    public String chapterHelp(String chapterId) {
        return has("topic." + chapterId) ? text("topic." + chapterId) : text("ui.noTopic");
    }

    /** A chapter's title as the navigation shows it. */
    public String chapterTitle(String chapterId) {
        return i18n.t("chapter." + chapterId);
    }

    /** The user guide in this language, as Markdown. */
    public String guide() {
        String name = FOLDER + (i18n.dutch() ? "guide_nl.md" : "guide_en.md");
        try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
