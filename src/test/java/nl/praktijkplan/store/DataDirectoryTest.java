package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static Properties props(String os, String... more) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", "/home/anna");
        for (int i = 0; i < more.length; i += 2) {
            p.setProperty(more[i], more[i + 1]);
        }
        return p;
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/anna/.local/share/praktijkplan"), DataDirectory.resolve(props("Linux"), Map.of()));
        assertEquals(Path.of("/data/anna/praktijkplan"),
                DataDirectory.resolve(props("Linux"), Map.of("XDG_DATA_HOME", "/data/anna")));
        assertEquals(Path.of("/home/anna/.local/share/praktijkplan"),
                DataDirectory.resolve(props("Linux"), Map.of("XDG_DATA_HOME", "relative/ignored")));
    }

    @Test
    void macAndWindowsConventions() {
        assertEquals(Path.of("/home/anna/Library/Application Support/Praktijkplan"),
                DataDirectory.resolve(props("Mac OS X"), Map.of()));
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Roaming").resolve("Praktijkplan"),
                DataDirectory.resolve(props("Windows 11"), Map.of("APPDATA", "C:\\Users\\anna\\AppData\\Roaming")));
        assertEquals(Path.of("/home/anna/AppData/Roaming/Praktijkplan"), DataDirectory.resolve(props("Windows 11"), Map.of()));
    }

    @Test
    void systemPropertyOverridesEverything() {
        assertEquals(Path.of("/tmp/pp-test"), DataDirectory.resolve(props("Windows 11", DataDirectory.PROPERTY, "/tmp/pp-test"),
                Map.of("APPDATA", "C:\\x")));
    }
}
