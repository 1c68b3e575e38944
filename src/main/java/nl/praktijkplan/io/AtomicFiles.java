package nl.praktijkplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * the content goes to a temporary file in the same folder, which is then moved over the target.
 * If anything fails, the existing target is untouched and the temporary file removed.
 */
public final class AtomicFiles {

    /** Writes the content to a stream; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("Folder does not exist: " + dir);
        }
        refuseReadOnly(absolute);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A file the user marked read-only stays as it is, also for an administrator whom the file system would let
     * replace it ({@link Files#isWritable} says yes to root, and the move only needs a writable folder).
     *
     * @throws AccessDeniedException when the target exists and is read-only (or is a folder)
     */
    public static void refuseReadOnly(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        boolean readOnly = !Files.isWritable(target) || Files.isDirectory(target);
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (posix != null) {
            readOnly |= !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(target, DosFileAttributeView.class);
        if (posix == null && dos != null) {
            readOnly |= dos.readAttributes().isReadOnly();
        }
        if (readOnly) {
            throw new AccessDeniedException(target.toString(), null, "the file is read-only");
        }
    }

    /** The temporary file is created owner-only; the result gets the old file's permissions, or rw-r--r--. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
