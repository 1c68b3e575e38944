package nl.praktijkplan.store;

import java.nio.file.Path;

import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Child process for {@link AutosaveKillTest}: opens the library in {@code args[0]}, creates a case and submits edits
 * 1, 2, 3, … to an {@link Autosaver} every 10 ms until killed. Prints {@code CASE id}, {@code EDIT n millis} after
 * each submit (millis since start, on this process's clock) and {@code SAVED n} when the autosaver reports the save.
 */
public final class AutosaveChild {

    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Library library = new LibraryOpener(Path.of(args[0])).openOrThrow(null);
        long start = System.nanoTime();
        CaseSummary created = library.addCase(TestCases.named("Huisartsen Zuid", "Utrecht", "Kill-test"));
        print("CASE " + created.id());
        BusinessCase content = library.load(created.id());
        Autosaver autosaver = new Autosaver(library, new Autosaver.Listener() {
            @Override
            public void saved(long caseId, BusinessCase saved, VersionInfo version) {
                print("SAVED " + TestCases.editNumber(saved));
            }

            @Override
            public void failed(long caseId, BusinessCase c, LibraryException error) {
                print("FAILED " + error.getMessage());
            }
        });
        for (int n = 1; n < 1_000_000; n++) {
            autosaver.submit(created.id(), TestCases.edit(content, n));
            print("EDIT " + n + " " + (System.nanoTime() - start) / 1_000_000);
            Thread.sleep(10);
        }
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
