package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LegalForm;

/**
 * The five sample files of the previous release (format version 1, kept under test resources) still open: the same
 * case, plus defaults for the new fields, and a notice that lists those fields.
 */
class VersionOneMigrationTest {

    private final CaseFileReader reader = new CaseFileReader();

    @ParameterizedTest
    @ValueSource(strings = {"lhv-bouwadvies", "duo-huurpraktijk", "zijper-polder", "enschede-startpraktijk", "leeuwarden-digitaal"})
    void aVersionOneSampleOpensWithItsFiguresAndTheDefaultsListed(String name) throws IOException {
        JsonNode v1;
        ReadResult r;
        try (InputStream in = getClass().getResourceAsStream("v1/" + name + ".json")) {
            byte[] bytes = in.readAllBytes();
            v1 = new ObjectMapper().readTree(bytes);
            r = reader.read(new java.io.ByteArrayInputStream(bytes));
        }
        assertTrue(r.ok(), r.problems().toString());
        BusinessCase c = r.businessCase();

        // The same case: every version-1 figure is where it was.
        JsonNode p = v1.get("practice");
        assertEquals(p.get("name").asText(), c.practice().name());
        assertEquals(p.get("patients").asInt(), c.practice().patients());
        assertEquals(p.get("share65PlusPct").asDouble(), c.practice().share65PlusPct(), 1e-9, "the 65+ share is kept");
        assertEquals(v1.get("staffing").get("gpFte").asDouble(), c.gpFteNow(), 1e-9, "holders' and employed GP FTE add up");
        int holders = v1.get("privateFinances").get("practiceHolders").asInt();
        assertEquals(holders, c.practice().holders().size());
        assertEquals(holders == 1 ? LegalForm.EENMANSZAAK : LegalForm.MAATSCHAP, c.practice().legalForm());
        assertEquals(100, c.practice().holders().stream().mapToDouble(h -> h.profitSharePct()).sum(), 1e-9);
        assertEquals(v1.get("privateFinances").get("drawingsPerHolder").asDouble(), c.privateFinances().drawingsPerHolder());
        assertEquals(v1.get("costs").get("otherCostsYear1").asDouble(), c.costs().otherCostsYear1());
        assertEquals(v1.get("options").size(), c.options().size());
        for (int i = 0; i < c.options().size(); i++) {
            HousingOption o = c.options().get(i);
            JsonNode v = v1.get("options").get(i);
            assertEquals(v.get("name").asText(), o.name());
            assertEquals(v.get("areaM2").asDouble(), o.areaM2());
            assertEquals(v.get("purchasePrice").asDouble(), o.purchasePrice());
            assertEquals(v.get("contributions").get("insurer").asDouble(), o.contributions().insurer());
        }
        assertEquals(v1.get("income").get("otherRevenuePerPatient").asDouble(), c.income().otherRevenuePerPatient());
        assertEquals(v1.get("staffing").get("pohMentalFte").asDouble() > 0, c.income().pohGgz(),
                "the POH-GGZ fee applies only with a POH-GGZ in the team");

        // The defaults taken are listed, each at its field.
        List<String> paths = r.notices().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("practice.ageMix", "practice.legalForm", "practice.holders",
                "staffing.employedGpFte", "income.pohGgz", "income.mtvp")), paths.toString());
        assertTrue(r.notices().stream().allMatch(n -> n.messageNl().startsWith("nieuw veld, standaardwaarde: ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lhv-bouwadvies"})
    void theAgeMixOfAVersionOneFileSplitsThe65PlusShareLikeTheNation(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("v1/" + name + ".json")) {
            BusinessCase c = reader.read(in).businessCase();
            // 21% aged 65+, split 57.1 / 31.6 / 11.3 (CBS, sum 100): 11.991 / 6.636 / 2.373; under 65: 79.
            assertEquals(79, c.practice().ageMix().under65Pct(), 1e-9);
            assertEquals(11.991, c.practice().ageMix().age65to74Pct(), 1e-9);
            assertEquals(6.636, c.practice().ageMix().age75to84Pct(), 1e-9);
            assertEquals(2.373, c.practice().ageMix().age85plusPct(), 1e-9);
            // 1.9 GP FTE with one holder: the holder 1.0, the rest (0.9) employed.
            assertEquals(1.0, c.practice().holders().get(0).gpFte(), 1e-12);
            assertEquals(0.9, c.staffing().employedGpFte(), 1e-12);
        }
    }
}
