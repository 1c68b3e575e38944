package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Relocation;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.YieldBasis;

class CaseFileReaderTest {

    private final CaseFileReader reader = new CaseFileReader();
    private final CaseFileWriter writer = new CaseFileWriter();

    @TempDir
    Path dir;

    private ObjectNode sampleTree() {
        return writer.toTree(SampleCases.load(SampleCases.FIRST));
    }

    private List<String> problems(ObjectNode tree) {
        return reader.read(tree).problems().stream().map(p -> p.describe(false)).toList();
    }

    @Test
    void everySampleRoundTripsThroughTheFile() throws IOException {
        for (String name : SampleCases.names()) {
            BusinessCase c = SampleCases.load(name);
            Path file = dir.resolve(name);
            writer.write(c, file);
            ReadResult back = reader.read(file);
            assertTrue(back.ok(), name + ": " + back.problems());
            assertEquals(c, back.businessCase(), name);
        }
        assertEquals(5, SampleCases.names().size());
    }

    @Test
    void negativeAmountsAndZeroPatientsAreReportedWithTheirPath() {
        ObjectNode tree = sampleTree();
        ((ObjectNode) tree.get("options").get(1)).put("purchasePrice", -1);
        ((ObjectNode) tree.get("options").get(0)).put("areaM2", -5);
        ((ObjectNode) tree.get("practice")).put("patients", 0);
        List<String> problems = problems(tree);
        assertTrue(problems.contains("options[1].purchasePrice: must be ≥ 0"), problems.toString());
        assertTrue(problems.contains("options[0].areaM2: must be ≥ 1"), problems.toString());
        assertTrue(problems.contains("practice.patients: must be ≥ 1"), problems.toString());
        assertEquals(3, problems.size(), "every problem, and only those");
    }

    @Test
    void dutchMessagesToo() {
        ObjectNode tree = sampleTree();
        ((ObjectNode) tree.get("options").get(1)).put("purchasePrice", -1);
        assertEquals("options[1].purchasePrice: moet ≥ 0 zijn", reader.read(tree).problems().get(0).describe(true));
    }

    @Test
    void existingDebtsAppraisalAndRelocationAreReadAndCheckedAtTheirPath() {
        ObjectNode tree = sampleTree();
        ArrayNode debts = ((ObjectNode) tree.get("financing")).putArray("existingDebts");
        debts.addObject().put("lender", "Goodwill vorige huisarts").put("balance", 80_000).put("ratePct", 4.5)
                .put("remainingYears", 6).put("repayment", "LINEAR");
        debts.addObject().put("lender", "Apparatuur").put("balance", 10_000).put("ratePct", 45).put("remainingYears", 0);
        ObjectNode valuation = (ObjectNode) tree.get("options").get(1).get("valuation");
        valuation.put("yieldBasis", "VON").put("appraisalDate", "31-03-2026");
        ((ObjectNode) tree.get("options").get(1)).putObject("relocation").put("overlapMonths", 3).put("constructionMonths", 6);
        List<String> problems = problems(tree);
        assertTrue(problems.contains("financing.existingDebts[1].ratePct: must be ≤ 30"), problems.toString());
        assertTrue(problems.contains("financing.existingDebts[1].remainingYears: must be ≥ 1"), problems.toString());
        assertTrue(problems.contains("options[1].valuation.appraisalDate: must be a date like 2026-03-31"), problems.toString());
        assertEquals(3, problems.size(), problems.toString());

        ((ObjectNode) debts.get(1)).put("ratePct", 4).put("remainingYears", 3);
        valuation.put("appraisalDate", "2026-03-31");
        ReadResult read = reader.read(tree);
        assertTrue(read.ok(), read.problems().toString());
        BusinessCase c = read.businessCase();
        assertEquals(2, c.financing().existingDebts().size());
        assertEquals(RepaymentType.LINEAR, c.financing().existingDebts().get(0).repayment());
        assertEquals(YieldBasis.VON, c.options().get(1).valuation().yieldBasis());
        assertEquals(new Relocation(6, 3, 0, 0), c.options().get(1).relocation());
        assertEquals(c, reader.read(writer.toTree(c)).businessCase(), "the new fields round-trip");
    }

    @Test
    void aRateOfFiveHundredPercentIsRefused() {
        ObjectNode tree = sampleTree();
        ((ObjectNode) tree.get("assumptionOverrides")).put("loan.ratePct", 500);
        ((ObjectNode) tree.get("assumptionOverrides")).put("no.such.assumption", 1);
        List<String> problems = problems(tree);
        assertTrue(problems.contains("assumptionOverrides.loan.ratePct: must be ≤ 30"), problems.toString());
        assertTrue(problems.contains("assumptionOverrides.no.such.assumption: unknown assumption"), problems.toString());
    }

