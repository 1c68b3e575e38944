package nl.praktijkplan.ui.library;

import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.Autosaver;
import nl.praktijkplan.store.Library;
import nl.praktijkplan.store.LibraryException;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.VersionInfo;
import nl.praktijkplan.ui.common.I18n;

/**
 * The open case library as the UI sees it: the {@link Library} and its {@link Autosaver}, one background thread for
 * every database call, and the library case now in the main window ({@link #currentCaseIdProperty()}, null for a
 * case from a file or a new one). Results come back through {@code fx} (Platform::runLater in the app, a direct
 * executor in unit tests); properties are only changed there.
 */
public final class LibrarySession implements AutoCloseable {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final Executor fx;
    private final Supplier<I18n> i18n;
    private final ExecutorService db = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "praktijkplan-library");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Library> library = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> currentCaseId = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    /** Told (on fx) when an autosave of the current case was written: the main window clears its dirty mark. */
    private java.util.function.BiConsumer<Long, BusinessCase> onSaved = (id, c) -> { };
    private volatile Autosaver autosaver;
    /** Where the open library came from, and the password it was opened with (null if none): for a password change. */
    private volatile LibraryOpener opener;
    private volatile char[] password;
    private volatile BusinessCase heldEdit;

    public LibrarySession(Executor fx, Supplier<I18n> i18n) {
        this.fx = fx;
        this.i18n = i18n;
    }

    public Library library() {
        return library.get();
    }

    public boolean isOpen() {
        return library.get() != null;
    }

    public ObjectProperty<Long> currentCaseIdProperty() {
        return currentCaseId;
    }

    /** "Opgeslagen 11:32", an autosave error, or empty. */
    public StringProperty statusProperty() {
        return status;
    }

    public void setOnSaved(java.util.function.BiConsumer<Long, BusinessCase> onSaved) {
        this.onSaved = onSaved;
    }

    /** Whether the main window shows a case of the library (edits are autosaved). */
    public boolean isLibraryCase() {
        return isOpen() && currentCaseId.get() != null;
    }

    /**
     * Takes an opened library into use and starts its autosaver. Call on the fx executor.
     *
     * @param password the password it was opened with (null or empty if none); kept to confirm a password change
     */
    public void attach(Library lib, LibraryOpener from, char[] password) {
        this.opener = from;
        this.password = password == null ? new char[0] : password.clone();
        autosaver = newAutosaver(lib);
        library.set(lib);
    }

    /** Whether the open library is protected with a password. */
    public boolean isPasswordProtected() {
        return password != null && password.length > 0;
    }

    /**
     * Sets, changes or removes the password of the open library and all its backups
     * ({@link LibraryOpener#changePassword}): pending edits are written, the library is closed, re-encrypted and
     * opened again with the new password. A wrong current password changes nothing and keeps the library open.
     *
     * @param current the password now (empty if none)
     * @param next    the new password, empty to remove it
     */
    public CompletableFuture<Void> changePassword(char[] current, char[] next) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (!isOpen() || !MessageDigest.isEqual(bytes(current), bytes(password))) {
            result.completeExceptionally(new LibraryException.WrongPasswordException(true, null));
            return result;
        }
        Library old = library.get();
        Autosaver a = autosaver;
        autosaver = null; // edits meanwhile wait in heldEdit
        db.execute(() -> {
            a.close();
            old.close();
            Throwable failure = null;
            char[] reopenWith = password;
            try {
                opener.changePassword(password, next);
                reopenWith = next;
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                Library reopened = opener.openOrThrow(reopenWith);
                char[] used = reopenWith;
                Throwable f = failure;
                fx.execute(() -> {
                    password = used.clone();
                    autosaver = newAutosaver(reopened);
                    library.set(reopened);
                    submitHeldEdit();
                    if (f == null) {
                        result.complete(null);
                    } else {
                        result.completeExceptionally(f);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    autosaver = null;
                    library.set(null);
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** The last edit made while the library was closed for a password change, now handed to the new autosaver. */
    private void submitHeldEdit() {
        BusinessCase held = heldEdit;
        heldEdit = null;
        if (held != null) {
            submit(held);
        }
    }

    private static byte[] bytes(char[] chars) {
        return chars == null ? new byte[0] : new String(chars).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Autosaver newAutosaver(Library lib) {
        return new Autosaver(lib, new Autosaver.Listener() {
            @Override
            public void saved(long caseId, BusinessCase content, VersionInfo version) {
                fx.execute(() -> {
                    status.set(i18n.get().t("library.saved", HH_MM.format(version.savedAt())));
                    onSaved.accept(caseId, content);
                });
            }

            @Override
            public void failed(long caseId, BusinessCase content, LibraryException error) {
                fx.execute(() -> status.set(i18n.get().t("library.saveFailed", error.message(i18n.get().locale()))));
            }
        });
    }

    /** Hands an edit of the current library case to the autosaver; never blocks. */
    public void submit(BusinessCase content) {
        Long id = currentCaseId.get();
        Autosaver a = autosaver;
        if (a == null && isOpen()) {
            heldEdit = content; // the library is being re-encrypted
            return;
        }
        if (id != null && a != null && content != null) {
            try {
                a.submit(id, content);
            } catch (IllegalStateException closed) {
                // closing down: the last edits were flushed by close()
            }
        }
    }

    /** Runs a database call on the background thread; the future completes on the fx executor. */
    public <T> CompletableFuture<T> call(Function<Library, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Library lib = library.get();
        if (lib == null) {
            result.completeExceptionally(new LibraryException("De bibliotheek is niet geopend.", "The library is not open."));
            return result;
        }
        db.execute(() -> {
            try {
                T value = work.apply(lib);
                fx.execute(() -> result.complete(value));
            } catch (Throwable e) {
                fx.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /** Runs on the fx executor (the FX thread in the app). */
    public void onFx(Runnable r) {
        fx.execute(r);
    }

    /** Runs any work (such as opening the library) on the background thread; completes on fx. */
    public <T> CompletableFuture<T> background(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        db.execute(() -> {
            try {
                T value = work.get();
                fx.execute(() -> result.complete(value));
            } catch (Throwable e) {
                fx.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /** Writes pending autosaves now and waits; call off the FX thread (inside {@link #call}). */
    public void flushNow() {
        Autosaver a = autosaver;
        if (a != null) {
            a.flush();
        }
    }

    /** A message for the user from any failure of a library call. */
    public String describe(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof LibraryException le) {
            return le.message(i18n.get().locale());
        }
        return String.valueOf(t.getMessage());
    }

    /** Closes the autosaver (writing pending edits), then the library. Waits for both. */
    @Override
    public void close() {
        Autosaver a = autosaver;
        autosaver = null;
        Library lib = library.get();
        db.shutdown();
        try {
            db.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (a != null) {
            a.close();
        }
        if (lib != null) {
            lib.close();
        }
    }

    public boolean isDutch() {
        return i18n.get().dutch();
    }
}
