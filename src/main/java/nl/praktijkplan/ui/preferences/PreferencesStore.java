package nl.praktijkplan.ui.preferences;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.casefile.JsonTrees;
import nl.praktijkplan.io.AtomicFiles;

/**
 * Reads and writes {@code preferences.json} in the user's config folder ({@code praktijkplan.configDir} if set,
 * else {@code $XDG_CONFIG_HOME/praktijkplan}, {@code %APPDATA%\Praktijkplan} or {@code ~/.config/praktijkplan}).
 * A missing or corrupt file gives the defaults; writing is atomic.
 */
public final class PreferencesStore {

    public static final String FILE = "preferences.json";

    private final Path folder;

    public PreferencesStore(Path folder) {
        this.folder = folder;
    }

    public static PreferencesStore forUser() {
        return new PreferencesStore(defaultFolder());
    }

    public static Path defaultFolder() {
        String override = System.getProperty("praktijkplan.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && System.getProperty("os.name", "").toLowerCase().contains("win")) {
            return Path.of(appData, "Praktijkplan");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "praktijkplan");
        }
        return Path.of(System.getProperty("user.home"), ".config", "praktijkplan");
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    /** Whether a preferences file exists (a first run has none). */
    public boolean exists() {
        return Files.isRegularFile(file());
    }

    public Preferences load() {
        try {
            if (!exists() || Files.size(file()) > 100_000) {
                return new Preferences();
            }
            return sanitise(fromTree(JsonTrees.parse(Files.readAllBytes(file()))));
        } catch (IOException | RuntimeException | IllegalAccessException e) {
            return new Preferences();
        }
    }

    public void save(Preferences p) throws IOException {
        Files.createDirectories(folder);
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        try {
            for (Field f : fields()) {
                Object v = f.get(p);
                if (v == null) {
                    tree.putNull(f.getName());
                } else if (v instanceof String text) {
                    tree.put(f.getName(), text);
                } else if (v instanceof Boolean b) {
                    tree.put(f.getName(), b);
                } else if (v instanceof Long l) {
                    tree.put(f.getName(), l);
                } else {
                    tree.put(f.getName(), ((Number) v).doubleValue());
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Preferences' fields are public", e);
        }
        AtomicFiles.write(file(), out -> JsonTrees.write(tree, out));
    }

    /**
     * The preferences a file holds: each field the file names (others keep their default; unknown names are left
     * alone); a value of the wrong kind makes the whole file count as unreadable.
     */
    private static Preferences fromTree(JsonNode tree) throws IllegalAccessException {
        Preferences p = new Preferences();
        if (!tree.isObject()) {
            return p;
        }
        for (Field f : fields()) {
            JsonNode v = tree.get(f.getName());
            if (v == null) {
                continue;
            }
            Class<?> type = f.getType();
            if (v.isNull() && !type.isPrimitive()) {
                f.set(p, null);
            } else if (type == String.class && v.isTextual()) {
                f.set(p, v.textValue());
            } else if (type == boolean.class && v.isBoolean()) {
                f.setBoolean(p, v.booleanValue());
            } else if ((type == double.class || type == Double.class) && v.isNumber()) {
                f.set(p, v.doubleValue());
            } else if (type == Long.class && v.canConvertToExactIntegral() && v.canConvertToLong()) {
                f.set(p, v.longValue());
            } else {
                throw new IllegalArgumentException(f.getName() + " holds a " + v.getNodeType());
            }
        }
        return p;
    }

    /** The settings: the public instance fields of {@link Preferences}. */
    private static java.util.List<Field> fields() {
        return java.util.Arrays.stream(Preferences.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    /** Clamps values a hand-edited or damaged file may hold. */
    public static Preferences sanitise(Preferences p) {
        if (!"en".equals(p.language)) {
            p.language = "nl";
        }
        if (!(p.fontSize >= 10 && p.fontSize <= 24)) {
            p.fontSize = Preferences.DEFAULT_FONT_SIZE;
        }
        if (!(p.windowWidth >= 640 && p.windowWidth <= 10_000)) {
            p.windowWidth = 1280;
        }
        if (!(p.windowHeight >= 480 && p.windowHeight <= 10_000)) {
            p.windowHeight = 760;
        }
        if (p.windowX != null && !Double.isFinite(p.windowX) || p.windowY != null && !Double.isFinite(p.windowY)) {
            p.windowX = null;
            p.windowY = null;
        }
        if (p.lastLibraryCase != null && p.lastLibraryCase <= 0) {
            p.lastLibraryCase = null;
        }
        if (p.chapter == null) {
            p.chapter = "practice";
        }
        return p;
    }
}
