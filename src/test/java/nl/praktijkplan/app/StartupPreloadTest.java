package nl.praktijkplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.preferences.Preferences;
import nl.praktijkplan.ui.preferences.PreferencesStore;

class StartupPreloadTest {

    @TempDir
    Path dir;

    private final BusinessCase sample = SampleCases.load(SampleCases.FIRST);

    @Test
    void aFirstRunOpensTheSamplePractice() {
        StartupPreload.Opening o = StartupPreload.read(new PreferencesStore(dir.resolve("config")));
        assertEquals(sample.caseName(), o.vm().businessCase().caseName());
        assertNull(o.vm().fileProperty().get(), "the sample is not a file of the user's");
    }

    @Test
    void theLastCaseFileOpensAgain() throws Exception {
        BusinessCase other = SampleCases.load(SampleCases.names().get(1));
        assertNotEquals(sample.caseName(), other.caseName(), "a case the sample cannot be mistaken for");
        Path file = dir.resolve("mijn casus.praktijkplan.json");
        new CaseFileWriter().write(other, file);
        PreferencesStore store = storeWithLastFile(file);

        StartupPreload.Opening o = StartupPreload.read(store);
        assertEquals(other.caseName(), o.vm().businessCase().caseName());
        assertEquals(file, o.vm().fileProperty().get());
    }

    @Test
    void aLastFileThatIsGoneOrDamagedFallsBackToTheSample() throws Exception {
        PreferencesStore gone = storeWithLastFile(dir.resolve("verplaatst.praktijkplan.json"));
        assertEquals(sample.caseName(), StartupPreload.read(gone).vm().businessCase().caseName());

        Path damaged = dir.resolve("kapot.praktijkplan.json");
        Files.writeString(damaged, "{\"formatVersion\": 1, \"practice\": ");
        PreferencesStore broken = storeWithLastFile(damaged);
        StartupPreload.Opening o = StartupPreload.read(broken);
        assertEquals(sample.caseName(), o.vm().businessCase().caseName());
        assertNull(o.vm().fileProperty().get());
    }

    private PreferencesStore storeWithLastFile(Path file) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("config-" + file.getFileName()));
        Preferences p = new Preferences();
        p.lastFile = file.toAbsolutePath().toString();
        store.save(p);
        return store;
    }
}
