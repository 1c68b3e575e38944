package nl.praktijkplan.casefile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.praktijkplan.domain.input.BusinessCase;

/** The public example cases from the Handreiking, shipped as resources under {@code /nl/praktijkplan/samples}. */
public final class SampleCases {

    private static final String FOLDER = "/nl/praktijkplan/samples/";
    /** The sample a new user sees first. */
    public static final String FIRST = "lhv-bouwadvies.json";

    private SampleCases() {
    }

    public static List<String> names() {
        try (InputStream in = SampleCases.class.getResourceAsStream(FOLDER + "index.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a shipped sample; a sample that does not validate is a build defect, so this throws. */
    public static BusinessCase load(String name) {
        try (InputStream in = SampleCases.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample case " + name);
            }
            ReadResult r = new CaseFileReader().read(in);
            if (!r.ok()) {
                throw new IllegalStateException("Sample " + name + " is invalid: " + r.problems());
            }
            return r.businessCase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
