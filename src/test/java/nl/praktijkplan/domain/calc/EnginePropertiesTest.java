package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import nl.praktijkplan.domain.input.*;

/** Properties that must hold for every valid input, checked over generated inputs. */
class EnginePropertiesTest {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();

    @Property(tries = 200)
    void moreEquityNeverWidensTheGap(@ForAll @DoubleRange(min = 0, max = 2_000_000) double equity,
                                     @ForAll @DoubleRange(min = 0, max = 500_000) double extra,
                                     @ForAll boolean bmkb) {
        for (int i = 0; i < 2; i++) {
            OptionResult less = option(equity, bmkb, i);
            OptionResult more = option(equity + extra, bmkb, i);
            assertTrue(more.financing().financingGap() <= less.financing().financingGap() + 1e-6);
            assertTrue(more.financing().loan() <= less.financing().loan() + 1e-6);
        }
    }

    private OptionResult option(double equity, boolean bmkb, int index) {
        BusinessCase c = TestCases.withFinancing(TestCases.lhv(), new Financing(RepaymentType.ANNUITY, 0, equity, bmkb, false, "", List.of(), 0));
        return engine.compute(c).options().get(index);
    }

    @Property(tries = 200)
    void higherRateNeverRaisesLoanCapacity(@ForAll @DoubleRange(min = 0, max = 29) double ratePct,
                                           @ForAll @DoubleRange(min = 0.01, max = 1) double step,
                                           @ForAll boolean linear,
                                           @ForAll @IntRange(min = 1, max = 40) int years) {
        RepaymentType type = linear ? RepaymentType.LINEAR : RepaymentType.ANNUITY;
        LoanTerms low = LoanTerms.fixedForTerm(ratePct / 100, years, type, 0);
        LoanTerms high = LoanTerms.fixedForTerm((ratePct + step) / 100, years, type, 0);
        // Capacity per euro of debt service is 1 / (year-1 debt service per euro).
        assertTrue(1 / high.yearOneDebtServicePerEuro() <= 1 / low.yearOneDebtServicePerEuro());
    }

    @Property(tries = 300)
    void scheduleRepaysThePrincipalLessTheBalloon(@ForAll @DoubleRange(min = 1_000, max = 10_000_000) double principal,
                                                  @ForAll @DoubleRange(min = 0, max = 30) double ratePct,
                                                  @ForAll @IntRange(min = 1, max = 40) int years,
                                                  @ForAll @DoubleRange(min = 0, max = 0.9) double balloon,
                                                  @ForAll boolean linear) {
        LoanTerms terms = LoanTerms.fixedForTerm(ratePct / 100, years, linear ? RepaymentType.LINEAR : RepaymentType.ANNUITY, balloon);
        AmortisationSchedule s = new AmortisationSchedule(principal, terms, years);
        double repaid = s.months().stream().mapToDouble(AmortisationSchedule.Month::principal).sum();
        assertEquals(principal * (1 - balloon), repaid, principal * 1e-9);
        assertEquals(principal * balloon, s.balanceAfterYear(years), principal * 1e-9);
    }

    @Property(tries = 300)
    void resultsAreFiniteForEveryValidCase(@ForAll @IntRange(min = 1, max = 200_000) int patients,
                                           @ForAll @IntRange(min = 1, max = 50) int horizon,
                                           @ForAll @DoubleRange(min = 1, max = 100_000) double area,
                                           @ForAll @DoubleRange(min = 0, max = 1e9) double price,
                                           @ForAll @DoubleRange(min = 0, max = 30) double ratePct,
                                           @ForAll @DoubleRange(min = 0, max = 30) double discountPct,
                                           @ForAll @DoubleRange(min = -10, max = 20) double growthPct,
                                           @ForAll @DoubleRange(min = 0, max = 99) double balloonPct,
                                           @ForAll boolean linear,
                                           @ForAll boolean roomProgramme,
                                           @ForAll OptionType type) {
        BusinessCase base = TestCases.lhv();
        Practice p = base.practice();
        Practice practice = new Practice(p.name(), p.municipality(), p.startYear(), horizon, patients,
                new AgeMix(80, 10, 7, 3), 10, roomProgramme ? SpaceMethod.ROOM_PROGRAMME : SpaceMethod.NORM, true, 5, 10,
                p.legalForm(), p.holders(), true);
        HousingOption o = new HousingOption("x", type, area, 150, 10, 50_000, price, PurchaseTax.TRANSFER_TAX, 0,
                price / 4, 0, 0, 0, false, 10_000, 0, Valuation.byYield(ValuationMethod.NAR, 180, 0), 1, 6,
                new Contributions(1000, 0, 0, false), TaxBasis.DEFAULTS, 0, Relocation.NONE, "", List.of());
        BusinessCase c = new BusinessCase("x", practice, base.staffing(), base.currentPremises(),
                new Growth(growthPct, 100, 5, 30, 10, false, 50, 3), base.income(), base.costs(), base.privateFinances(),
                new Financing(linear ? RepaymentType.LINEAR : RepaymentType.ANNUITY, balloonPct, 100_000, true, false, "", List.of(), 0),
                List.of(o), 0, base.region(),
                Map.of("loan.ratePct", ratePct, "npv.discountRatePct", discountPct), "");
        BusinessCaseResult r = engine.compute(c);
        for (OptionResult res : List.of(r.stay(), r.options().get(0))) {
            assertTrue(Double.isFinite(res.rentVsBuy().npvCost()), "npv");
            assertTrue(Double.isFinite(res.financing().maxLoan()), "max loan");
            assertTrue(Double.isFinite(res.financing().financingGap()), "gap");
            assertTrue(res.financing().financingGap() >= 0, "gap ≥ 0");
            // The loan solver converges to a finite, non-negative limit; values, loans and fees are never negative.
            assertTrue(Double.isFinite(res.financing().maxByCashFlow()) && res.financing().maxByCashFlow() >= 0, "cash-flow limit");
            assertTrue(res.marketValue() >= 0 && res.financing().loan() >= 0 && res.financing().bmkbFee() >= 0, "signs");
            // Sources = uses: loan + own money + grants (as far as needed) + what is short = investment + BMKB fee.
            double uses = res.investmentTotal() + res.financing().bmkbFee();
            double sources = res.financing().loan() + res.financing().equityUsed()
                    + Math.min(res.financing().contributions(), uses) + res.financing().financingGap();
            assertEquals(uses, sources, 1e-6 * Math.max(1, uses), "sources = uses");
            res.years().forEach(y -> assertTrue(Double.isFinite(y.tax()) && y.tax() >= 0 && Double.isFinite(y.depreciation())));
            res.years().forEach(y -> assertTrue(Double.isFinite(y.cfads()) && Double.isFinite(y.balanceEnd())));
            if (res.rentVsBuy().breakEvenRentPerM2() != null) {
                assertTrue(Double.isFinite(res.rentVsBuy().breakEvenRentPerM2()));
            }
        }
    }
}
