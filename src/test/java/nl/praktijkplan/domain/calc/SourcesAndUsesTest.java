package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import nl.praktijkplan.casefile.CaseFileMutator;
import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.ReadResult;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.SourcesAndUses.Source;
import nl.praktijkplan.domain.calc.SourcesAndUses.TopPart;
import nl.praktijkplan.domain.calc.SourcesAndUses.Use;
import nl.praktijkplan.domain.input.*;

/** DOMAIN rule 7: sources = uses to the cent in every plan, and "not covered" is the gap's share in the top. */
class SourcesAndUsesTest {

    private static final double CENT = 0.005;

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Test
    void lhvOptionBReconcilesTheTopWithTheGap() {
        SourcesAndUses s = engine.compute(TestCases.lhv()).options().get(1).sourcesAndUses();
        // Uses: price 768,000; transfer tax 10.4% × 768,000 = 79,872; renovation 320 m² × 1,200 = 384,000 incl. VAT;
        // buyer's costs 15,000; no BMKB: 1,246,872.
        assertEquals(768_000, amount(s.uses(), Use.ACQUISITION), 1e-9);
        assertEquals(79_872, amount(s.uses(), Use.TRANSFER_TAX), 1e-9);
        assertEquals(384_000, amount(s.uses(), Use.WORKS), 1e-9);
        assertEquals(15_000, amount(s.uses(), Use.FEES), 1e-9);
        assertEquals(0, amount(s.uses(), Use.BMKB_FEE), 1e-9);
        assertEquals(1_246_872, s.totalUses(), 1e-6);
        // Sources: equity 150,000, insurer 150,000, the loan at 70% of the value 190 × 320 / 6.5% = 935,384.615…:
        // 654,769.2307…, and the gap 1,246,872 − 300,000 − 654,769.2307… = 292,102.7692….
        assertEquals(150_000, amount(s.sources(), Source.EQUITY), 1e-9);
        assertEquals(150_000, amount(s.sources(), Source.INSURER), 1e-9);
        assertEquals(654_769.2307692308, amount(s.sources(), Source.LOAN), 1e-6);
        assertEquals(292_102.7692307692, s.gap(), 1e-6);
        assertEquals(1_246_872, s.totalSources(), 1e-6);
        // Top 1,246,872 − 935,384.615… = 311,487.385…: insurer 150,000, equity 150,000, no loan above the value,
        // 11,487.385… in the gap. The rest of the gap, 292,102.769… − 11,487.385… = 280,615.385…, is the 30% of the
        // value the loan does not reach: 935,384.615… − 654,769.231….
        SourcesAndUses.TopCover top = s.top();
        assertEquals(311_487.3846153846, top.amount(), 1e-6);
        assertEquals(150_000, amount(top.parts(), TopPart.INSURER), 1e-9);
        assertEquals(150_000, amount(top.parts(), TopPart.EQUITY), 1e-9);
        assertEquals(0, amount(top.parts(), TopPart.LOAN_ABOVE_VALUE), 1e-9);
        assertEquals(11_487.3846153846, top.notCovered(), 1e-6);
        assertEquals(280_615.3846153846, top.gapOutsideTop(), 1e-6);
    }

    @Test
    void aValueAboveTheInvestmentIsASurplusWithNothingToCover() {
        // Price 100,000 and nothing else; value 200 €/m² × 100 m² / 10% = 200,000: no top, the value lies 100,000 above.
        // The LHV sample's equity (150,000) pays it all: no loan, no gap.
        BusinessCase c = TestCases.withOptions(TestCases.lhv(), List.of(TestCases.simpleBuy(100, 100_000, 0, 200, 10)));
        SourcesAndUses s = engine.compute(c).options().get(0).sourcesAndUses();
        assertEquals(100_000, s.top().surplus(), 1e-6);
        s.top().parts().forEach(p -> assertEquals(0, p.amount(), 1e-9, p.item().toString()));
        assertEquals(100_000, amount(s.sources(), Source.EQUITY), 1e-6);
        assertEquals(0, amount(s.sources(), Source.LOAN), 1e-9);
        assertEquals(100_000, s.totalSources(), 1e-6);
        assertEquals(100_000, s.totalUses(), 1e-6);
    }

    @Test
    void contributionsAboveTheInvestmentStayInCash() {
        // Price 100,000 and a municipal contribution of 120,000: no equity, no loan; 20,000 is kept, a use of its own.
        HousingOption o = TestCases.simpleBuy(100, 100_000, 0, 50, 10);
        o = new HousingOption(o.name(), o.type(), o.areaM2(), 0, 0, 0, o.purchasePrice(), o.purchaseTax(), 0, 0, 0, 0, 0,
                true, 0, 0, o.valuation(), 0, 0, new Contributions(0, 120_000, 0, false), o.taxBasis(), 0, Relocation.NONE, "", List.of());
        SourcesAndUses s = engine.compute(TestCases.withOptions(TestCases.lhv(), List.of(o))).options().get(0).sourcesAndUses();
        assertEquals(20_000, amount(s.uses(), Use.UNSPENT_CONTRIBUTIONS), 1e-6);
        assertEquals(0, amount(s.sources(), Source.EQUITY), 1e-9);
        assertEquals(120_000, s.totalSources(), 1e-6);
        assertEquals(120_000, s.totalUses(), 1e-6);
        // Value 50 × 100 / 10% = 50,000: top 50,000, all of it covered by the municipality.
        assertEquals(50_000, amount(s.top().parts(), TopPart.MUNICIPALITY), 1e-6);
        assertEquals(0, s.top().notCovered(), 1e-9);
    }

