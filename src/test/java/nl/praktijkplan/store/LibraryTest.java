package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.store.LibraryException.NotFoundException;

class LibraryTest {

    @TempDir
    Path dir;
    TestCases.MutableClock clock = new TestCases.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    Library library;

    @BeforeEach
    void open() {
        library = new LibraryOpener(dir, clock).openOrThrow(null);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private CaseSummary add(String practice, String municipality, String name) {
        clock.advance(Duration.ofMinutes(1));
        return library.addCase(TestCases.named(practice, municipality, name));
    }

    @Test
    void listsPracticesAndCasesNewestChangeFirst() {
        CaseSummary a1 = add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        CaseSummary b1 = add("Praktijk Noord", "Groningen", "Huur");
        CaseSummary a2 = add("Huisartsen Zuid", "Utrecht", "Huur");
        assertEquals(a1.practiceId(), a2.practiceId(), "same practice name joins the existing practice");

        List<PracticeSummary> list = library.practices();
        assertEquals(List.of("Huisartsen Zuid", "Praktijk Noord"), list.stream().map(PracticeSummary::name).toList());
        assertEquals(List.of(a2.id(), a1.id()), list.get(0).cases().stream().map(CaseSummary::id).toList());

        // Saving the oldest case moves its practice and the case to the top.
        clock.advance(Duration.ofMinutes(1));
        library.save(b1.id(), TestCases.withPatients(library.load(b1.id()), 4321));
        list = library.practices();
        assertEquals("Praktijk Noord", list.get(0).name());
        assertEquals(clock.instant(), list.get(0).lastChange());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndMatchesEveryWord() {
        add("Gezondheidscentrum De Wâlden", "Súdwest-Fryslân", "Nieuwbouw 2027");
        add("Huisartsen Zuid", "Utrecht", "Huur Kanaalweg");
        add("Huisartsen Zuid", "Utrecht", "Koop Kanaalweg");
        add("Praktijk Noord", "Groningen", "Zonder kanaal");

        assertEquals(List.of("Gezondheidscentrum De Wâlden"), names(library.search("FRYSLAN")));
        assertEquals(List.of("Gezondheidscentrum De Wâlden"), names(library.search("walden")));
        List<PracticeSummary> utrecht = library.search("utrecht");
        assertEquals(2, utrecht.get(0).cases().size(), "a practice match brings all its cases");
        List<PracticeSummary> koop = library.search("zuid koop");
        assertEquals(1, koop.size());
        assertEquals(List.of("Koop Kanaalweg"), koop.get(0).cases().stream().map(CaseSummary::name).toList());
        assertEquals(2, library.search("kanaal").size());
        assertTrue(library.search("rotterdam").isEmpty());
        assertTrue(library.search("100%").isEmpty(), "LIKE wildcards in the query are literal");
        assertEquals(3, library.search("  ").size());
    }

    @Test
    void recentCasesPutOpenedAndChangedFirst() {
        CaseSummary a = add("A", "", "a");
        CaseSummary b = add("B", "", "b");
        CaseSummary c = add("C", "", "c");
        clock.advance(Duration.ofMinutes(1));
        library.markOpened(a.id());
        assertEquals(List.of(a.id(), c.id()), library.recentCases(2).stream().map(CaseSummary::id).toList());
        library.deleteCase(a.id());
        assertEquals(List.of(c.id(), b.id()), library.recentCases(2).stream().map(CaseSummary::id).toList());
    }

    @Test
    void duplicateRenameAndNamesFollowTheLibrary() {
        CaseSummary a = add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        CaseSummary copy = library.duplicateCase(a.id(), "Nieuwbouw met BMKB");
        assertEquals(a.practiceId(), copy.practiceId());
        assertEquals("Nieuwbouw met BMKB", library.load(copy.id()).caseName());
        assertEquals(VersionKind.DUPLICATED, library.versions(copy.id()).get(0).kind());

        library.renamePractice(a.practiceId(), "Huisartsen Zuid-Oost", "Utrecht");
        library.renameCase(a.id(), "Nieuwbouw variant A");
        BusinessCase loaded = library.load(a.id());
        assertEquals("Nieuwbouw variant A", loaded.caseName());
        assertEquals("Huisartsen Zuid-Oost", loaded.practice().name());
        assertEquals(1, library.search("zuid-oost").size());

        // A name edited in the case itself becomes the library's name on save.
        BusinessCase renamed = CaseContent.withNames(loaded, "Variant B", "Huisartsen Zuid-Oost", "Nieuwegein");
        library.save(a.id(), renamed);
        assertEquals("Variant B", library.caseSummary(a.id()).name());
        assertEquals("Nieuwegein", library.caseSummary(copy.id()).municipality());
        assertThrows(LibraryException.class, () -> library.renameCase(a.id(), "  "));
    }

    @Test
    void everySaveIsAVersionAndRestoreKeepsEverything() {
        CaseSummary a = add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        BusinessCase v1 = library.load(a.id());
        clock.advance(Duration.ofMinutes(1));
        library.save(a.id(), TestCases.withPatients(v1, 4100));
        clock.advance(Duration.ofMinutes(1));
        VersionInfo same = library.save(a.id(), TestCases.withPatients(v1, 4100));
        assertEquals(2, same.number(), "identical content adds no version");
        clock.advance(Duration.ofMinutes(1));
        library.save(a.id(), TestCases.withPatients(v1, 4200));

        List<VersionInfo> versions = library.versions(a.id());
        assertEquals(List.of(3, 2, 1), versions.stream().map(VersionInfo::number).toList());
        assertEquals(List.of(VersionKind.SAVED, VersionKind.SAVED, VersionKind.CREATED),
                versions.stream().map(VersionInfo::kind).toList());
        assertTrue(versions.get(0).savedAt().isAfter(versions.get(1).savedAt()));
        assertEquals(4100, library.loadVersion(a.id(), 2).practice().patients());

        VersionInfo restored = library.restoreVersion(a.id(), 2);
        assertEquals(4, restored.number());
        assertEquals(VersionKind.RESTORED, restored.kind());
        assertEquals(4100, library.load(a.id()).practice().patients());
        assertEquals(4200, library.loadVersion(a.id(), 3).practice().patients(), "the undone version is kept");
        assertThrows(NotFoundException.class, () -> library.restoreVersion(a.id(), 9));
    }

    @Test
    void rapidAutosavesAreCoalescedWithinTheWindow() {
        CaseSummary a = add("A", "", "a");
        BusinessCase c = library.load(a.id());
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            library.save(a.id(), TestCases.edit(c, i), VersionKind.AUTOSAVED);
        }
        // Versions: 1 CREATED, 2 AUTOSAVED (edits 1..5, all within 60 s of its creation).
        assertEquals(2, library.versions(a.id()).size());
        assertEquals(5, TestCases.editNumber(library.load(a.id())));
        clock.advance(Duration.ofSeconds(20)); // 70 s after version 2 was created
        library.save(a.id(), TestCases.edit(c, 6), VersionKind.AUTOSAVED);
        assertEquals(3, library.versions(a.id()).size());
        // An explicit save always starts a new version, and the next autosave does not overwrite it.
        library.save(a.id(), TestCases.edit(c, 7));
        clock.advance(Duration.ofSeconds(1));
        library.save(a.id(), TestCases.edit(c, 8), VersionKind.AUTOSAVED);
        List<VersionInfo> v = library.versions(a.id());
        assertEquals(List.of(VersionKind.AUTOSAVED, VersionKind.SAVED), List.of(v.get(0).kind(), v.get(1).kind()));
        assertEquals(7, TestCases.editNumber(library.loadVersion(a.id(), v.get(1).number())));
    }

    @Test
    void recycleBinRestoreAndPurge() {
        CaseSummary a = add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        CaseSummary b = add("Huisartsen Zuid", "Utrecht", "Huur");
        CaseSummary n = add("Praktijk Noord", "Groningen", "Huur");
        library.deleteCase(a.id());
        assertEquals(List.of("Huur"), library.practices().stream().filter(p -> p.id() == a.practiceId())
                .findFirst().orElseThrow().cases().stream().map(CaseSummary::name).toList());
        library.deletePractice(n.practiceId());
        assertEquals(1, library.practices().size());
        assertTrue(library.search("groningen").isEmpty());

        RecycleBin bin = library.recycleBin();
        assertEquals(List.of(n.practiceId()), bin.practices().stream().map(PracticeSummary::id).toList());
        assertEquals(List.of(a.id()), bin.cases().stream().map(CaseSummary::id).toList());

        library.restoreCase(a.id());
        assertEquals(2, library.practices().get(0).cases().size());
        assertThrows(LibraryException.class, () -> library.purgeCase(b.id()), "only binned cases are purged");

        library.purgePractice(n.practiceId());
        assertThrows(NotFoundException.class, () -> library.load(n.id()));
        library.deleteCase(b.id());
        library.emptyRecycleBin();
        assertTrue(library.recycleBin().isEmpty());
        assertThrows(NotFoundException.class, () -> library.versions(b.id()));
        assertEquals(List.of(a.id()), library.practices().get(0).cases().stream().map(CaseSummary::id).toList());
    }

    @Test
    void importExportWithConflicts() throws Exception {
        CaseSummary a = add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        Path file = dir.resolve("export.json");
        library.exportCase(a.id(), file);
        BusinessCase exported = new CaseFileReader().read(file).businessCase();
        assertEquals(library.load(a.id()), exported);

        ImportResult r = library.importCase(file);
        ImportResult.Conflict conflict = assertInstanceOf(ImportResult.Conflict.class, r);
        assertEquals(a.id(), conflict.existing().id());
        assertEquals("Nieuwbouw (2)", conflict.suggestedName());
        assertEquals(1, library.practices().get(0).cases().size(), "a conflict changes nothing");

        CaseSummary both = library.keepBoth(conflict);
        assertEquals("Nieuwbouw (2)", both.name());
        assertEquals(a.practiceId(), both.practiceId());

        // Replace: the changed file becomes the newest version, the old content stays as a version.
        new nl.praktijkplan.casefile.CaseFileWriter().write(TestCases.withPatients(exported, 5555), file);
        ImportResult.Conflict again = assertInstanceOf(ImportResult.Conflict.class, library.importCase(file));
        assertEquals("Nieuwbouw (3)", again.suggestedName());
        VersionInfo v = library.replace(again);
        assertEquals(VersionKind.IMPORTED, v.kind());
        assertEquals(5555, library.load(a.id()).practice().patients());
        assertEquals(exported.practice().patients(), library.loadVersion(a.id(), 1).practice().patients());

        // A new practice is created for an unknown one; a broken file gives its problems.
        Path other = dir.resolve("other.json");
        new nl.praktijkplan.casefile.CaseFileWriter().write(TestCases.named("Praktijk Noord", "Groningen", "Huur"), other);
        assertInstanceOf(ImportResult.Imported.class, library.importCase(other));
        assertEquals(2, library.practices().size());
        Files.writeString(other, "{\"formatVersion\": 1, \"caseName\": ");
        ImportResult.Invalid invalid = assertInstanceOf(ImportResult.Invalid.class, library.importCase(other));
        assertFalse(invalid.problems().isEmpty());
    }

    @Test
    void exportsTheWholeLibraryAsCaseFilesThatImportIntoANewLibrary() throws Exception {
        add("Huisartsen Zuid", "Utrecht", "Nieuwbouw");
        add("Huisartsen Zuid", "Utrecht", "Huur: optie A/B?");
        add("Praktijk Noord", "Groningen", "Nieuwbouw");
        CaseSummary binned = add("Praktijk Noord", "Groningen", "Weg");
        library.deleteCase(binned.id());

        Path folder = dir.resolve("export");
        List<Path> files = library.exportAll(folder);
        assertEquals(3, files.size());
        assertTrue(files.contains(folder.resolve("Huisartsen Zuid").resolve("Huur_ optie A_B_.json")), files.toString());

        try (Library other = new LibraryOpener(dir.resolve("other")).openOrThrow(null)) {
            for (Path f : files) {
                assertInstanceOf(ImportResult.Imported.class, other.importCase(f));
            }
            assertEquals(List.of("Huisartsen Zuid", "Praktijk Noord"),
                    other.practices().stream().map(PracticeSummary::name).sorted().toList());
            assertInstanceOf(ImportResult.Conflict.class, other.importCase(files.get(0)));
        }
    }

    private static List<String> names(List<PracticeSummary> list) {
        return list.stream().map(PracticeSummary::name).toList();
    }
}
