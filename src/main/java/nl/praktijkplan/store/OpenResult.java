package nl.praktijkplan.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link LibraryOpener#open(char[])}: the library, or a condition the screen resolves with the user.
 * Every non-success case carries a user-facing {@link LibraryMessage}; the file is never changed by a failed open.
 */
public sealed interface OpenResult {

    LibraryMessage message();

    /**
     * The library is open.
     *
     * @param fromSchema the schema version found (0 for a new library); lower than {@code toSchema} after a migration
     * @param backup     the backup made while opening (before a migration, or the daily one), or null
     * @param check      the check the library passed while opening
     */
    record Opened(Library library, int fromSchema, int toSchema, Backup backup, IntegrityReport check) implements OpenResult {
        @Override
        public LibraryMessage message() {
            return fromSchema == 0
                    ? new LibraryMessage("Een nieuwe, lege bibliotheek is aangemaakt.", "A new, empty library was created.")
                    : new LibraryMessage("De bibliotheek is geopend.", "The library is open.");
        }

        public boolean migrated() {
            return fromSchema > 0 && fromSchema < toSchema;
        }
    }

    /** Ask for the password (again). {@code passwordGiven} false: the library is protected and none was given. */
    record WrongPassword(boolean passwordGiven, LibraryMessage message) implements OpenResult {
    }

    /**
     * The file cannot be read, or fails the check. Offer, in this order, {@link LibraryOpener#salvage} when
     * {@code salvage} is not null, {@link LibraryOpener#restoreBackup(Backup, char[])} with one of {@code backups}
     * (newest first; each says when it was made and what it holds), or {@link LibraryOpener#startFresh(char[])}; each
     * moves the damaged file aside, never deletes it.
     *
     * @param salvage what can still be read, or null
     */
    record Damaged(Path file, List<Backup> backups, Salvage salvage, String technicalDetail, LibraryMessage message)
            implements OpenResult {
        public Damaged {
            backups = List.copyOf(backups);
        }
    }

    /**
     * The library file is missing but backups exist (newest first). Offer {@link LibraryOpener#restoreBackup} or
     * {@link LibraryOpener#startFresh}; nothing is created until the user chooses.
     */
    record Missing(Path file, List<Backup> backups, LibraryMessage message) implements OpenResult {
        public Missing {
            backups = List.copyOf(backups);
        }
    }

    /** Made by a newer Praktijkplan; the file was not modified. */
    record TooNew(int fileSchema, int supportedSchema, LibraryMessage message) implements OpenResult {
    }

    /** Another Praktijkplan has the file open. */
    record InUse(LibraryMessage message) implements OpenResult {
    }
}
