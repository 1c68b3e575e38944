package nl.praktijkplan.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import nl.praktijkplan.io.FileWriteException.Reason;

/**
 * Writes a file so that readers see either the old or the new content, never half of it, also after a power
 * loss: the content goes to a temporary file in the same folder, is forced to disk, and the temporary file is
 * then renamed over the target; the folder is forced too where the system allows it, so the rename itself is
 * durable. If anything fails, the existing target is untouched and the temporary file removed.
 *
 * <p>A symbolic link at the target is kept and the file it points to is written (as editors do): a case file
 * linked into a synced folder stays linked. Two links are refused instead: one pointing nowhere (where would
 * the file go?) and, in a shared folder such as /tmp, a link another user made (it could point at one of the
 * user's own files, which Linux guards against for ordinary opens but not for a rename).
 *
 * <p>Every failure is a {@link FileWriteException} with a sentence for the user.
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
        Path file = checkWritable(target);
        Path dir = file.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            keepPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A leftover hidden temporary file is harmless; the failure that matters is the one thrown above.
            }
        }
    }

    /**
     * Checks, before any work, that the target can be written: its folder exists and may be written to, it is
     * not a folder or a device, a link at it points to a file, and a file there is not read-only. A file the user
     * marked read-only stays as it is, also for an administrator whom the file system would let replace it
     * ({@link Files#isWritable} says yes to root, and the move only needs a writable folder).
     *
     * @return the file that will be written: the target, or the file a link at it points to
     */
    public static Path checkWritable(Path target) throws FileWriteException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileWriteException(target, Reason.FOLDER_MISSING, String.valueOf(dir), null);
        }
        Path file = throughLink(target, absolute);
        if (Files.isDirectory(file)) {
            throw new FileWriteException(target, Reason.IS_FOLDER, null, null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new FileWriteException(target, Reason.NOT_A_FILE, null, null);
        }
        if (Files.exists(file) && readOnly(file)) {
            throw new FileWriteException(target, Reason.READ_ONLY_FILE, null, null);
        }
        if (readOnly(file.getParent())) {
            throw new FileWriteException(target, Reason.READ_ONLY_FOLDER, file.getParent().toString(), null);
        }
        return file;
    }

    /**
     * Refuses to write over an input: {@code export C.json --pdf C.json} must not replace the case with a PDF.
     * Compared as files, so another spelling of the path, a link or a hard link to the input is refused too.
     */
    public static void checkNotInput(Path target, Path input) throws FileWriteException {
        boolean same;
        try {
            same = input != null && Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            throw failure(target, e);
        }
        if (same) {
            throw new FileWriteException(target, Reason.SAME_AS_INPUT, input.toString(), null);
        }
    }

    /** The file a path names, for comparing two targets: the real path of what exists, else the normalised path. */
    public static Path identity(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            if (dir != null && Files.isDirectory(dir)) {
                return dir.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // Compared as written.
        }
        return absolute;
    }

    /** The file a symbolic link at the target points to, or the target itself. */
    private static Path throughLink(Path target, Path absolute) throws FileWriteException {
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        if (!followable(absolute)) {
            throw new FileWriteException(target, Reason.FOREIGN_LINK, null, null);
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            String to;
            try {
                to = absolute.getParent().resolve(Files.readSymbolicLink(absolute)).normalize().toString();
            } catch (IOException unreadable) {
                to = "?";
            }
            throw new FileWriteException(target, Reason.DANGLING_LINK, to, e);
        }
    }

    /**
     * Linux's rule for links in sticky world-writable folders (fs.protected_symlinks): follow only one made by
     * the user or by the folder's owner. Elsewhere, and where the system has no Unix modes, every link is followed.
     */
    private static boolean followable(Path link) {
        Path dir = link.getParent();
        try {
            int mode = (Integer) Files.getAttribute(dir, "unix:mode");
            boolean shared = (mode & 01002) == 01002;
            if (!shared) {
                return true;
            }
            var owner = Files.getOwner(link, LinkOption.NOFOLLOW_LINKS);
            return owner.equals(Files.getOwner(dir)) || owner.getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return true;
        }
    }

    private static boolean readOnly(Path path) throws FileWriteException {
        try {
            boolean readOnly = !Files.isWritable(path);
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                readOnly |= !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class);
            if (posix == null && dos != null && !Files.isDirectory(path)) {
                readOnly |= dos.readAttributes().isReadOnly();
            }
            return readOnly;
        } catch (IOException e) {
            throw new FileWriteException(path, Reason.OTHER, reason(e), e);
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

    /** Makes the rename durable. Windows cannot open a folder (NTFS journals the rename itself). */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this system: the content itself is on disk already.
        }
    }

    /** The failure as a sentence for the user: a full disk, a folder that refuses writing, or the system's reason. */
    static FileWriteException failure(Path target, IOException e) {
        if (e instanceof FileWriteException w) {
            return w;
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")
                || text.contains("disk full")) {
            return new FileWriteException(target, Reason.DISK_FULL, null, e);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && dir != null && !Files.isDirectory(dir)) {
            return new FileWriteException(target, Reason.FOLDER_MISSING, dir.toString(), e);
        }
        if (e instanceof AccessDeniedException) {
            return Files.exists(target)
                    ? new FileWriteException(target, Reason.READ_ONLY_FILE, null, e)
                    : new FileWriteException(target, Reason.READ_ONLY_FOLDER, String.valueOf(dir), e);
        }
        return new FileWriteException(target, Reason.OTHER, reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Content may close its stream (Jackson does); the channel stays open until it is forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
