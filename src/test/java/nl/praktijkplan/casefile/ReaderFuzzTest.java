package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 3,000 mutated sample files (seeded, so a failure replays): the reader never throws; it refuses with messages in
 * both languages and a field path where one applies, or it accepts a case that writes and reads back unchanged.
 * A duplicate key, a lone surrogate or a whole number 2^32 too large is always refused.
 */
class ReaderFuzzTest {

    static final int INPUTS = 3_000;
    private static final long SEED = 20_261_129L;

    @Test
    void everyInputIsRefusedWithAMessageOrReadsBackUnchanged() throws Exception {
        CaseFileReader reader = new CaseFileReader();
        CaseFileWriter writer = new CaseFileWriter();
        CaseFileMutator mutator = new CaseFileMutator(SEED, true);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            CaseFileMutator.Input input = mutator.next();
            String what = "input " + i + " (" + input.describe() + ")";
            ReadResult r;
            try {
                r = reader.read(new ByteArrayInputStream(input.bytes()));
            } catch (RuntimeException e) {
                failures.add(what + " threw " + e);
                continue;
            }
            if (!r.ok()) {
                refused++;
                for (Problem p : r.problems()) {
                    if (p.messageNl().isBlank() || p.messageEn().isBlank()) {
                        failures.add(what + ": a problem without a message at '" + p.path() + "'");
                    }
                    if (InvalidText.loneSurrogate(p.path()) >= 0) {
                        failures.add(what + ": a path that cannot be printed: " + p.path());
                    }
                }
                if (r.problems().isEmpty()) {
                    failures.add(what + ": refused without a problem");
                }
                continue;
            }
            if (input.twist().mustBeRefused()) {
                failures.add(what + ": accepted");
                continue;
            }
            String written = writer.toJson(r.businessCase());
            List<Problem> text = new ArrayList<>();
            InvalidText.check(new ObjectMapper().readTree(written), "", text);
            ReadResult back = reader.read(new ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (!text.isEmpty() || !back.ok() || !back.businessCase().equals(r.businessCase())) {
                failures.add(what + ": accepted, but does not read back unchanged: " + back.problems() + text);
            }
        }
        System.out.println("ReaderFuzzTest: " + INPUTS + " inputs, " + refused + " refused, " + (INPUTS - refused) + " accepted, "
                + failures.size() + " failures");
        assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " of " + INPUTS + " inputs fail");
    }
}
