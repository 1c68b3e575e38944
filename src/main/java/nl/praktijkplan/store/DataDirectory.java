package nl.praktijkplan.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the library lives, by operating-system convention: Linux {@code $XDG_DATA_HOME/praktijkplan} or
 * {@code ~/.local/share/praktijkplan}; macOS {@code ~/Library/Application Support/Praktijkplan}; Windows
 * {@code %APPDATA%\Praktijkplan}. The system property {@value #PROPERTY} overrides all (tests use a temp dir).
 */
public final class DataDirectory {

    public static final String PROPERTY = "praktijkplan.dataDir";

    private DataDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperties(), System.getenv());
    }

    static Path resolve(Properties props, Map<String, String> env) {
        String override = props.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = props.getProperty("os.name", "").toLowerCase();
        Path home = Path.of(props.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Praktijkplan");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Praktijkplan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("praktijkplan");
        }
        return home.resolve(".local").resolve("share").resolve("praktijkplan");
    }
}
