package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.DossierLanguage;
import nl.praktijkplan.domain.input.LocationChoice;

/** The case fields of the dossier's chapters: past years, location criteria, the dossier language, optional indicators. */
class DossierFieldsReaderTest {

    private static final String A = "A: nieuwbouw appartementencomplex, 350 m²";
    private static final String B = "B: monumentaal pand dichtbij, 320 m²";

    private final CaseFileReader reader = new CaseFileReader();
    private final CaseFileWriter writer = new CaseFileWriter();

    private ObjectNode sampleTree() {
        return writer.toTree(SampleCases.load(SampleCases.FIRST));
    }

    private List<String> problems(ObjectNode tree) {
        return reader.read(tree).problems().stream().map(p -> p.describe(false)).toList();
    }

    @Test
    void theLhvSampleCarriesThreeYearsOfAccountsAndItsScoredCriteria() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        assertEquals(List.of(2024, 2025, 2026), c.pastYears().stream().map(y -> y.year()).toList());
        // 2026: 975,000 revenue − 808,000 costs = 167,000; equity 150,000 / assets (50,000 + 190,000) = 62.5%
        assertEquals(167_000, c.pastYears().get(2).result(), 1e-9);
        assertEquals(62.5, c.pastYears().get(2).balance().solvencyPct(), 1e-9);
        LocationChoice choice = c.locationChoice();
        assertEquals(6, choice.criteria().size());
        // weights 30/15/15/10/15/15 (sum 100); A scores 2,2,5,3,5,3 and B 5,3,3,2,2,4:
        // A = (60 + 30 + 75 + 30 + 75 + 45) / 100 = 3.15; B = (150 + 45 + 45 + 20 + 30 + 60) / 100 = 3.50
        assertEquals(3.15, choice.weightedScore(A), 1e-9);
        assertEquals(3.50, choice.weightedScore(B), 1e-9);
        assertEquals(List.of("Bereikbaarheid voor patiënten", "Parkeren", "Samenwerking in de wijk"), choice.criteriaWhere(B, A, true));
        assertEquals(DossierLanguage.NL, c.dossierLanguage());
    }

    @Test
    void everyCopyOfACaseKeepsItsAccountsCriteriaAndLanguage() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        for (BusinessCase copy : List.of(c.withFinancing(c.financing()), c.withAssumptionOverrides(java.util.Map.of()),
                c.withIncome(c.income()), c.withPractice(c.practice()), c.withStaffing(c.staffing()),
                c.withPrivateFinances(c.privateFinances()), c.withOptions(c.options(), 1, c.currentPremises()),
                c.withNames("x", c.practice()))) {
            assertEquals(c.pastYears(), copy.pastYears());
            assertEquals(c.locationChoice(), copy.locationChoice());
            assertEquals(c.dossierLanguage(), copy.dossierLanguage());
        }
    }

    @Test
    void withoutTheNewFieldsACaseReadsWithNoneOfThemAndADutchDossier() {
        ObjectNode tree = sampleTree();
        tree.remove(List.of("pastYears", "locationChoice", "dossierLanguage"));
        BusinessCase c = reader.read(tree).businessCase();
        assertTrue(c.pastYears().isEmpty());
        assertEquals(LocationChoice.NONE, c.locationChoice());
        assertEquals(DossierLanguage.NL, c.dossierLanguage());
    }

    @Test
    void badPastYearsAreReportedAtTheirField() {
        ObjectNode tree = sampleTree();
        ArrayNode years = (ArrayNode) tree.get("pastYears");
        ((ObjectNode) years.get(0)).put("revenue", -1);
        ((ObjectNode) years.get(1)).put("year", 2024); // the same year as item 0
        ((ObjectNode) years.get(2)).put("year", 2027); // the first plan year itself
        ((ObjectNode) years.get(2).get("balance")).put("debts", 80_000); // 240,000 assets against 150,000 + 80,000
        List<String> problems = problems(tree);
        assertTrue(problems.contains("pastYears[0].revenue: must be ≥ 0"), problems.toString());
        assertTrue(problems.contains("pastYears[1].year: occurs twice in the list"), problems.toString());
        assertTrue(problems.contains("pastYears[2].year: must lie before the first plan year 2027"), problems.toString());
        assertTrue(problems.contains("pastYears[2].balance: the balance sheet does not balance: assets 240000 against equity and debts 230000"),
                problems.toString());
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aScoreOutsideOneToFiveOrForAnUnknownOptionIsRefused() {
        ObjectNode tree = sampleTree();
        ArrayNode criteria = (ArrayNode) tree.get("locationChoice").get("criteria");
        ((ObjectNode) criteria.get(0).get("scores")).put(A, 6);
        ((ObjectNode) criteria.get(1).get("scores")).put("C: elders", 3);
        ((ObjectNode) criteria.get(2)).put("weight", -2);
        ((ObjectNode) criteria.get(3)).put("name", "");
        tree.put("dossierLanguage", "FR");
        List<String> problems = problems(tree);
        assertTrue(problems.contains("locationChoice.criteria[0].scores." + A + ": must be ≤ 5"), problems.toString());
        assertTrue(problems.contains("locationChoice.criteria[1].scores.C: elders: there is no option with this name"), problems.toString());
        assertTrue(problems.contains("locationChoice.criteria[2].weight: must be ≥ 0"), problems.toString());
        assertTrue(problems.contains("locationChoice.criteria[3].name: must not be empty"), problems.toString());
        assertTrue(problems.contains("dossierLanguage: must be one of NL, EN"), problems.toString());
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void anIndicatorLeftOutIsNotGivenAndAZeroIsAValue() {
        ObjectNode tree = sampleTree();
        ((ObjectNode) tree.get("region")).remove("insuredWithoutGp");
        ((ObjectNode) tree.get("region")).put("populationGrowthPct", 0);
        BusinessCase c = reader.read(tree).businessCase();
        assertNull(c.region().insuredWithoutGp());
        assertEquals(0.0, c.region().populationGrowthPct());
        // and it round-trips as not given
        assertNull(reader.read(writer.toTree(c)).businessCase().region().insuredWithoutGp());
    }

    @Test
    void renamingAnOptionMovesItsScoresAndRemovingItDropsThem() {
        ObjectNode tree = sampleTree();
        LocationScores.rename(tree, B, "B: het monument");
        ((ObjectNode) tree.get("options").get(1)).put("name", "B: het monument");
        BusinessCase renamed = reader.read(tree).businessCase();
        assertEquals(3.50, renamed.locationChoice().weightedScore("B: het monument"), 1e-9);
        LocationScores.remove(tree, A);
        ((ArrayNode) tree.get("options")).remove(0);
        tree.put("preferredOption", 0);
        BusinessCase removed = reader.read(tree).businessCase();
        assertNull(removed.locationChoice().weightedScore(A));
        assertEquals(3.50, removed.locationChoice().weightedScore("B: het monument"), 1e-9);
    }
}
