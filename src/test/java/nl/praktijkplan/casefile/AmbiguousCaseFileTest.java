package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Files that could be read in two ways (issue 16, point 2) are refused, each with its field path. */
class AmbiguousCaseFileTest {

    private final CaseFileReader reader = new CaseFileReader();
    private final String sample = new CaseFileWriter().toJson(SampleCases.load(SampleCases.FIRST));

    private ReadResult read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text with its first occurrence of {@code target} replaced (literally, not as a pattern). */
    private static String first(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static List<String> described(ReadResult r) {
        return r.problems().stream().map(p -> p.describe(false)).toList();
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsPath() throws IOException {
        // The sample has "patients" : 4000 inside "practice"; the first of two keys used to be overwritten silently.
        ReadResult r = read(sample.replace("\"patients\" : ", "\"patients\" : -5, \"patients\" : "));
        assertFalse(r.ok());
        assertEquals(List.of("practice.patients: occurs twice in the file; keep only one"), described(r));
        assertEquals("practice.patients: staat twee keer in het bestand; laat er één staan", r.problems().get(0).describe(true));
    }

    @Test
    void aDuplicateKeyInsideAnArrayAndAtTheTopLevel() throws IOException {
        ReadResult inOption = read(first(sample, "\"rentPerM2\" : ", "\"rentPerM2\" : 1, \"rentPerM2\" : "));
        // The first "rentPerM2" of the file is in currentPremises.
        assertEquals(List.of("currentPremises.rentPerM2: occurs twice in the file; keep only one"), described(inOption));
        ReadResult secondOption = read("{\"formatVersion\": 1, \"options\": [{}, {\"name\": \"a\", \"name\": \"b\"}]}");
        assertEquals(List.of("options[1].name: occurs twice in the file; keep only one"), described(secondOption));
        ReadResult top = read("{\"formatVersion\": 1, \"formatVersion\": 1}");
        assertEquals(List.of("formatVersion: occurs twice in the file; keep only one"), described(top));
    }

    @Test
    void aVersionBeyondTheIntegerRangeDoesNotWrapToOne() throws IOException {
        // 4294967297 = 2^32 + 1: cast to int it is 1, a version this build reads.
        ReadResult r = read(sample.replace("\"formatVersion\" : 2", "\"formatVersion\" : 4294967297"));
        assertEquals(List.of("formatVersion: version 4294967297 was made by a newer Praktijkplan; please update the application"),
                described(r));
        ReadResult negative = read(sample.replace("\"formatVersion\" : 2", "\"formatVersion\" : -4294967295"));
        // -4294967295 = -(2^32 - 1) would wrap to 1 as well.
        assertEquals(List.of("formatVersion: unknown version -4294967295"), described(negative));
        ReadResult fraction = read(sample.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1.5"));
        assertEquals(List.of("formatVersion: must be a whole number"), described(fraction));
        ReadResult wholeDouble = read(sample.replace("\"formatVersion\" : 2", "\"formatVersion\" : 2.0"));
        assertTrue(wholeDouble.ok(), wholeDouble.problems().toString());
    }

    @Test
    void wholeNumbersOutOfRangeAreReportedNotRoundedOrWrapped() throws IOException {
        ObjectNode tree = new CaseFileWriter().toTree(SampleCases.load(SampleCases.FIRST));
        ((ObjectNode) tree.get("practice")).put("patients", 4294967297L + 2500); // wraps to 2501 as an int
        ((ObjectNode) tree.get("practice")).put("horizonYears", 1e300);           // (int) Math.round gives MAX_VALUE
        ((ObjectNode) tree.get("growth")).put("inflowYears", new java.math.BigInteger("18446744073709551618"));
        ((ObjectNode) tree.get("staffing")).put("aiosCount", -4294967296L);       // wraps to 0
        assertEquals(Set.of("practice.horizonYears: must be ≤ 50", "practice.patients: must be ≤ 200000",
                "staffing.aiosCount: must be ≥ 0", "growth.inflowYears: must be ≤ 50"),
                Set.copyOf(described(reader.read(tree))));
    }

    @Test
    void aLoneSurrogateAnywhereIsRefusedWithItsPath() throws IOException {
        // \uD800 is a high surrogate with no low one after it: not a character, and not writable as UTF-8.
        ReadResult r = read(first(sample, "\"name\" : \"", "\"name\" : \"Praktijk \\\\uD800 eind "));
        assertTrue(r.problems().isEmpty(), "an escaped backslash is ordinary text: " + r.problems());
        r = read(first(sample, "\"name\" : \"", "\"name\" : \"Praktijk \\\\\\uD800 eind"));
        // Position 11: "Praktijk \" is 10 characters (the backslash is one), the surrogate follows.
        assertEquals(List.of("practice.name: holds an invalid character (\\uD800, a lone UTF-16 surrogate) at position 11; "
                + "please retype the text"), described(r));
        assertTrue(r.problems().get(0).describe(true).startsWith("practice.name: bevat een ongeldig teken (\\uD800"));
    }

    @Test
    void lowSurrogatesDeepInsideAndInKeysToo() throws IOException {
        String json = sample.replace("\"type\" : \"BUY_EXISTING\"", "\"type\" : \"BUY_EXISTING\", \"x\\uDC00\" : 1")
                .replace("\"notes\" : \"", "\"notes\" : \"\\uDFFF");
        List<String> problems = described(read(json));
        assertTrue(problems.contains("notes: holds an invalid character (\\uDFFF, a lone UTF-16 surrogate) at position 1; "
                + "please retype the text"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches("options\\[\\d]\\.x\\\\uDC00: holds an invalid character.*")),
                problems.toString());
        // A proper pair (an emoji) is text like any other.
        ReadResult emoji = read(first(sample, "\"name\" : \"", "\"name\" : \"\\uD83D\\uDE00 "));
        assertTrue(emoji.ok(), emoji.problems().toString());
    }

    @Test
    void theReproductionFromTheIssueIsRefused() throws IOException {
        Path repro = Path.of("/work/shared/reliability-repro/pdf-export-internal-error-lone-surrogate.json");
        String json = Files.exists(repro) ? Files.readString(repro)
                : sample.replace("\"caseName\" : \"", "\"caseName\" : \"Praktijk \\ud800 eind");
        ReadResult r = read(json);
        assertFalse(r.ok());
        assertTrue(described(r).stream().anyMatch(p -> p.startsWith("caseName: holds an invalid character (\\uD800")),
                described(r).toString());
    }
}
