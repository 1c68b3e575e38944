package nl.praktijkplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of the library readable by their owner only: folders 700 and files 600 where the file system has POSIX
 * permissions (elsewhere, such as Windows, the user's profile folder already keeps others out). Copies are forced to
 * disk before they are renamed into place, so a power loss leaves the old file or the whole new one.
 */
final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and its parents) and makes it the owner's only. */
    static void createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
    }

    /** Sets 600 on a file or 700 on a folder; does nothing where POSIX permissions do not exist. */
    static void restrict(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder lies in the user's own profile.
        }
    }

    /**
     * Copies {@code source} to {@code target} through a temporary file that is created owner-only and forced to
     * disk, then renamed over {@code target}.
     */
    static void copy(Path source, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        moveIntoPlace(temp, target);
    }

    /** Renames {@code from} over {@code to} (atomically where the file system can) and forces the folder entry to disk. */
    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        restrict(to);
        forceFolder(to.toAbsolutePath().getParent());
    }

    /** Forces a file's content to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
    }

    /** A renamed file survives a power loss only once its folder is on disk too (Linux, macOS; not possible on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
