package nl.praktijkplan.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Who prepared a report, taken from the user's settings: the name after "Opgesteld door", the firm and its logo
 * (an accountant's or adviser's letterhead). Blank when not set; never the operating system's user name.
 */
public record Letterhead(String preparedBy, String firm, Logo logo) {

    public static final Letterhead NONE = new Letterhead("", "", null);

    /** Largest logo file read (a letterhead logo is a few hundred kB at most). */
    static final long MAX_LOGO_BYTES = 2_000_000;

    public Letterhead {
        preparedBy = preparedBy == null ? "" : preparedBy.strip();
        firm = firm == null ? "" : firm.strip();
    }

    /**
     * The letterhead from settings; a logo path that is blank, missing, too large or not a PNG or JPEG image gives no
     * logo (the report is still written).
     */
    public static Letterhead of(String preparedBy, String firm, String logoPath) {
        return new Letterhead(preparedBy, firm, logoPath == null || logoPath.isBlank() ? null : Logo.read(Path.of(logoPath.strip())));
    }

    /** A PNG or JPEG image, read once when the report is frozen. */
    public record Logo(byte[] bytes, String mimeType) {

        static Logo read(Path file) {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > MAX_LOGO_BYTES) {
                    return null;
                }
                byte[] bytes = Files.readAllBytes(file);
                String mime = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png"
                        : bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "image/jpeg" : null;
                if (mime == null || ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                    return null;
                }
                return new Logo(bytes, mime);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** The image as a {@code data:} URI for an {@code <img>} of the dossier. */
        public String dataUri() {
            return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
