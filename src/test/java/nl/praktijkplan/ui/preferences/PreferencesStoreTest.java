package nl.praktijkplan.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("sub"));
        assertFalse(store.exists());
        Preferences p = new Preferences();
        p.language = "en";
        p.dark = true;
        p.windowX = 100.0;
        p.windowY = 50.0;
        p.windowWidth = 1000;
        store.save(p);
        assertTrue(store.exists());
        Preferences back = store.load();
        assertEquals("en", back.language);
        assertTrue(back.dark);
        assertEquals(100.0, back.windowX);
        assertEquals(1000, back.windowWidth);
        try (var files = Files.list(dir.resolve("sub"))) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void everySettingRoundTrips(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Preferences p = new Preferences();
        p.fontSize = 18;
        p.expert = false;
        p.modeChosen = true;
        p.windowHeight = 700;
        p.maximized = true;
        p.lastFile = "/tmp/casus.ppcase";
        p.lastLibraryCase = 42L;
        p.chapter = "financing";
        p.preparedBy = "J. de Vries";
        p.firm = "Accountants & Co";
        p.logo = "/tmp/logo.png";
        store.save(p);
        Preferences back = store.load();
        assertEquals(18, back.fontSize);
        assertFalse(back.expert);
        assertTrue(back.modeChosen);
        assertEquals(700, back.windowHeight);
        assertTrue(back.maximized);
        assertEquals("/tmp/casus.ppcase", back.lastFile);
        assertEquals(42L, back.lastLibraryCase);
        assertEquals("financing", back.chapter);
        assertEquals("J. de Vries", back.preparedBy);
        assertEquals("Accountants & Co", back.firm);
        assertEquals("/tmp/logo.png", back.logo);
        assertNull(back.windowX, "an unknown position stays unknown");
    }

    @Test
    void aValueOfTheWrongKindGivesDefaults(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Files.writeString(store.file(), "{\"language\":\"en\",\"dark\":\"yes\"}");
        assertEquals("nl", store.load().language);
        Files.writeString(store.file(), "{\"language\":\"en\",\"lastLibraryCase\":1.5}");
        assertEquals("nl", store.load().language);
        Files.writeString(store.file(), "{\"language\":\"en\",\"windowX\":null,\"lastLibraryCase\":7}");
        assertEquals("en", store.load().language);
        assertEquals(7L, store.load().lastLibraryCase);
    }

    @Test
    void corruptOrOddFilesGiveDefaults(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Files.writeString(store.file(), "{ not json");
        assertEquals("nl", store.load().language);
        Files.writeString(store.file(), "{\"language\":\"fr\",\"fontSize\":500,\"windowWidth\":-3,\"windowX\":1,\"unknown\":true}");
        Preferences p = store.load();
        assertEquals("nl", p.language);
        assertEquals(14, p.fontSize);
        assertEquals(1280, p.windowWidth);
        Files.writeString(store.file(), "null");
        assertNull(store.load().windowX);
    }

    @Test
    void folderCanBeSetBySystemProperty(@TempDir Path dir) {
        String old = System.getProperty("praktijkplan.configDir");
        try {
            System.setProperty("praktijkplan.configDir", dir.toString());
            assertEquals(dir, PreferencesStore.defaultFolder());
        } finally {
            if (old == null) {
                System.clearProperty("praktijkplan.configDir");
            } else {
                System.setProperty("praktijkplan.configDir", old);
            }
        }
    }
}
