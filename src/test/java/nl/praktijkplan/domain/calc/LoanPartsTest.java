package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.calc.FinancingVerdict.Constraint;
import nl.praktijkplan.domain.calc.FinancingVerdict.Status;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LoanPart;
import nl.praktijkplan.domain.input.LoanPurpose;
import nl.praktijkplan.domain.input.PrivateFinances;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * DOMAIN rule 5: loan parts (tranches) beside the main loan. The building is {@link EconomicsCases#buy}: 400 m² at a
 * market rent of €150/m² and a BAR of 6% = €1,000,000 value k.k.; the 70% LTV norm secures €700,000. The practice
 * draws nothing privately (so the cash flow carries a large loan); the main loan is 5%, 20 years, annuity (catalogue);
 * the plan runs 15 years.
 */
class LoanPartsTest {

    private static final double CENT = 0.005;

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    /** €100,000 for the fit-out at 5% over 10 years, linear, rate fixed for the term. */
    private static final LoanPart FIT_OUT = new LoanPart(LoanPurpose.FIT_OUT, 100_000, 5, 10, 0, RepaymentType.LINEAR, 0);

    private OptionResult buy(double price, double equity, List<LoanPart> parts) {
        BusinessCase c = TestCases.withHorizon(EconomicsCases.plain().withPrivateFinances(new PrivateFinances(0)), 15);
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, equity, false, false, "", List.of(), 0));
        HousingOption o = EconomicsCases.buy(price, 0, Contributions.NONE).withLoanParts(parts);
        return engine.compute(EconomicsCases.withOption(c, o)).options().get(0);
    }

    @Test
    void aFitOutPartRunsOverItsOwnTermBesideTheMainLoan() {
        // Price 800,000, own money 300,000: the part lends 100,000, the main loan the other 400,000.
        OptionResult r = buy(800_000, 300_000, List.of(FIT_OUT));
        assertEquals(100_000, r.financing().loanParts(), CENT);
        assertEquals(400_000, r.financing().loan(), CENT);
        assertEquals(400_000, r.financing().need(), CENT);
        // The part's year 1, linear: principal 100,000 / 120 = 833.33 a month, 10,000 a year; interest on the falling
        // balance Σ_{k=1..12} (0.05/12)·(100,000 − (k−1)·833.33) = (0.05/12)·(1,200,000 − 66·833.33)
        // = (0.05/12)·1,145,000 = 4,770.83. Debt service 14,770.83.
        assertEquals(4_770.833333, r.loanParts().interest(1), 1e-5);
        assertEquals(14_770.833333, r.loanParts().debtService(1), 1e-5);
        // Total debt service = main loan + part; the DSCR is on that total, and the interest on both is deducted.
        OperatingYear y1 = r.years().get(0);
        assertEquals(r.schedule().years().get(0).debtService() + 14_770.833333, y1.debtService(), 1e-5);
        assertEquals(r.schedule().years().get(0).interest() + 4_770.833333, y1.interest(), 1e-5);
        assertEquals(y1.cfads() / y1.debtService(), y1.dscr(), 1e-12);
        // After ten years the part is repaid: year 11's debt service is the main loan's alone.
        assertEquals(0, r.loanParts().balanceEnd(10), 1e-6);
        assertEquals(r.schedule().years().get(10).debtService(), r.years().get(10).debtService(), 1e-6);
        // The year-1 LTV counts both loans on the one mortgage: 500,000 / 1,000,000.
        assertEquals(0.5, r.ltvYear1(), 1e-9);
        // The same mortgage secures both: 400,000 + 100,000 on the building of 1,000,000.
        assertEquals(500_000, r.newLending(), CENT);
        assertEquals(500_000, Securities.of(r).get(0).secured(), CENT);
        assertEquals(Securities.Kind.MORTGAGE, Securities.of(r).get(0).kind());
        assertEquals(Status.SLUITEND, r.verdict().status());
        assertEquals(r.sourcesAndUses().totalUses(), r.sourcesAndUses().totalSources(), CENT);
    }

    @Test
    void thePartsTakeTheirShareOfTheCollateralAndOfTheCashFlow() {
        // No own money. Without a part the main loan may reach 0.7 × 1,000,000 = 700,000 on the collateral; with the
        // 100,000 part on the same mortgage the main loan may reach 600,000.
        OptionResult without = buy(800_000, 0, List.of());
        OptionResult with = buy(800_000, 0, List.of(FIT_OUT));
        assertEquals(700_000, without.financing().maxByCollateral(), CENT);
        assertEquals(600_000, with.financing().maxByCollateral(), CENT);
        // The cash flow binds both: at the main loan's limit the year-1 DSCR on total debt service is the norm 1.25.
        assertEquals(with.financing().maxByCashFlow(), with.financing().loan(), CENT);
        assertEquals(1.25, with.years().get(0).dscr(), 1e-9);
        // A 10-year part costs more debt service per euro than the 20-year main loan (14,770.83 against about 8,000
        // per 100,000), so the practice can borrow less in total: the gap grows.
        assertTrue(with.financing().loan() + with.financing().loanParts()
                < without.financing().loan() - 1_000, "a shorter part lowers what the cash flow carries");
        assertTrue(with.financing().financingGap() > without.financing().financingGap());
    }

    @Test
    void aPartIsDrawnOnlyAsFarAsTheOptionNeedsMoney() {
        // Need 800,000 − 300,000 = 500,000; a part agreed at 1,000,000 draws 500,000 and leaves nothing to the main loan.
        LoanPart large = new LoanPart(LoanPurpose.BRIDGE, 1_000_000, 5, 2, 0, RepaymentType.LINEAR, 100);
        OptionResult r = buy(800_000, 300_000, List.of(large));
        assertEquals(500_000, r.financing().loanParts(), CENT);
        assertEquals(0, r.financing().loan(), CENT);
        // A bridge loan with a 100% balloon pays interest only: 500,000 × 5% = 25,000 in year 1.
        assertEquals(25_000, r.years().get(0).debtService(), 1e-6);
        assertEquals(r.sourcesAndUses().totalUses(), r.sourcesAndUses().totalSources(), CENT);
    }

    @Test
    void partsBeyondTheLtvNormDoNotClose() {
        // A part of 750,000 over 30 years on a value of 1,000,000: 750,000 > the 700,000 the LTV norm secures. The main
        // loan gets no room on the collateral, 50,000 of the 800,000 stays uncovered, and the plan fails on COLLATERAL.
        LoanPart property = new LoanPart(LoanPurpose.OTHER, 750_000, 5, 30, 10, RepaymentType.ANNUITY, 0);
        OptionResult r = buy(800_000, 0, List.of(property));
        assertEquals(0, r.financing().maxByCollateral(), CENT);
        assertEquals(50_000, r.financing().financingGap(), CENT);
        assertEquals(Status.NIET_SLUITEND, r.verdict().status());
        assertTrue(r.verdict().binding().contains(Constraint.COLLATERAL), r.verdict().binding().toString());
    }

    @Test
    void theAgreedPlanKeepsThePartsUnderStress() {
        // Cost +10% on the agreed plan: the part stays 100,000 at its own 5%, the main loan stays 400,000; what the
        // extra cost needs is a gap on own money.
        BusinessCase c = EconomicsCases.plain().withPrivateFinances(new PrivateFinances(0));
        c = TestCases.withFinancing(c, new Financing(RepaymentType.ANNUITY, 0, 300_000, false, false, "", List.of(), 0));
        c = EconomicsCases.withOption(c, EconomicsCases.buy(800_000, 0, Contributions.NONE).withLoanParts(List.of(FIT_OUT)));
        OptionResult base = engine.compute(c).options().get(0);
        FixedFinancing plan = FixedFinancing.of(c, base);
        BusinessCase dearer = EconomicsCases.withOption(c, EconomicsCases.buy(880_000, 0, Contributions.NONE)
                .withLoanParts(List.of(FIT_OUT)));
        OptionResult stressed = engine.computeOnPlan(dearer, 0, plan, RentVsBuyDetail.NONE);
        assertEquals(100_000, stressed.financing().loanParts(), CENT);
        assertEquals(400_000, stressed.financing().loan(), CENT);
        assertEquals(80_000, stressed.financing().financingGap(), CENT);
        assertEquals(14_770.833333, stressed.loanParts().debtService(1), 1e-5);
    }
}
