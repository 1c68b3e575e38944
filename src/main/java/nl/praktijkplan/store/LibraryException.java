package nl.praktijkplan.store;

import java.util.Locale;

/**
 * Something the case library could not do. {@link #getMessage()} is the English user-facing sentence;
 * {@link #userMessage()} carries the Dutch one too. Subclasses name the conditions the screen treats
 * specially (wrong password, newer schema, damaged or locked file).
 */
public class LibraryException extends RuntimeException {

    private final LibraryMessage userMessage;

    public LibraryException(LibraryMessage userMessage, Throwable cause) {
        super(userMessage.en(), cause);
        this.userMessage = userMessage;
    }

    public LibraryException(String nl, String en) {
        this(new LibraryMessage(nl, en), null);
    }

    public LibraryException(String nl, String en, Throwable cause) {
        this(new LibraryMessage(nl, en), cause);
    }

    public LibraryMessage userMessage() {
        return userMessage;
    }

    public String message(Locale locale) {
        return userMessage.text(locale);
    }

    /** The library file was made by a newer Praktijkplan; it was not modified. */
    public static final class SchemaTooNewException extends LibraryException {
        private final int fileVersion;
        private final int supportedVersion;

        public SchemaTooNewException(int fileVersion, int supportedVersion) {
            super("De bibliotheek is gemaakt met een nieuwere versie van Praktijkplan (schema " + fileVersion
                    + ", deze versie kent tot " + supportedVersion + "). Werk Praktijkplan bij; het bestand is niet gewijzigd.",
                    "The library was created by a newer version of Praktijkplan (schema " + fileVersion
                    + ", this version knows up to " + supportedVersion + "). Please update Praktijkplan; the file was not changed.");
            this.fileVersion = fileVersion;
            this.supportedVersion = supportedVersion;
        }

        public int fileVersion() {
            return fileVersion;
        }

        public int supportedVersion() {
            return supportedVersion;
        }
    }

    /** The password was wrong, or missing for a protected library. */
    public static final class WrongPasswordException extends LibraryException {
        private final boolean passwordGiven;

        public WrongPasswordException(boolean passwordGiven, Throwable cause) {
            super(passwordGiven
                    ? new LibraryMessage("Het wachtwoord van de bibliotheek klopt niet. Probeer het opnieuw.",
                            "The library password is not correct. Please try again.")
                    : new LibraryMessage("De bibliotheek is beveiligd met een wachtwoord. Voer het wachtwoord in.",
                            "The library is protected with a password. Please enter the password."),
                    cause);
            this.passwordGiven = passwordGiven;
        }

        public boolean passwordGiven() {
            return passwordGiven;
        }
    }

    /**
     * The library file cannot be opened, or it opens but fails the check (a case cannot be read or does not match
     * its checksum); see {@link LibraryOpener} for the ways out. Nothing was written to the file.
     */
    public static final class DamagedLibraryException extends LibraryException {
        private final Salvage salvage;

        public DamagedLibraryException(Throwable cause) {
            this(cause, null);
        }

        /** @param salvage what can still be read, or null when nothing can */
        public DamagedLibraryException(Throwable cause, Salvage salvage) {
            super(salvage == null
                    ? new LibraryMessage("Het bibliotheekbestand is beschadigd en kan niet worden gelezen. U kunt een "
                            + "reservekopie terugzetten of met een lege bibliotheek beginnen; het beschadigde bestand wordt bewaard.",
                            "The library file is damaged and cannot be read. You can restore a backup or start with an empty "
                            + "library; the damaged file is kept.")
                    : new LibraryMessage("Het bibliotheekbestand is beschadigd: " + salvage.readableCases() + " van de "
                            + salvage.cases() + " casussen zijn nog leesbaar. U kunt die redden in een nieuwe bibliotheek, een "
                            + "reservekopie terugzetten of met een lege bibliotheek beginnen; het beschadigde bestand wordt bewaard.",
                            "The library file is damaged: " + salvage.readableCases() + " of " + salvage.cases()
                            + " cases can still be read. You can salvage them into a new library, restore a backup or start "
                            + "with an empty library; the damaged file is kept."),
                    cause);
            this.salvage = salvage;
        }

        /** What can still be read, or null. */
        public Salvage salvage() {
            return salvage;
        }
    }

    /** The library file is gone while backups of it exist: the user chooses a backup or an empty library. */
    public static final class MissingLibraryException extends LibraryException {
        public MissingLibraryException() {
            super("Het bibliotheekbestand ontbreekt, maar er zijn reservekopieën. Kies een reservekopie om terug te zetten, "
                    + "of begin met een lege bibliotheek.", "The library file is missing, but there are backups. Choose a "
                    + "backup to restore, or start with an empty library.");
        }
    }

    /**
     * A stored version whose content does not match the checksum written when it was saved (or that cannot be read
     * at all): it is never handed out. Older versions and the backups are the way back.
     */
    public static final class DamagedVersionException extends LibraryException {
        private final long caseId;
        private final int versionNo;

        public DamagedVersionException(long caseId, int versionNo, Throwable cause) {
            super("Versie " + versionNo + " van casus " + caseId + " is beschadigd: de opgeslagen inhoud klopt niet met "
                    + "het controlegetal en wordt daarom niet gebruikt. Zet een eerdere versie of een reservekopie terug.",
                    "Version " + versionNo + " of case " + caseId + " is damaged: the stored content does not match its "
                    + "checksum and is therefore not used. Please restore an earlier version or a backup.", cause);
            this.caseId = caseId;
            this.versionNo = versionNo;
        }

        public long caseId() {
            return caseId;
        }

        public int versionNo() {
            return versionNo;
        }
    }

    /** Another Praktijkplan window or process has the library open. */
    public static final class LibraryInUseException extends LibraryException {
        public LibraryInUseException(Throwable cause) {
            super("De bibliotheek is al geopend in een ander Praktijkplan-venster. Sluit dat venster en probeer het opnieuw.",
                    "The library is already open in another Praktijkplan window. Close that window and try again.", cause);
        }
    }

    /** A case, practice or version id that is not in the library (or no longer). */
    public static final class NotFoundException extends LibraryException {
        public NotFoundException(String whatNl, String whatEn) {
            super(whatNl + " staat niet (meer) in de bibliotheek.", whatEn + " is not (or no longer) in the library.");
        }
    }
}
