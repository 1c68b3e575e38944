package nl.praktijkplan.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.CaseSummary;
import nl.praktijkplan.store.ImportResult;
import nl.praktijkplan.store.Library;
import nl.praktijkplan.store.PracticeSummary;
import nl.praktijkplan.store.RecycleBin;
import nl.praktijkplan.store.VersionInfo;
import nl.praktijkplan.ui.main.NewCase;

/**
 * The library screen's state: practices with their cases (filtered by the search query, debounced), recent cases,
 * the versions of the selected case and the recycle bin; and the actions, each one database call on the session's
 * background thread. Every action returns a future that completes (on the fx executor) after the lists were
 * refreshed, so tests and dialogs can follow on.
 */
public final class LibraryViewModel {

    public static final long DEBOUNCE_MS = 250;
    public static final int RECENT = 8;

    /** How to resolve an import conflict. */
    public enum ConflictChoice { KEEP_BOTH, REPLACE, CANCEL }

    private final LibrarySession session;
    private final ObservableList<PracticeSummary> practices = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> recent = FXCollections.observableArrayList();
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ObjectProperty<RecycleBin> recycleBin = new SimpleObjectProperty<>(new RecycleBin(List.of(), List.of()));
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> selectedCase = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "praktijkplan-library-search");
        t.setDaemon(true);
        return t;
    });
    /** Bumped for every search; a result of an older search is dropped. */
    private volatile long searchGeneration;
    /** Opens a case into the main window (id, content); called on fx. */
    private BiConsumer<Long, BusinessCase> opener = (id, c) -> { };

    /** An autosave was written (or failed): the times and versions shown move on. */
    private final javafx.beans.value.ChangeListener<String> onAutosave = (o, a, b) -> refresh();

    public LibraryViewModel(LibrarySession session) {
        this.session = session;
        query.addListener((o, a, b) -> scheduleSearch());
        selectedCase.addListener((o, a, b) -> loadVersions());
        session.statusProperty().addListener(onAutosave);
    }

    public ObservableList<PracticeSummary> practices() {
        return practices;
    }

    public ObservableList<CaseSummary> recent() {
        return recent;
    }

    public ObservableList<VersionInfo> versions() {
        return versions;
    }

    public ObjectProperty<RecycleBin> recycleBinProperty() {
        return recycleBin;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CaseSummary> selectedCaseProperty() {
        return selectedCase;
    }

    /** The last failure, as a sentence for the user; empty after a success. */
    public StringProperty errorProperty() {
        return error;
    }

    public LibrarySession session() {
        return session;
    }

    public void setOpener(BiConsumer<Long, BusinessCase> opener) {
        this.opener = opener;
    }

    // ---- lists ---------------------------------------------------------------------------------

    private void scheduleSearch() {
        long generation = ++searchGeneration;
        String q = query.get();
        timer.schedule(() -> {
            if (generation == searchGeneration) {
                // The search starts (and so its result arrives) on the FX thread.
                session.onFx(() -> search(q, generation));
            }
        }, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<List<PracticeSummary>> search(String q, long generation) {
        return session.call(lib -> lib.search(q)).whenComplete((list, e) -> {
            if (e == null && generation == searchGeneration) {
                practices.setAll(list);
            }
        });
    }

    /** Reloads every list now (no debounce). */
    public CompletableFuture<Void> refresh() {
        long generation = ++searchGeneration;
        String q = query.get();
        CaseSummary sel = selectedCase.get();
        return session.call(lib -> new Snapshot(lib.search(q), lib.recentCases(RECENT), lib.recycleBin(),
                sel == null ? List.<VersionInfo>of() : versionsOrEmpty(lib, sel.id())))
                .thenAccept(s -> {
                    if (generation == searchGeneration) {
                        practices.setAll(s.practices);
                    }
                    recent.setAll(s.recent);
                    recycleBin.set(s.bin);
                    versions.setAll(s.versions);
                });
    }

    private record Snapshot(List<PracticeSummary> practices, List<CaseSummary> recent, RecycleBin bin,
            List<VersionInfo> versions) {
    }

    private static List<VersionInfo> versionsOrEmpty(Library lib, long caseId) {
        try {
            return lib.caseSummary(caseId).deleted() ? List.of() : lib.versions(caseId);
        } catch (nl.praktijkplan.store.LibraryException.NotFoundException gone) {
            return List.of();
        }
    }

    private void loadVersions() {
        CaseSummary sel = selectedCase.get();
        if (sel == null) {
            versions.clear();
            return;
        }
        session.call(lib -> lib.versions(sel.id())).thenAccept(v -> {
            if (sel.equals(selectedCase.get())) {
                versions.setAll(v);
            }
        });
    }

    /** Runs an action, then refreshes; a failure lands in {@link #errorProperty()} and fails the future. */
    private <T> CompletableFuture<T> act(Function<Library, T> work) {
        return session.call(work).thenCompose(v -> refresh().thenApply(x -> {
            error.set("");
            return v;
        })).whenComplete((v, e) -> {
            if (e != null) {
                error.set(session.describe(e));
            }
        });
    }

    // ---- actions -------------------------------------------------------------------------------

    /**
     * Sets, changes or removes the library password ({@link LibrarySession#changePassword}), then refreshes; a wrong
     * current password or a failure lands in {@link #errorProperty()} and fails the future.
     */
    public CompletableFuture<Void> changePassword(char[] current, char[] next) {
        return session.changePassword(current, next).thenCompose(v -> refresh()).whenComplete((v, e) -> {
            error.set(e == null ? "" : session.describe(e));
        });
    }

    /** A new practice with a first case to fill in. */
    public CompletableFuture<CaseSummary> newPractice(String name, String municipality, boolean dutch) {
        return act(lib -> {
            PracticeSummary p = lib.createPractice(name.strip(), municipality == null ? "" : municipality.strip());
            return lib.createCase(p.id(), NewCase.create(dutch));
        });
    }

    /** Loads a case and hands it to the main window. */
    public CompletableFuture<BusinessCase> open(long caseId) {
        return act(lib -> {
            BusinessCase c = lib.load(caseId);
            lib.markOpened(caseId);
            return c;
        }).thenApply(c -> {
            opener.accept(caseId, c);
            return c;
        });
    }

    /** "Opslaan als scenario": a copy of the case's current content (pending autosaves first). */
    public CompletableFuture<CaseSummary> duplicate(long caseId, String newName) {
        return act(lib -> {
            session.flushNow();
            return lib.duplicateCase(caseId, newName.strip());
        });
    }

    public CompletableFuture<Void> renameCase(long caseId, String name) {
        return act(lib -> {
            session.flushNow();
            lib.renameCase(caseId, name.strip());
            return null;
        }).thenCompose(v -> reloadIfCurrent(caseId));
    }

    public CompletableFuture<Void> renamePractice(PracticeSummary p, String name) {
        return act(lib -> {
            session.flushNow();
            lib.renamePractice(p.id(), name.strip(), p.municipality());
            return null;
        }).thenCompose(v -> {
            Long current = session.currentCaseIdProperty().get();
            return current == null ? CompletableFuture.completedFuture(null) : reloadIfCurrent(current);
        });
    }

    /** Moves a case to the recycle bin; if it is in the main window, its edits are no longer autosaved. */
    public CompletableFuture<Void> deleteCase(long caseId) {
        return act(lib -> {
            session.flushNow();
            lib.deleteCase(caseId);
            return null;
        }).thenAccept(v -> leaveIfCurrent(caseId, -1));
    }

    private void leaveIfCurrent(long caseId, long practiceId) {
        Long current = session.currentCaseIdProperty().get();
        if (current != null && (current == caseId || practiceIdOf(current) == practiceId)) {
            session.currentCaseIdProperty().set(null);
        }
    }

    /** The practice of a listed case, or -2 when it is not listed. */
    private long practiceIdOf(long caseId) {
        CaseSummary sel = selectedCase.get();
        if (sel != null && sel.id() == caseId) {
            return sel.practiceId();
        }
        for (PracticeSummary p : recycleBin.get().practices()) {
            for (CaseSummary c : p.cases()) {
                if (c.id() == caseId) {
                    return p.id();
                }
            }
        }
        return -2;
    }

    public CompletableFuture<Void> deletePractice(long practiceId) {
        return act(lib -> {
            session.flushNow();
            lib.deletePractice(practiceId);
            return null;
        }).thenAccept(v -> leaveIfCurrent(-1, practiceId));
    }

    public CompletableFuture<Void> restoreCase(long caseId) {
        return act(lib -> {
            lib.restoreCase(caseId);
            return null;
        });
    }

    public CompletableFuture<Void> restorePractice(long practiceId) {
        return act(lib -> {
            lib.restorePractice(practiceId);
            return null;
        });
    }

    /** Removes everything in the recycle bin for good. */
    public CompletableFuture<Void> emptyRecycleBin() {
        return act(lib -> {
            lib.emptyRecycleBin();
            return null;
        });
    }

    /** Brings back an older version; if the case is in the main window, it shows the restored content. */
    public CompletableFuture<VersionInfo> restoreVersion(long caseId, int number) {
        return act(lib -> {
            session.flushNow();
            return lib.restoreVersion(caseId, number);
        }).thenCompose(v -> reloadIfCurrent(caseId).thenApply(x -> v));
    }

    private CompletableFuture<Void> reloadIfCurrent(long caseId) {
        Long current = session.currentCaseIdProperty().get();
        if (current == null || current != caseId) {
            return CompletableFuture.completedFuture(null);
        }
        return session.call(lib -> lib.load(caseId)).thenAccept(c -> opener.accept(caseId, c));
    }

    /**
     * Imports a case file; on a conflict {@code choose} (called on fx) decides. Completes with the imported or
     * replaced case's id, or null when nothing was imported (invalid file: see {@link #errorProperty()}; cancelled).
     */
    public CompletableFuture<Long> importFile(Path file, Function<ImportResult.Conflict, ConflictChoice> choose) {
        return session.call(lib -> lib.importCase(file)).thenCompose(r -> {
            if (r instanceof ImportResult.Imported i) {
                return refresh().thenApply(x -> i.summary().id());
            }
            if (r instanceof ImportResult.Invalid inv) {
                StringBuilder sb = new StringBuilder();
                inv.problems().forEach(p -> sb.append(p.describe(session.isDutch())).append('\n'));
                error.set(sb.toString().strip());
                return CompletableFuture.completedFuture(null);
            }
            ImportResult.Conflict c = (ImportResult.Conflict) r;
            return switch (choose.apply(c)) {
                case KEEP_BOTH -> act(lib -> lib.keepBoth(c).id());
                case REPLACE -> act(lib -> {
                    lib.replace(c);
                    return c.existing().id();
                }).thenCompose(id -> reloadIfCurrent(id).thenApply(x -> id));
                case CANCEL -> CompletableFuture.completedFuture(null);
            };
        }).whenComplete((v, e) -> {
            if (e != null) {
                error.set(session.describe(e));
            }
        });
    }

    /** Writes the case (with any pending autosave) as a case file. */
    public CompletableFuture<Void> export(long caseId, Path target) {
        return act(lib -> {
            session.flushNow();
            lib.exportCase(caseId, target);
            return null;
        });
    }

    /** Stops the search timer (the window closes). */
    public void dispose() {
        session.statusProperty().removeListener(onAutosave);
        timer.shutdownNow();
    }
}
