package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.domain.input.BusinessCase;

class AutosaverTest {

    @TempDir
    Path dir;
    Library library;
    long caseId;
    BusinessCase content;
    final List<Integer> savedEdits = new CopyOnWriteArrayList<>();
    final Autosaver.Listener listener = (id, c, v) -> savedEdits.add(TestCases.editNumber(c));

    @BeforeEach
    void open() {
        library = new LibraryOpener(dir).openOrThrow(null);
        caseId = library.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Nieuwbouw")).id();
        content = library.load(caseId);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void writesOnlyTheLatestOfRapidEditsAndFlushesOnClose() {
        try (Autosaver autosaver = new Autosaver(library, listener)) {
            for (int i = 1; i <= 200; i++) {
                autosaver.submit(caseId, TestCases.edit(content, i));
            }
        }
        assertEquals(200, TestCases.editNumber(library.load(caseId)));
        assertEquals(200, savedEdits.get(savedEdits.size() - 1));
        assertTrue(savedEdits.size() < 200, "debounced: not one write per edit but " + savedEdits.size());
        assertEquals(2, library.versions(caseId).size(), "created + one coalesced autosave version");
    }

    @Test
    void savesInTheBackgroundWithoutFlush() throws Exception {
        try (Autosaver autosaver = new Autosaver(library, listener)) {
            autosaver.submit(caseId, TestCases.edit(content, 1));
            // Liveness only: wait (generously) for the background write, without flush or close.
            for (int i = 0; i < 200 && savedEdits.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of(1), savedEdits);
            assertEquals(1, TestCases.editNumber(library.load(caseId)));
        }
    }

    @Test
    void keepsSavingWhileEditsKeepComing() throws Exception {
        // Edits every 20 ms never leave a 500 ms pause, so only the one-second maximum delay makes these saves.
        try (Autosaver autosaver = new Autosaver(library, listener)) {
            int n = 0;
            while (savedEdits.isEmpty() && n < 1_000) {
                autosaver.submit(caseId, TestCases.edit(content, ++n));
                Thread.sleep(20);
            }
            assertFalse(savedEdits.isEmpty(), "no save during " + n + " continuous edits");
            int first = savedEdits.get(0);
            assertTrue(first >= 1 && first <= n, "saved edit " + first + " of " + n);
            assertEquals(first, TestCases.editNumber(library.load(caseId)));
        }
    }

    @Test
    void submitNeverWaitsForTheDatabase() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            synchronized (library) { // every Library call takes this lock, as a long save would
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        busy.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        try (Autosaver autosaver = new Autosaver(library, listener)) {
            for (int i = 1; i <= 50; i++) {
                autosaver.submit(caseId, TestCases.edit(content, i)); // returns although the library is locked
            }
            assertTrue(savedEdits.isEmpty());
            assertTrue(autosaver.hasPending(caseId));
            release.countDown();
            autosaver.flush();
            assertEquals(50, TestCases.editNumber(library.load(caseId)));
        } finally {
            release.countDown();
            busy.join();
        }
    }

    @Test
    void aFailedSaveIsReportedAndKeptForRetry() {
        List<LibraryException> failures = new CopyOnWriteArrayList<>();
        Autosaver.Listener reporting = new Autosaver.Listener() {
            @Override
            public void saved(long id, BusinessCase c, VersionInfo v) {
                savedEdits.add(TestCases.editNumber(c));
            }

            @Override
            public void failed(long id, BusinessCase c, LibraryException error) {
                failures.add(error);
            }
        };
        try (Autosaver autosaver = new Autosaver(library, reporting)) {
            autosaver.submit(caseId + 1000, TestCases.edit(content, 1)); // no such case: reported, not retried
            autosaver.flush();
            assertEquals(1, failures.size());
            assertInstanceOf(LibraryException.NotFoundException.class, failures.get(0));
            assertFalse(autosaver.hasPending(caseId + 1000));
            autosaver.submit(caseId, TestCases.edit(content, 2));
        }
        assertEquals(List.of(2), savedEdits);
    }
}
