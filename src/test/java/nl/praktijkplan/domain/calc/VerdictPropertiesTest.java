package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import nl.praktijkplan.domain.calc.FinancingVerdict.Status;
import nl.praktijkplan.domain.input.*;

/**
 * Issue "Bankable financing", invariants of the one verdict over generated financing mixes (price, works, own money,
 * grants, LTV and DSCR norms, BMKB, an existing debt, a loan part): a plan that closes has no gap, meets the DSCR norm
 * in every year of the fixed-rate period and keeps the secured part of all new lending within the LTV norm; a plan
 * that does not close names what binds.
 */
class VerdictPropertiesTest {

    private static final double CENT = 0.005;

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Property(tries = 400)
    void aPlanThatClosesMeetsEveryNorm(@ForAll @DoubleRange(min = 0, max = 2_000_000) double price,
                                      @ForAll @DoubleRange(min = 0, max = 600_000) double renovation,
                                      @ForAll @DoubleRange(min = 0, max = 1_500_000) double equity,
                                      @ForAll @DoubleRange(min = 0, max = 400_000) double insurer,
                                      @ForAll @DoubleRange(min = 60, max = 400) double marketRentPerM2,
                                      @ForAll @DoubleRange(min = 40, max = 100) double ltvPct,
                                      @ForAll @DoubleRange(min = 1.0, max = 2.0) double dscrMin,
                                      @ForAll @DoubleRange(min = 0, max = 200_000) double debt,
                                      @ForAll boolean refinance,
                                      @ForAll @DoubleRange(min = 0, max = 300_000) double part,
                                      @ForAll @IntRange(min = 1, max = 15) int partYears,
                                      @ForAll boolean bmkb, @ForAll OptionType type) {
        HousingOption o = TestCases.mixOption(type, price, renovation, marketRentPerM2, new Contributions(insurer, 0, 0, false),
                List.of(new LoanPart(LoanPurpose.FIT_OUT, part, 6, partYears, 0, RepaymentType.LINEAR, 0)));
        BusinessCase c = TestCases.mixCase(o, equity, bmkb, false, debt, refinance);
        c = TestCases.withOverrides(c, Map.of("loan.ltvMaxPct", ltvPct, "loan.dscrMin", dscrMin));
        BusinessCaseResult result = engine.compute(c);
        OptionResult r = result.options().get(0);
        FinancingVerdict v = r.verdict();
        if (v.status() == Status.NIET_SLUITEND) {
            assertFalse(v.binding().isEmpty(), "a plan that does not close names what binds");
            return;
        }
        LoanCapacity f = r.financing();
        assertTrue(f.financingGap() <= CENT, "gap " + f.financingGap());
        int fixed = Math.min(r.years().size(), result.assumptions().whole("loan.fixedRateYears"));
        for (OperatingYear y : r.years().subList(0, fixed)) {
            if (y.dscr() != null) {
                assertTrue(y.dscr() >= dscrMin * (1 - 1e-9), "DSCR " + y.dscr() + " in " + y.calendarYear());
            }
        }
        if (type.owned()) {
            double secured = f.loan() + f.loanParts() - f.bmkbGuaranteed();
            assertTrue(secured <= ltvPct / 100 * r.marketValue() + CENT, "secured " + secured + " of " + r.marketValue());
        }
        assertEquals(r.sourcesAndUses().totalUses(), r.sourcesAndUses().totalSources(), CENT);
    }
}
