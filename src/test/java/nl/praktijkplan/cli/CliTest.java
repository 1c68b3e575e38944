package nl.praktijkplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.OptionResult;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), locale)
                .run(args);
    }

    private Path sampleFile() throws IOException {
        Path file = dir.resolve("case.json");
        new CaseFileWriter().write(SampleCases.load(SampleCases.FIRST), file);
        return file;
    }

    @Test
    void validateAcceptsASampleAndListsProblemsOfABadFile() throws IOException {
        assertEquals(Cli.OK, run(Locale.ENGLISH, "validate", sampleFile().toString()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sampleFile()).replace("\"purchasePrice\" : 768000.0", "\"purchasePrice\" : -1")
                .replace("\"patients\" : 4000", "\"patients\" : 0"));
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "validate", bad.toString()));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("options[1].purchasePrice: must be ≥ 0"), messages);
        assertTrue(messages.contains("practice.patients: must be ≥ 1"), messages);
        assertFalse(messages.contains("Exception"), messages);
    }

    @Test
    void langChoosesTheLanguageWhateverTheSystemLocale() throws IOException {
        assertEquals(Cli.OK, run(new Locale("nl"), "validate", "--lang", "en", sampleFile().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Valid: "), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(Cli.OK, run(Locale.ENGLISH, "--lang", "nl", "validate", sampleFile().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Geldig: "), out.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "validate", sampleFile().toString(), "--lang", "fr"));
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "validate", sampleFile().toString(), "--lang"));
    }

    @Test
    void summaryPrintsTheEnginesKeyFigures() throws IOException {
        assertEquals(Cli.OK, run(Locale.ENGLISH, "summary", sampleFile().toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        // 190 × P₁ / 2,439 with P₁ = 4,082 (see BusinessCaseEngineTest) = 317.99…
        assertEquals(190.0 * 4082 / 2439, json.get("spaceNeededM2").get("2027").asDouble(), 1e-9);
        assertEquals(4082, json.get("patients").get("2027").asDouble(), 1e-9);
        assertEquals(2027, json.get("spaceRunsOutYear").asInt());
        OptionResult b = new BusinessCaseEngine().compute(SampleCases.load(SampleCases.FIRST)).options().get(1);
        JsonNode jb = json.get("options").get(1);
        for (String field : new String[] {"name", "type", "investment", "marketValue", "onrendabeleTop", "maxLoanByCashFlow",
                "maxLoanByCollateral", "maxLoan", "financingGap", "dscrYear1", "ltvYear1", "npvCost",
                "breakEvenYearVsRent", "extraPatientsVsStay"}) {
            assertTrue(jb.has(field), field);
        }
        assertEquals(b.onrendabeleTop(), jb.get("onrendabeleTop").asDouble(), 0);
        assertEquals(b.financing().financingGap(), jb.get("financingGap").asDouble(), 0);
        // After tax, buying option B is not cheaper than renting it within the horizon: the year is null.
        assertEquals(null, b.rentVsBuy().breakEvenYear());
        assertTrue(jb.get("breakEvenYearVsRent").isNull());
        // The verdict comes with the plan's status, what binds and the amount short (see FinancingVerdictTest).
        JsonNode verdict = jb.get("verdict");
        assertEquals("NIET_SLUITEND", verdict.get("status").asText());
        assertEquals("COLLATERAL", verdict.get("binding").get(0).asText());
        assertEquals(b.financing().financingGap(), verdict.get("shortfall").asDouble(), 0);
        assertEquals(20, jb.get("years").size(), "one object per plan year");
        for (String field : new String[] {"year", "patientsServed", "revenue", "gpLabourCost", "staffAndOtherCosts",
                "housingCosts", "ebitda", "depreciation", "interest", "tax", "drawings", "cfads", "debtService", "dscr"}) {
            assertTrue(jb.get("years").get(0).has(field), field);
        }
        assertEquals(b.years().get(0).tax(), jb.get("years").get(0).get("tax").asDouble(), 0);
        // Liquidity: option B of the LHV sample renovates 6 months, so its 20 plan years span 6 + 240 = 246 months.
        JsonNode liquidity = jb.get("liquidity");
        assertEquals(246, liquidity.get("monthly").size());
        assertEquals(1, liquidity.get("monthly").get(0).get("month").asInt());
        assertEquals(b.liquidity().lowestCash(), liquidity.get("lowestCash").asDouble(), 0);
        assertEquals(b.liquidity().lowestCashMonth(), liquidity.get("lowestCashMonth").asInt());
        int low = b.liquidity().lowestCashMonth();
        assertEquals(liquidity.get("lowestCash").asDouble(), liquidity.get("monthly").get(low - 1).get("cash").asDouble(), 0);
        // Stress on the agreed plan: the base and six scenarios, each with the base loan (70% of B's €935,384.62 value).
        JsonNode stress = jb.get("stress");
        assertEquals(7, stress.size());
        for (JsonNode row : stress) {
            assertEquals(654_769.23, row.get("loan").asDouble(), 0.005, row.get("key").asText());
        }
        // Building cost +10% (row 3) adds 10% of price with transfer tax and renovation: 0.1 × (768,000 × 1.104 +
        // 384,000) = €123,187.20 to the gap.
        assertEquals("cost", stress.get(2).get("key").asText());
        assertEquals(b.financing().financingGap() + 123_187.20, stress.get(2).get("gap").asDouble(), 0.005);
        assertEquals("+2 procentpunt bij herfinanciering", stress.get(6).get("name").asText());
    }

    @Test
    void badFilesNeverThrow() throws IOException {
        Path truncated = dir.resolve("t.json");
        Files.writeString(truncated, "{\"formatVersion\": 1, \"caseName\": \"x\", \"practice\": {");
        assertEquals(Cli.INVALID, run(new Locale("nl"), "summary", truncated.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("geen geldige JSON"));
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "summary", dir.resolve("none.json").toString()));
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