    @Test
    void aRentedOptionHasNoTop() {
        for (String name : SampleCases.names()) {
            BusinessCaseResult r = engine.compute(SampleCases.load(name));
            r.options().stream().filter(o -> !o.option().type().owned()).forEach(o -> assertNull(o.sourcesAndUses().top()));
        }
    }

    @Test
    void everySampleReconciles() {
        for (String name : SampleCases.names()) {
            BusinessCaseResult r = engine.compute(SampleCases.load(name));
            assertReconciles(r.stay(), name + " stay");
            for (OptionResult o : r.options()) {
                assertReconciles(o, name + " " + o.option().name());
            }
        }
    }

    /** A thousand seeded mutations of the samples (the engine fuzz test's generator): every accepted plan reconciles. */
    @Test
    void everyGeneratedCaseReconciles() throws IOException {
        CaseFileMutator mutator = new CaseFileMutator(7L, false);
        CaseFileReader reader = new CaseFileReader();
        int checked = 0;
        for (int i = 0; i < 1_000; i++) {
            CaseFileMutator.Input input = mutator.next();
            ReadResult read = reader.read(new ByteArrayInputStream(input.bytes()));
            if (!read.ok()) {
                continue;
            }
            BusinessCaseResult r = engine.compute(read.businessCase());
            for (OptionResult o : r.options()) {
                assertReconciles(o, input.describe());
            }
            checked++;
        }
        assertTrue(checked > 500, "too few accepted inputs: " + checked);
    }

    @Property(tries = 300)
    void everyFinancingMixReconciles(@ForAll @DoubleRange(min = 0, max = 3_000_000) double price,
                                     @ForAll @DoubleRange(min = 0, max = 1_000_000) double renovation,
                                     @ForAll @DoubleRange(min = 0, max = 2_000_000) double equity,
                                     @ForAll @DoubleRange(min = 0, max = 1_500_000) double insurer,
                                     @ForAll @DoubleRange(min = 0, max = 500_000) double municipality,
                                     @ForAll @DoubleRange(min = 0, max = 500_000) double other,
                                     @ForAll @DoubleRange(min = 20, max = 500) double marketRentPerM2,
                                     @ForAll @DoubleRange(min = 30, max = 100) double ltvPct,
                                     @ForAll @DoubleRange(min = 0, max = 300_000) double debt,
                                     @ForAll boolean refinance,
                                     @ForAll @DoubleRange(min = 0, max = 800_000) double part,
                                     @ForAll boolean bmkb, @ForAll boolean starter, @ForAll OptionType type) {
        HousingOption o = TestCases.mixOption(type, price, renovation, marketRentPerM2,
                new Contributions(insurer, municipality, other, false),
                List.of(new LoanPart(LoanPurpose.EQUIPMENT, part, 6, 7, 0, RepaymentType.LINEAR, 0)));
        BusinessCase c = TestCases.mixCase(o, equity, bmkb, starter, debt, refinance);
        c = TestCases.withOverrides(c, Map.of("loan.ltvMaxPct", ltvPct));
        assertReconciles(engine.compute(c).options().get(0), "generated");
    }

    private static void assertReconciles(OptionResult o, String what) {
        SourcesAndUses s = o.sourcesAndUses();
        assertEquals(s.totalUses(), s.totalSources(), CENT, what + ": sources = uses");
        assertEquals(o.investmentTotal() + o.financing().refinancedDebts() + o.financing().bmkbFee(),
                s.totalUses() - amount(s.uses(), Use.UNSPENT_CONTRIBUTIONS), CENT, what + ": uses = investment + debts paid off + fee");
        s.uses().forEach(l -> assertTrue(l.amount() >= 0, what + ": " + l));
        s.sources().forEach(l -> assertTrue(l.amount() >= 0, what + ": " + l));
        SourcesAndUses.TopCover top = s.top();
        if (top == null) {
            return;
        }
        List<Double> parts = new ArrayList<>();
        top.parts().forEach(p -> parts.add(p.amount()));
        parts.forEach(p -> assertTrue(p >= 0, what + ": top part " + p));
        assertEquals(Math.max(0, o.onrendabeleTop()), parts.stream().mapToDouble(Double::doubleValue).sum(), CENT,
                what + ": the top's parts add up to the top");
        // The gap's share in the top is never more than the gap: "not covered" is part of the one shortfall.
        assertTrue(top.notCovered() <= s.gap() + CENT, what + ": not covered " + top.notCovered() + " > gap " + s.gap());
        assertEquals(s.gap(), top.notCovered() + top.gapOutsideTop(), CENT, what + ": the gap splits in and outside the top");
    }

    private static <K extends SourcesAndUses.Item> double amount(List<SourcesAndUses.Line<K>> lines, K item) {
        return lines.stream().filter(l -> l.item() == item).mapToDouble(SourcesAndUses.Line::amount).sum();
    }
}
