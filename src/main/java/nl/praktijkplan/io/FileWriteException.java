package nl.praktijkplan.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be written, with one sentence for the user in Dutch and in English that says why and
 * what to do. {@link #getMessage()} is the sentence in the language the thrower chose (English by default).
 */
public final class FileWriteException extends IOException {

    /** Why the file could not be written. */
    public enum Reason {
        FOLDER_MISSING, IS_FOLDER, NOT_A_FILE, READ_ONLY_FILE, READ_ONLY_FOLDER, DISK_FULL, DANGLING_LINK, FOREIGN_LINK,
        SAME_AS_INPUT, OTHER
    }

    private final Path target;
    private final Reason reason;
    /** The folder, the link's destination, the case file, or the system's reason: what the sentence names. */
    private final String detail;
    private final boolean dutch;

    public FileWriteException(Path target, Reason reason, String detail, Throwable cause) {
        this(target, reason, detail, cause, false);
    }

    private FileWriteException(Path target, Reason reason, String detail, Throwable cause, boolean dutch) {
        super(cause);
        this.target = target;
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
        this.dutch = dutch;
    }

    /** The same failure, its message in Dutch or English. */
    public FileWriteException in(boolean dutch) {
        FileWriteException e = new FileWriteException(target, reason, detail, getCause(), dutch);
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    @Override
    public String getMessage() {
        return sentence(dutch);
    }

    /** One sentence: what could not be written, why, and what the user can do. */
    public String sentence(boolean dutch) {
        String f = target.toString();
        if (dutch) {
            String start = "Kan " + f + " niet opslaan: ";
            return start + switch (reason) {
                case FOLDER_MISSING -> "de map " + detail + " bestaat niet. Kies een bestaande map.";
                case IS_FOLDER -> "dat is een map, geen bestand. Kies een bestandsnaam.";
                case NOT_A_FILE -> "dat is geen gewoon bestand. Kies een andere naam.";
                case READ_ONLY_FILE -> "het bestand is alleen-lezen of geopend in een ander programma (bijv. Excel). "
                        + "Sluit het of kies een andere naam; het bestaande bestand is niet gewijzigd.";
                case READ_ONLY_FOLDER -> "in de map " + detail + " mag niet worden geschreven. Kies een andere map.";
                case DISK_FULL -> "de schijf is vol. Maak ruimte vrij of kies een andere schijf; er is niets overschreven.";
                case DANGLING_LINK -> "dat is een koppeling (symbolische link) naar " + detail
                        + ", dat niet bestaat. Kies een andere naam.";
                case FOREIGN_LINK -> "dat is een koppeling van een andere gebruiker in een gedeelde map. Kies een andere naam.";
                case SAME_AS_INPUT -> "dat is het casusbestand zelf (" + detail + "), dat dan verloren zou gaan. Kies een andere naam.";
                case OTHER -> "het systeem meldt: " + detail + ". Kies een andere map of naam.";
            };
        }
        String start = "Cannot write " + f + ": ";
        return start + switch (reason) {
            case FOLDER_MISSING -> "the folder " + detail + " does not exist. Choose an existing folder.";
            case IS_FOLDER -> "it is a folder, not a file. Choose a file name.";
            case NOT_A_FILE -> "it is not an ordinary file. Choose another name.";
            case READ_ONLY_FILE -> "the file is read-only or open in another program (e.g. Excel). "
                    + "Close it or choose another name; the existing file is unchanged.";
            case READ_ONLY_FOLDER -> "the folder " + detail + " cannot be written to. Choose another folder.";
            case DISK_FULL -> "the disk is full. Free some space or choose another disk; nothing was overwritten.";
            case DANGLING_LINK -> "it is a link (symbolic link) to " + detail + ", which does not exist. Choose another name.";
            case FOREIGN_LINK -> "it is another user's link in a shared folder. Choose another name.";
            case SAME_AS_INPUT -> "that is the case file itself (" + detail + "), which would be lost. Choose another name.";
            case OTHER -> "the system reports: " + detail + ". Choose another folder or name.";
        };
    }
}
