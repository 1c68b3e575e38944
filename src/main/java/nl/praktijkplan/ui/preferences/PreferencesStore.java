package nl.praktijkplan.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.praktijkplan.io.AtomicFiles;

/**
 * Reads and writes {@code preferences.json} in the user's config folder ({@code praktijkplan.configDir} if set,
 * else {@code $XDG_CONFIG_HOME/praktijkplan}, {@code %APPDATA%\Praktijkplan} or {@code ~/.config/praktijkplan}).
 * A missing or corrupt file gives the defaults; writing is atomic.
 */
public final class PreferencesStore {

    public static final String FILE = "preferences.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
            Preferences p = MAPPER.readValue(file().toFile(), Preferences.class);
            return sanitise(p == null ? new Preferences() : p);
        } catch (IOException | RuntimeException e) {
            return new Preferences();
        }
    }

    public void save(Preferences p) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(file(), out -> MAPPER.writeValue(out, p));
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
