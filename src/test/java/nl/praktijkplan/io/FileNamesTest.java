package nl.praktijkplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void windowsDeviceNamesGetAnUnderscoreAlsoWithAnExtension() {
        assertEquals("CON_", FileNames.clean("CON"));
        assertEquals("nul_.txt", FileNames.clean("nul.txt"));
        assertEquals("NUL_.txt", FileNames.clean("NUL.txt"));
        assertEquals("COM1_", FileNames.clean("COM1"));
        assertEquals("LPT9_.tar.gz", FileNames.clean("LPT9.tar.gz"));
        assertEquals("Aux_ .pdf", FileNames.clean("Aux .pdf"), "Windows ignores the space before the dot");
        assertEquals("PRN_", FileNames.clean(" PRN. "), "after the trailing dot is removed");
        assertEquals("COM³_", FileNames.clean("COM³"));
    }

    @Test
    void namesThatOnlyStartLikeADeviceStay() {
        assertEquals("CONSULT", FileNames.clean("CONSULT"));
        assertEquals("COM10", FileNames.clean("COM10"));
        assertEquals("Nulmeting.pdf", FileNames.clean("Nulmeting.pdf"));
        assertEquals("CON - Casus", FileNames.clean("CON - Casus"));
    }

    @Test
    void forbiddenCharactersAndDots() {
        assertEquals("a b c", FileNames.clean(" a/b:c. "));
        assertEquals("", FileNames.clean("..."));
        assertEquals("", FileNames.clean(null));
    }
}
