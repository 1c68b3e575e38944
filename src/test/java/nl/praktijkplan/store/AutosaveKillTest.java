package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of autosaving: a child JVM edits a case every 10 ms through the {@link Autosaver}; after a
 * few acknowledged saves it is killed with {@code destroyForcibly()}. Reopening the library must show (a) at least
 * the last save the child acknowledged, and (b) every edit made more than about a second before the kill. While the
 * child runs, opening the library from this process must report {@link OpenResult.InUse}, not damage.
 */
class AutosaveKillTest {

    /** The autosaver promises one second; the rest is slack for one H2 commit on a busy, shared machine. */
    private static final long MAX_LOST_MILLIS = 1_000 + 750;

    @TempDir
    Path dir;

    @Test
    void killedMidWayLosesAtMostAboutOneSecondOfEdits() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AutosaveChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the child is gone
            }
            lines.add("EOF");
        });
        pump.start();

        long caseId = -1;
        int lastAck = -1;
        int acks = 0;
        int lastEdit = 0;
        Map<Integer, Long> editMillis = new HashMap<>();
        StringBuilder other = new StringBuilder();
        try {
            // Run until the child has had several saves acknowledged, made at least 150 edits (~2 s), and is half a
            // second or more past its last acknowledged save: kill it between saves, with edits waiting.
            while (acks < 3 || lastEdit < 150 || lastEdit - lastAck < 50) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertNotNull(line, "the child stopped talking; output so far: " + other);
                assertNotEquals("EOF", line, "the child ended early: " + other);
                if (line.startsWith("CASE ")) {
                    caseId = Long.parseLong(line.substring(5));
                } else if (line.startsWith("EDIT ")) {
                    String[] p = line.split(" ");
                    lastEdit = Integer.parseInt(p[1]);
                    editMillis.put(lastEdit, Long.parseLong(p[2]));
                } else if (line.startsWith("SAVED ")) {
                    lastAck = Integer.parseInt(line.substring(6));
                    acks++;
                } else {
                    other.append(line).append('\n');
                }
            }
            // While the child has the library open, another process must be told so, not offered a "repair".
            OpenResult second = new LibraryOpener(dir).open(null);
            assertInstanceOf(OpenResult.InUse.class, second, second.message().en());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        // Lines already written before the kill are still in the pipe: read them too.
        for (String line = lines.take(); !line.equals("EOF"); line = lines.take()) {
            if (line.startsWith("EDIT ")) {
                String[] p = line.split(" ");
                lastEdit = Integer.parseInt(p[1]);
                editMillis.put(lastEdit, Long.parseLong(p[2]));
            } else if (line.startsWith("SAVED ")) {
                lastAck = Integer.parseInt(line.substring(6));
            }
        }
        assertTrue(caseId > 0);

        int saved;
        try (Library library = new LibraryOpener(dir).openOrThrow(null)) {
            saved = TestCases.editNumber(library.load(caseId));
        }
        System.out.printf("kill -9 test: last edit %d, last acknowledged save %d, found after reopening %d (lost %d edits)%n",
                lastEdit, lastAck, saved, lastEdit - saved);
        assertTrue(saved >= lastAck, "an acknowledged save was lost: acknowledged " + lastAck + ", found " + saved);
        assertTrue(saved <= lastEdit + 1, "found edit " + saved + " that was never made");
        if (saved < lastEdit) {
            long firstLostAt = editMillis.get(saved + 1);
            long lastEditAt = editMillis.get(lastEdit);
            assertTrue(lastEditAt - firstLostAt <= MAX_LOST_MILLIS, "lost " + (lastEdit - saved) + " edits spanning "
                    + (lastEditAt - firstLostAt) + " ms before the kill");
        }
    }
}
