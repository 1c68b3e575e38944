package nl.praktijkplan.ui.guided;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.ui.common.I18n;

/** The guided ending's question to the bank names the main loan and, beside it, each loan part. */
class VerdictTextsTest {

    @Test
    void theBankIsAskedForTheMainLoanAndEachPartBesideIt() {
        // The LHV sample's preferred option B with an equipment part of 60,000 (5.5%, 10 years, linear). The dossier
        // of this case gives the main loan 594,769 (0.70 × 935,385 − 60,000) and a gap of 292,103: the bank is asked
        // for 594,769 + 292,103 = 886,872 on the main loan, and for the 60,000 part beside it (not counted twice).
        ObjectNode tree = new CaseFileWriter().toTree(SampleCases.load(SampleCases.FIRST));
        ObjectNode part = ((ArrayNode) tree.get("options").get(1).get("loanParts")).addObject();
        part.put("purpose", "EQUIPMENT").put("amount", 60_000).put("ratePct", 5.5).put("termYears", 10)
                .put("fixedYears", 5).put("repayment", "LINEAR").put("balloonPct", 0);
        ReadResult read = new CaseFileReader().read(tree);
        assertTrue(read.ok(), read.problems().toString());
        BusinessCaseEngine engine = new BusinessCaseEngine();
        BusinessCaseResult r = engine.compute(read.businessCase());
        VerdictTexts t = VerdictTexts.of(r, r.preferred(), Remedies.of(engine, read.businessCase(), 1), new I18n(I18n.DUTCH));
        assertTrue(t.bank().startsWith("Wil de bank € 886.872 lenen over 20 jaar"), t.bank());
        assertTrue(t.bank().contains("(annuïtair)"), "the repayment in lower case mid-sentence: " + t.bank());
        assertTrue(t.bank().contains("Daarnaast vraagt dit plan € 60.000 aan leningdelen: apparatuur en inventaris € 60.000 over 10 jaar."),
                t.bank());
    }
}
