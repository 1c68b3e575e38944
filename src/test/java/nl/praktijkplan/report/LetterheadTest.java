package nl.praktijkplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letterhead comes from the settings only: blank when unset, and a logo only when it is a readable image. */
class LetterheadTest {

    @Test
    void unsetSettingsGiveABlankLetterheadNotTheSystemUser() {
        Letterhead l = Letterhead.of(null, "  ", null);
        assertEquals("", l.preparedBy());
        assertEquals("", l.firm());
        assertNull(l.logo());
    }

    @Test
    void aPngLogoIsReadAndAnythingElseIsLeftOut(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Letterhead l = Letterhead.of(" J. de Vries ", "Van den Berg Accountants", png.toString());
        assertEquals("J. de Vries", l.preparedBy());
        assertNotNull(l.logo());
        assertEquals("image/png", l.logo().mimeType());
        assertTrue(l.logo().dataUri().startsWith("data:image/png;base64,iVBOR"), "PNG signature, base64");

        Path text = dir.resolve("logo.png.txt");
        Files.writeString(text, "not an image");
        assertNull(Letterhead.of("x", "y", text.toString()).logo(), "not an image");
        assertNull(Letterhead.of("x", "y", dir.resolve("missing.png").toString()).logo(), "missing file");
        Path truncated = dir.resolve("half.png");
        byte[] bytes = Files.readAllBytes(png);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 12));
        assertNull(Letterhead.of("x", "y", truncated.toString()).logo(), "damaged PNG");
    }
}
