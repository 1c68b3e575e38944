package nl.praktijkplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.praktijkplan.casefile.CaseFileMutator;
import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;

/**
 * Issue 16's property for the engine, over 3,000 seeded mutations of the samples that keep the file's shape
 * (numbers at and beyond their bounds, other choices, BMKB and starter switched, assumption overrides at their
 * edges, options swapped between samples): every file the reader accepts computes to a {@code summary} whose
 * figures are all finite, and whose investment, market value, maximum loan and loan are not negative.
 * A failure lists each failing input reduced to the fewest changes that still fail.
 */
class EngineFuzzTest {

    private static final int INPUTS = 3_000;
    private static final long SEED = 16L;
    /** Money that cannot be negative: an amount invested, a value, what a bank lends. */
    private static final Set<String> NOT_NEGATIVE = Set.of("investment", "marketValue", "maxLoan", "loan");

    private final CaseFileReader reader = new CaseFileReader();
    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void everyAcceptedCaseComputesToFiniteFigures() {
        CaseFileMutator mutator = new CaseFileMutator(SEED, false);
        Map<String, String> minimal = new LinkedHashMap<>(); // reduced input -> what is wrong
        int accepted = 0;
        int failing = 0;
        for (int i = 0; i < INPUTS; i++) {
            CaseFileMutator.Input input = mutator.next();
            if (!read(input).ok()) {
                continue;
            }
            accepted++;
            if (wrong(input) != null) {
                failing++;
                CaseFileMutator.Input reduced = reduce(mutator, input);
                minimal.putIfAbsent(reduced.describe(), wrong(reduced));
            }
        }
        System.out.println("EngineFuzzTest: " + INPUTS + " inputs, " + accepted + " accepted, " + failing + " fail, "
                + minimal.size() + " distinct minimal inputs");
        List<String> shown = minimal.entrySet().stream().limit(12).map(e -> e.getKey() + " -> " + e.getValue()).toList();
        assertEquals(List.of(), shown, failing + " of " + accepted + " accepted inputs give impossible figures");
    }

    private ReadResult read(CaseFileMutator.Input input) {
        try {
            return reader.read(new ByteArrayInputStream(input.bytes()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with the summary of an accepted input, or null. */
    private String wrong(CaseFileMutator.Input input) {
        ReadResult r = read(input);
        if (!r.ok()) {
            return null;
        }
        JsonNode summary;
        try {
            // Remedies are engine runs on variations of the same case; leaving them out keeps the test within CI's budget.
            summary = SummaryJson.of(engine.compute(r.businessCase()), false);
        } catch (RuntimeException e) {
            return "the engine throws " + e;
        }
        List<String> wrong = new ArrayList<>();
        check(summary, "", wrong);
        return wrong.isEmpty() ? null : String.join(", ", wrong);
    }

    private static void check(JsonNode node, String path, List<String> wrong) {
        if (node.isNumber()) {
            double d = node.doubleValue();
            String field = path.substring(path.lastIndexOf('.') + 1);
            if (!Double.isFinite(d) || (NOT_NEGATIVE.contains(field) && d < 0)) {
                wrong.add(path + " = " + d);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", wrong);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                check(e.getValue(), path + "." + e.getKey(), wrong);
            }
        }
    }

    /** Drops changes one by one while the input still fails: what remains is needed for the failure. */
    private CaseFileMutator.Input reduce(CaseFileMutator mutator, CaseFileMutator.Input input) {
        CaseFileMutator.Input current = input;
        for (int i = current.changes().size() - 1; i >= 0; i--) {
            List<CaseFileMutator.Change> fewer = new ArrayList<>(current.changes());
            fewer.remove(i);
            CaseFileMutator.Input candidate = mutator.replay(current, fewer);
            if (wrong(candidate) != null) {
                current = candidate;
            }
        }
        return current;
    }
}
