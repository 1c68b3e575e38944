package nl.praktijkplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.io.FileWriteException.Reason;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static FileWriteException refused(Path target) {
        return assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> out.write('x')));
    }

    private long filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("case.json");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("Input/output error");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aFullDiskIsOneSentenceInEitherLanguage() throws IOException {
        Path target = dir.resolve("plan.xlsx");
        Files.writeString(target, "old");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]); // past the 64 KB buffer: the failure comes from a real write
            throw new IOException("No space left on device");
        }));
        assertEquals(Reason.DISK_FULL, e.reason());
        assertEquals("Cannot write " + target + ": the disk is full. Free some space or choose another disk; nothing was overwritten.",
                e.getMessage());
        assertEquals("Kan " + target + " niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere schijf; er is niets "
                + "overschreven.", e.sentence(true));
        assertEquals("old", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void contentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
        // Jackson closes the stream it writes to; the file must still be forced and renamed, not fail on a closed channel.
        Path target = dir.resolve("prefs.json");
        AtomicFiles.write(target, out -> {
            out.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("{\"a\":1}", Files.readString(target));
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
        Path target = dir.resolve("case.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        FileWriteException e = refused(target);
        assertEquals(Reason.READ_ONLY_FILE, e.reason());
        assertTrue(e.getMessage().endsWith("Close it or choose another name; the existing file is unchanged."), e.getMessage());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void aNewFileInAReadOnlyFolderDoesNotClaimAnExistingFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            FileWriteException e = refused(folder.resolve("new.pdf"));
            assertEquals(Reason.READ_ONLY_FOLDER, e.reason());
            assertEquals("Cannot write " + folder.resolve("new.pdf") + ": the folder " + folder
                    + " cannot be written to. Choose another folder.", e.getMessage());
            assertFalse(e.sentence(true).contains("niet gewijzigd"), e.sentence(true));
            assertEquals(0, filesIn(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderAsTargetIsNamedAsSuch() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        FileWriteException e = refused(folder);
        assertEquals("Cannot write " + folder + ": it is a folder, not a file. Choose a file name.", e.getMessage());
        assertEquals("Kan " + folder + " niet opslaan: dat is een map, geen bestand. Kies een bestandsnaam.", e.sentence(true));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("no/such/file.json");
        FileWriteException e = refused(target);
        assertEquals("Cannot write " + target + ": the folder " + dir.resolve("no/such")
                + " does not exist. Choose an existing folder.", e.getMessage());
    }

    @Test
    void aDeviceIsNotReplacedByAFile() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "a Unix system");
        assertEquals(Reason.NOT_A_FILE, refused(devNull).reason());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still the device");
    }

    @Test
    void aLinkIsKeptAndTheFileItPointsToIsWritten() throws IOException {
        Path synced = Files.createDirectory(dir.resolve("synced"));
        Path real = Files.writeString(synced.resolve("case.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("case.json"), real);
        AtomicFiles.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(1, filesIn(synced), "no temporary file left in the link's target folder");
    }

    @Test
    void aLinkToNowhereIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("case.json"), dir.resolve("gone/case.json"));
        FileWriteException e = refused(link);
        assertEquals("Cannot write " + link + ": it is a link (symbolic link) to " + dir.resolve("gone/case.json")
                + ", which does not exist. Choose another name.", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void anotherUsersLinkInASharedFolderIsRefused() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a link to another user");
        Path shared = Files.createDirectory(dir.resolve("tmp"));
        Files.setAttribute(shared, "unix:mode", 01777); // like /tmp: sticky and writable by everyone
        Path victim = Files.writeString(dir.resolve(".bashrc"), "the user's file");
        Path link = Files.createSymbolicLink(shared.resolve("dossier.pdf"), victim);
        var nobody = link.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.getFileAttributeView(link, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setOwner(nobody);
        assertEquals(Reason.FOREIGN_LINK, refused(link).reason());
        assertEquals("the user's file", Files.readString(victim));
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
        Path fresh = dir.resolve("new.json");
        AtomicFiles.write(fresh, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(shared, out -> out.write('y'));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals("y", Files.readString(shared));
    }

    @Test
    void theInputItselfIsRefusedUnderAnySpelling() throws IOException {
        Path input = Files.writeString(dir.resolve("C.json"), "{}");
        Path otherSpelling = dir.resolve("sub/../C.json");
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
        Path hardLink = Files.createLink(dir.resolve("hard.json"), input);
        for (Path target : new Path[] {input, otherSpelling, link, hardLink}) {
            FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.checkNotInput(target, input));
            assertEquals("Cannot write " + target + ": that is the case file itself (" + input
                    + "), which would be lost. Choose another name.", e.getMessage());
        }
        AtomicFiles.checkNotInput(dir.resolve("C.pdf"), input); // a new file is fine
        AtomicFiles.checkNotInput(Files.writeString(dir.resolve("old.pdf"), "x"), input);
        assertEquals("{}", Files.readString(input));
    }
}
