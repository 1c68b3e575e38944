package nl.praktijkplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Dutch and English bundles have the same keys; every key the code asks for exists; every key in the
 * bundles is used by the code (an {@code enum.Type.CONSTANT} key is used when that constant exists, since
 * {@link I18n#enumLabel} builds those keys).
 */
class MessageBundlesTest {

    /** The UI and its wiring; the report and domain code have their own nl/en texts. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/nl/praktijkplan/ui"),
            Path.of("src/main/java/nl/praktijkplan/app"), Path.of("src/main/resources/nl/praktijkplan/ui"));
    private static final List<String> ENUM_PACKAGES = List.of("nl.praktijkplan.domain.input.", "nl.praktijkplan.domain.assumption.");
    /** A string literal that looks like a bundle key: known prefix, dotted. */
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:nav|chapter|intro|section|field|result|table|chart|options|cmp|report|assumption|assumptions|status|validation|menu|about|file|unsaved|guided|enum)\\.[A-Za-z0-9.]+)\"");
    /** Keys asked for directly: i18n.t("...") or t("..."). */
    private static final Pattern CALL = Pattern.compile("\\bt\\(\"([^\"]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/praktijkplan/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                    sb.append(Files.readString(f)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> nl = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        assertTrue(onlyNl.isEmpty(), "missing in messages_en.properties: " + onlyNl);
        assertTrue(onlyEn.isEmpty(), "missing in messages.properties: " + onlyEn);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        String code = allSources();
        Set<String> missing = new TreeSet<>();
        for (Pattern p : List.of(LITERAL, CALL)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                String k = m.group(1);
                if (!k.endsWith(".") && !keys.contains(k)) {
                    missing.add(k);
                }
            }
        }
        // "enum." + ... is built by I18n; the literal prefix itself is not a key.
        missing.remove("enum.");
        assertTrue(missing.isEmpty(), "keys used in the code but not in the bundles: " + missing);
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws Exception {
        String code = allSources();
        List<String> unused = new ArrayList<>();
        for (String k : new TreeSet<>(load("messages.properties").stringPropertyNames())) {
            if (k.startsWith("enum.")) {
                String[] parts = k.split("\\.");
                assertEquals(3, parts.length, k);
                if (!enumConstantExists(parts[1], parts[2])) {
                    unused.add(k);
                }
            } else if (!code.contains("\"" + k + "\"")) {
                unused.add(k);
            }
        }
        assertTrue(unused.isEmpty(), "keys in the bundles that no code uses: " + unused);
    }

    private static boolean enumConstantExists(String type, String constant) {
        for (String pkg : ENUM_PACKAGES) {
            try {
                Class<?> c = Class.forName(pkg + type);
                for (Object o : c.getEnumConstants()) {
                    if (((Enum<?>) o).name().equals(constant)) {
                        return true;
                    }
                }
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return false;
    }

    @Test
    void theDutchBundleIsTheDefault() {
        assertEquals("Bestand", new I18n(I18n.DUTCH).t("menu.file").replace("_", ""));
        assertEquals("File", new I18n(I18n.ENGLISH).t("menu.file").replace("_", ""));
        // Not the JVM's locale: a German machine still gets Dutch for nl and English for en.
        assertTrue(new I18n(java.util.Locale.GERMANY).dutch());
    }
}
