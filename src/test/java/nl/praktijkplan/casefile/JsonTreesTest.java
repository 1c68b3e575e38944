package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import nl.praktijkplan.domain.input.BusinessCase;

/**
 * {@link JsonTrees} against Jackson's ObjectMapper as the independent model: the same tree from the same bytes (or a
 * refusal at the same place), the same tree of a case, the same indented text. The inputs are the reader's fuzz
 * inputs (samples with changed, removed and mistyped values, duplicate keys, damaged bytes) and a few hand-made edges.
 */
class JsonTreesTest {

    /** How the reader read JSON before JsonTrees: the mapper with the same two checks. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** How the writer wrote a case before: bean serialisation, indented. */
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int INPUTS = 3_000;

    @Test
    void parsesAsTheMapperDoesOrRefusesAtTheSamePlace() throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (String edge : new String[] {"", "  \n ", "{} {}", "[1] x", "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":[1,{\"b\":2,\"b\":3}]}}",
                "[2147483647, 2147483648, 9223372036854775808, 1e400, -0.0, 1.5E-7, 0.1]", "\"\\uD800\"", "null", "true",
                "{\"a\": [1, 2,]}", "{\"a\" 1}", "{\"é\": \"ü\\n\\t\\\"\"}", "[[[[[]]]]]"}) {
            inputs.add(edge.getBytes(StandardCharsets.UTF_8));
        }
        CaseFileMutator mutator = new CaseFileMutator(20_261_130L, true);
        for (int i = 0; i < INPUTS; i++) {
            inputs.add(mutator.next().bytes());
        }
        int refused = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            byte[] in = inputs.get(i);
            JsonNode expected = null;
            JsonProcessingException expectedError = null;
            try {
                expected = READER.readTree(in);
            } catch (JsonProcessingException e) {
                expectedError = e;
            }
            try {
                JsonNode actual = JsonTrees.parse(in);
                if (expectedError != null) {
                    differences.add("input " + i + ": read, but the mapper refuses it: " + expectedError.getOriginalMessage());
                } else if (!present(expected).equals(actual) || !text(present(expected)).equals(text(actual))) {
                    differences.add("input " + i + ": another tree");
                }
            } catch (JsonProcessingException e) {
                refused++;
                if (expectedError == null) {
                    differences.add("input " + i + ": refused, the mapper reads it: " + e.getOriginalMessage());
                } else if (!where(expectedError.getLocation()).equals(where(e.getLocation()))
                        || expectedError.getOriginalMessage().startsWith("Duplicate field")
                                != e.getOriginalMessage().startsWith("Duplicate field")) {
                    differences.add("input " + i + ": refused at " + where(e.getLocation()) + " (" + e.getOriginalMessage()
                            + "), the mapper at " + where(expectedError.getLocation()) + " (" + expectedError.getOriginalMessage() + ")");
                }
            }
        }
        assertEquals(List.of(), differences.stream().limit(10).toList(), differences.size() + " differences");
        // The inputs hold both kinds: at least the damaged, ambiguous and edge inputs are refused, most are read.
        assertTrue(refused > 100 && refused < inputs.size() / 2, refused + " refused");
    }

    @Test
    void aCaseGivesTheMappersTreeAndText() throws IOException {
        List<BusinessCase> cases = new ArrayList<>();
        for (String name : SampleCases.names()) {
            cases.add(SampleCases.load(name));
        }
        CaseFileReader reader = new CaseFileReader();
        CaseFileMutator mutator = new CaseFileMutator(20_261_131L, false);
        while (cases.size() < 400) {
            ReadResult r = reader.read(new ByteArrayInputStream(mutator.next().bytes()));
            if (r.ok()) {
                cases.add(r.businessCase());
            }
        }
        for (BusinessCase c : cases) {
            JsonNode expected = WRITER.valueToTree(c);
            JsonNode actual = JsonTrees.of(c);
            assertEquals(expected, actual);
            assertEquals(WRITER.writeValueAsString(expected), written(actual), "the same fields in the same order");
        }
    }

    private static JsonNode present(JsonNode n) {
        return n == null ? MissingNode.getInstance() : n;
    }

    private static String text(JsonNode n) throws IOException {
        return n.isMissingNode() ? "" : WRITER.writeValueAsString(n);
    }

    private static String written(JsonNode n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonTrees.write(n, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String where(JsonLocation at) {
        return at == null ? "nowhere" : at.getLineNr() + ":" + at.getColumnNr();
    }
}
