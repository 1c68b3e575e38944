package nl.praktijkplan.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.LibraryException.NotFoundException;

/**
 * Saves edits in the background. {@link #submit} hands over the latest content of a case and returns at once; a
 * single daemon thread writes it as an {@link VersionKind#AUTOSAVED} version once no newer edit has arrived for
 * {@link #DEBOUNCE} (500 ms), and never later than {@link #MAX_DELAY} (1 s) after the first unsaved edit, however
 * fast the edits come. Only the newest content per case is written. So a crash loses at most about one second.
 *
 * <p>{@link #flush()} writes everything pending now and waits (use it before closing a case or exporting);
 * {@link #close()} flushes and stops the thread, and must be called before {@link Library#close()}.
 *
 * <p>A failed write is reported to the listener and retried after the debounce (unless the case no longer exists),
 * so the edit stays pending until it is saved or superseded.
 */
public final class Autosaver implements AutoCloseable {

    public static final Duration DEBOUNCE = Duration.ofMillis(500);
    public static final Duration MAX_DELAY = Duration.ofSeconds(1);

    /** Told about every write, on the autosaver's thread (the screen hops to the FX thread itself). */
    public interface Listener {
        void saved(long caseId, BusinessCase content, VersionInfo version);

        default void failed(long caseId, BusinessCase content, LibraryException error) {
        }
    }

    private static final class Pending {
        BusinessCase content;
        long firstNanos;
        long lastNanos;
    }

    private final Library library;
    private final Listener listener;
    private final long debounceNanos;
    private final long maxDelayNanos;
    private final Object lock = new Object();
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    private final Thread thread;
    private int writing;
    private boolean flushRequested;
    private boolean closed;

    public Autosaver(Library library) {
        this(library, null);
    }

    public Autosaver(Library library, Listener listener) {
        this(library, listener, DEBOUNCE, MAX_DELAY);
    }

    Autosaver(Library library, Listener listener, Duration debounce, Duration maxDelay) {
        this.library = Objects.requireNonNull(library);
        this.listener = listener;
        this.debounceNanos = debounce.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.thread = new Thread(this::loop, "praktijkplan-autosave");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The latest edited content of a case; never blocks on the disk. */
    public void submit(long caseId, BusinessCase content) {
        Objects.requireNonNull(content);
        long now = System.nanoTime();
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("Autosaver is closed");
            }
            Pending p = pending.get(caseId);
            if (p == null) {
                p = new Pending();
                p.firstNanos = now;
                pending.put(caseId, p);
            }
            p.content = content;
            p.lastNanos = now;
            lock.notifyAll();
        }
    }

    /** Whether an edit of this case is waiting to be written (or being written). */
    public boolean hasPending(long caseId) {
        synchronized (lock) {
            return pending.containsKey(caseId) || writing > 0;
        }
    }

    /**
     * Writes everything pending now and waits until it is written. Returns early if a write fails (the listener has
     * been told; the edit stays pending and is retried).
     */
    public void flush() {
        synchronized (lock) {
            lastRoundFailed = false;
            flushRequested = true;
            lock.notifyAll();
            try {
                while ((!pending.isEmpty() || writing > 0) && thread.isAlive() && !lastRoundFailed) {
                    lock.wait(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                flushRequested = false;
            }
        }
    }

    /** Set when a round of writes had a failure; a flush stops waiting then. */
    private boolean lastRoundFailed;

    /** Flushes and stops the background thread. Pending edits that cannot be written are reported as failed. */
    @Override
    public void close() {
        flush();
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (true) {
            List<Map.Entry<Long, BusinessCase>> batch = new ArrayList<>();
            synchronized (lock) {
                while (true) {
                    if (closed && (pending.isEmpty() || lastRoundFailed)) {
                        return;
                    }
                    long now = System.nanoTime();
                    long wait = Long.MAX_VALUE;
                    for (Map.Entry<Long, Pending> e : pending.entrySet()) {
                        Pending p = e.getValue();
                        long due = Math.min(p.lastNanos + debounceNanos, p.firstNanos + maxDelayNanos);
                        if (flushRequested || closed || due - now <= 0) {
                            batch.add(Map.entry(e.getKey(), p.content));
                        } else {
                            wait = Math.min(wait, due - now);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batch.forEach(e -> pending.remove(e.getKey()));
                        writing = batch.size();
                        break;
                    }
                    try {
                        if (wait == Long.MAX_VALUE) {
                            lock.wait();
                        } else {
                            lock.wait(Math.max(1, wait / 1_000_000), 0);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            boolean anyFailed = false;
            for (Map.Entry<Long, BusinessCase> e : batch) {
                anyFailed |= !write(e.getKey(), e.getValue());
                synchronized (lock) {
                    writing--;
                    lock.notifyAll();
                }
            }
            synchronized (lock) {
                lastRoundFailed = anyFailed;
                lock.notifyAll();
            }
        }
    }

    /** @return true when written, or when there is nothing to retry */
    private boolean write(long caseId, BusinessCase content) {
        try {
            VersionInfo v = library.save(caseId, content, VersionKind.AUTOSAVED);
            notifySaved(caseId, content, v);
            return true;
        } catch (LibraryException e) {
            notifyFailed(caseId, content, e);
            if (e instanceof NotFoundException || library.isClosed()) {
                return true;
            }
            synchronized (lock) {
                if (!pending.containsKey(caseId)) {
                    Pending p = new Pending();
                    p.content = content;
                    p.firstNanos = System.nanoTime();
                    p.lastNanos = p.firstNanos;
                    pending.put(caseId, p);
                }
            }
            return false;
        } catch (RuntimeException e) {
            notifyFailed(caseId, content, new LibraryException("Automatisch opslaan is mislukt (" + e + ").",
                    "Autosave failed (" + e + ").", e));
            return true;
        }
    }

    private void notifySaved(long caseId, BusinessCase content, VersionInfo v) {
        if (listener != null) {
            try {
                listener.saved(caseId, content, v);
            } catch (RuntimeException ignored) {
                // A listener's bug must not stop autosaving.
            }
        }
    }

    private void notifyFailed(long caseId, BusinessCase content, LibraryException error) {
        if (listener != null) {
            try {
                listener.failed(caseId, content, error);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }
}
