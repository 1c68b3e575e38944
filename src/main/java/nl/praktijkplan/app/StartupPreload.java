package nl.praktijkplan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.preferences.Preferences;
import nl.praktijkplan.ui.preferences.PreferencesStore;

/**
 * What the first window needs and can be had without the JavaFX toolkit: the preferences and the computed
 * opening case. {@link Launcher} starts it on a background thread before the toolkit, so that reading JSON and
 * the first recompute (with their class loading) overlap the toolkit's own start instead of following it.
 * A start without the launcher (tests) does the same work on the calling thread.
 */
final class StartupPreload {

    /** The preferences and the case the window opens on. */
    record Opening(PreferencesStore store, Preferences prefs, CaseViewModel vm) {
    }

    private static CompletableFuture<Opening> pending;

    private StartupPreload() {
    }

    /** Starts reading in the background; called once, before the toolkit starts. */
    static synchronized void begin() {
        if (pending == null) {
            pending = CompletableFuture.supplyAsync(() -> read(PreferencesStore.forUser()), r -> {
                Thread t = new Thread(r, "praktijkplan-preload");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /** The opening state: the one begun in the background if any (used once), else read now. */
    static synchronized Opening take() {
        CompletableFuture<Opening> f = pending;
        pending = null;
        return f == null ? read(PreferencesStore.forUser()) : f.join();
    }

    /** The last case file if it still opens, otherwise (and on a first run) the sample practice. */
    static Opening read(PreferencesStore store) {
        Preferences prefs = store.load();
        CaseViewModel vm = null;
        if (prefs.lastFile != null && Files.isRegularFile(Path.of(prefs.lastFile))) {
            ReadResult r = new CaseFileReader().read(Path.of(prefs.lastFile));
            if (r.ok()) {
                vm = new CaseViewModel(r.businessCase(), Path.of(prefs.lastFile));
            }
        }
        if (vm == null) {
            vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        }
        return new Opening(store, prefs, vm);
    }
}