    @Test
    void emptyStringsWrongTypesAndHugeNumbers() throws IOException {
        ObjectNode tree = sampleTree();
        ((ObjectNode) tree.get("practice")).put("name", "  ");
        ((ObjectNode) tree.get("practice")).put("patients", "");
        ((ObjectNode) tree.get("practice")).put("startYear", 2027.5);
        ((ObjectNode) tree.get("financing")).put("equityAvailable", "NaN");
        ((ObjectNode) tree.get("options").get(0)).put("type", "CASTLE");
        ((ObjectNode) tree.get("costs")).put("otherCostsYear1", 1e300);
        List<String> problems = problems(tree);
        assertTrue(problems.contains("practice.name: must not be empty"), problems.toString());
        assertTrue(problems.contains("practice.patients: must be a number"), problems.toString());
        assertTrue(problems.contains("practice.startYear: must be a whole number"), problems.toString());
        assertTrue(problems.contains("financing.equityAvailable: must be a number"), problems.toString());
        assertTrue(problems.contains("options[0].type: must be one of STAY, RENT, BUY_EXISTING, NEW_BUILD, RENOVATE"), problems.toString());
        assertTrue(problems.contains("costs.otherCostsYear1: must be ≤ 10000000000"), problems.toString());

        // A number beyond double range in the file text is still a message, not an exception.
        String json = new ObjectMapper().writeValueAsString(sampleTree()).replace("\"patients\":4000", "\"patients\":1e999");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, json);
        ReadResult r = reader.read(file);
        assertFalse(r.ok());
        assertEquals("practice.patients", r.problems().get(0).path());
    }

    @Test
    void missingSectionsAndOptions() {
        ObjectNode tree = sampleTree();
        tree.remove("staffing");
        tree.set("options", new ObjectMapper().createArrayNode());
        List<String> problems = problems(tree);
        assertTrue(problems.contains("staffing: is missing"), problems.toString());
        assertTrue(problems.contains("options: must hold 1 to 10 options"), problems.toString());
        ArrayNode notObjects = new ObjectMapper().createArrayNode().add(3);
        tree.set("options", notObjects);
        assertTrue(problems(tree).contains("options: item 0 must be an object"));
    }

    @Test
    void truncatedFileGivesThePosition() throws IOException {
        String json = writer.toJson(SampleCases.load(SampleCases.FIRST));
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, json.substring(0, json.length() / 2));
        ReadResult r = reader.read(file);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).messageEn().startsWith("not valid JSON (line "), r.problems().toString());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.json");
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        ReadResult r = reader.read(file);
        assertEquals("the file is larger than 5 MB and is not a Praktijkplan case", r.problems().get(0).messageEn());
    }

    @Test
    void futureVersionsAndOtherFilesAreRefused() throws IOException {
        ObjectNode tree = sampleTree();
        tree.put("formatVersion", 3);
        assertEquals("formatVersion: version 3 was made by a newer Praktijkplan; please update the application",
                reader.read(tree).problems().get(0).describe(false));
        tree.remove("formatVersion");
        assertEquals("formatVersion: is missing: this is not a Praktijkplan case", reader.read(tree).problems().get(0).describe(false));
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[1, 2, 3]");
        assertEquals("the file does not contain a Praktijkplan case", reader.read(file).problems().get(0).messageEn());
        assertTrue(reader.read(dir.resolve("absent.json")).problems().get(0).messageEn().startsWith("file not found"));
    }

    @Test
    void ageSharesProfitSplitAndDirectorsSalaryAreCheckedAtTheirField() {
        ObjectNode tree = sampleTree();
        ObjectNode practice = (ObjectNode) tree.get("practice");
        ((ObjectNode) practice.get("ageMix")).put("under65Pct", 70);
        ArrayNode holders = (ArrayNode) practice.get("holders");
        ObjectNode second = holders.addObject();
        second.put("name", "Tweede huisarts");
        second.put("profitSharePct", 30);
        second.put("gpFte", 0.8);
        List<String> problems = problems(tree);
        // 70 + 12 + 6.6 + 2.4 = 91; 100 + 30 = 130; and a second holder needs a maatschap or a BV.
        assertTrue(problems.contains("practice.ageMix: the four age classes add up to 91%; they must add up to 100%"), problems.toString());
        assertTrue(problems.contains("practice.holders: the profit shares add up to 130%; they must add up to 100%"), problems.toString());
        assertTrue(problems.contains("practice.holders: a sole proprietorship has one holder; choose maatschap or BV for more"),
                problems.toString());
        assertEquals(3, problems.size(), problems.toString());

        practice.put("legalForm", "BV");
        ((ObjectNode) practice.get("ageMix")).put("under65Pct", 79);
        problems = problems(tree);
        assertEquals(List.of("practice.holders[0].directorSalary: is required for a BV: the BV pays its director-shareholder a customary salary",
                "practice.holders[1].directorSalary: is required for a BV: the BV pays its director-shareholder a customary salary"), problems);
    }

    @Test
    void appraisalNeedsAValue() {
        ObjectNode tree = sampleTree();
        ObjectNode valuation = (ObjectNode) tree.get("options").get(0).get("valuation");
        valuation.put("method", "APPRAISAL");
        valuation.put("appraisedValue", 0);
        assertTrue(problems(tree).contains("options[0].valuation.appraisedValue: is required for a valuation by appraisal"));
    }
}
