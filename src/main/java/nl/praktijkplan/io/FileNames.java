package nl.praktijkplan.io;

import java.util.Locale;
import java.util.Set;

/** Turns a practice or case name into a file name that Windows, macOS and Linux all accept. */
public final class FileNames {

    /** Device names Windows reserves, also with an extension ({@code NUL.txt}): such a file cannot be made. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private FileNames() {
    }

    /**
     * Without characters a system refuses ({@code \ / : * ? " < > |}, control characters), without leading or
     * trailing dots and spaces (hidden files, Windows), and a reserved device name gets an underscore
     * ({@code CON} becomes {@code CON_}, {@code NUL.txt} becomes {@code NUL_.txt}). May be empty.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return notReserved(clean.replaceAll("^[.\\s]+|[.\\s]+$", ""));
    }

    /** The name with an underscore after a reserved device name before its first dot. */
    public static String notReserved(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (!RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return stem + "_" + name.substring(stem.length());
    }
}
