package nl.praktijkplan.report.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.*;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The formula paths no sample takes: linear repayment with a balloon, capping at GP capacity, a training
 * practice, a tariff change, works amounts without VAT, an appraised value, and the room programme with all of them.
 */
class FormulaVariantsTest {

    static Stream<Arguments> variants() {
        BusinessCase lhv = SampleCases.load("lhv-bouwadvies.json");
        return Stream.of(
                Arguments.of("maatschap, linear, balloon 30%, capped, training, tariff change and back-payment, segment 3, "
                        + "works ex VAT, appraisal, own component split, taxable grants", variant(lhv, SpaceMethod.NORM, LegalForm.MAATSCHAP,
                        IncomeMethod.TARIFFS)),
                Arguments.of("the same as a BV with the room programme", variant(lhv, SpaceMethod.ROOM_PROGRAMME, LegalForm.BV,
                        IncomeMethod.TARIFFS)),
                Arguments.of("the same with revenue from the accounts", variant(lhv, SpaceMethod.NORM, LegalForm.MAATSCHAP,
                        IncomeMethod.ACCOUNTS)),
                Arguments.of("existing loans: an annuity that runs on and ends in the horizon, a linear loan refinanced; "
                        + "a lease of 6 years shortens the fit-out loan", withDebts(lhv, annuityRunsOnLinearRefinanced())),
                Arguments.of("existing loans: a linear loan that runs on and ends in the horizon, an annuity refinanced; "
                        + "a lease of 6 years shortens the fit-out loan", withDebts(lhv, linearRunsOnAnnuityRefinanced())),
                Arguments.of("loan parts: an annuity refinanced after 5 of its 8 years with a 20% balloon, a linear fit-out "
                        + "part, an interest-only bridge loan; beside existing loans", withParts(withDebts(lhv, annuityRunsOnLinearRefinanced()))));
    }

    /**
     * Loan parts on every option: A an equipment annuity of 80,000 at 6% over 8 years, fixed 5 (then the refinancing
     * rate, the annuity set anew), 20% balloon; B a linear fit-out part of 120,000 at 5.5% over 10 years; the rental a
     * bridge loan of 30,000, interest only over 2 years, drawn only as far as the rental still needs money.
     */
    static BusinessCase withParts(BusinessCase c) {
        List<List<LoanPart>> parts = List.of(
                List.of(new LoanPart(LoanPurpose.EQUIPMENT, 80_000, 6, 8, 5, RepaymentType.ANNUITY, 20)),
                List.of(new LoanPart(LoanPurpose.FIT_OUT, 120_000, 5.5, 10, 0, RepaymentType.LINEAR, 0)),
                List.of(new LoanPart(LoanPurpose.BRIDGE, 30_000, 4, 2, 0, RepaymentType.LINEAR, 100)));
        List<HousingOption> options = new ArrayList<>();
        for (int i = 0; i < c.options().size(); i++) {
            options.add(c.options().get(i).withLoanParts(parts.get(Math.min(i, parts.size() - 1))));
        }
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(), c.costs(),
                c.privateFinances(), c.financing(), options, c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
    }

    static List<ExistingDebt> annuityRunsOnLinearRefinanced() {
        return List.of(new ExistingDebt("Rabobank", 180_000, 4.2, 6, RepaymentType.ANNUITY, false),
                new ExistingDebt("ING", 95_000, 5.5, 15, RepaymentType.LINEAR, true));
    }

    static List<ExistingDebt> linearRunsOnAnnuityRefinanced() {
        return List.of(new ExistingDebt("Goodwill verkoper", 120_000, 3.0, 5, RepaymentType.LINEAR, false),
                new ExistingDebt("ABN AMRO", 240_000, 6.1, 25, RepaymentType.ANNUITY, true));
    }

    /**
     * The case with existing loans and a third option: the sample rental practice's premises on a lease of 6 years,
     * shorter than the fit-out loan's 10.
     */
    static BusinessCase withDebts(BusinessCase c, List<ExistingDebt> debts) {
        Financing f = c.financing();
        Financing financing = new Financing(f.repayment(), f.balloonPct(), f.equityAvailable(), f.useBmkb(), f.starter(),
                f.bankProfile(), debts, f.openingCash());
        HousingOption r = SampleCases.load("duo-huurpraktijk.json").options().get(0);
        HousingOption lease = new HousingOption(r.name(), r.type(), r.areaM2(), r.rentPerM2(), r.serviceCostsPerM2(), r.tenantFitOut(),
                r.purchasePrice(), r.purchaseTax(), r.landCost(), r.constructionCost(), r.medicalExtras(), r.renovationCost(),
                r.fitOutCost(), r.worksIncludeVat(), r.buyerCosts(), r.constructionFinancingCosts(), r.valuation(), r.maintenancePct(),
                r.propertyTaxInsurancePerM2(), r.contributions(), r.taxBasis(), 6, r.relocation(), r.notes(), r.loanParts());
        List<HousingOption> options = new ArrayList<>(c.options());
        options.add(lease);
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(), c.costs(),
                c.privateFinances(), financing, options, c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
    }

    private static BusinessCase variant(BusinessCase c, SpaceMethod method, LegalForm form, IncomeMethod incomeMethod) {
        Practice p = c.practice();
        List<Holder> holders = List.of(new Holder("A", 60, 1.0, 90_000), new Holder("B", 40, 0.6, 70_000));
        Practice practice = new Practice(p.name(), p.municipality(), p.startYear(), p.horizonYears(), p.patients(),
                new AgeMix(70, 15, 10, 5), p.shareOpslagwijkPct() + 12, method, true, 10, 5, form, holders, form != LegalForm.BV);
        Growth g = c.growth();
        Growth growth = new Growth(g.municipalGrowthPct() + 1, g.newDwellingsPerYear() * 3, g.dwellingYears(), g.captureSharePct(),
                25, true, 60, 4);
        Income in = c.income();
        Income income = new Income(incomeMethod, 1_100_000, in.otherRevenuePerPatient() + 7, -20, p.startYear() + 3, 12_000,
                false, true, 3.5, List.of(new Segment3Arrangement("Startsubsidie", 40_000, p.startYear() + 1, 3)));
        Financing f = c.financing();
        Financing financing = new Financing(RepaymentType.LINEAR, 30, f.equityAvailable(), true, true, "", List.of(), 0);
        List<HousingOption> options = new ArrayList<>();
        for (HousingOption o : c.options()) {
            Valuation v = options.isEmpty() ? o.valuation()
                    : new Valuation(ValuationMethod.APPRAISAL, o.valuation().marketRentPerM2(), 0, YieldBasis.KK, 900_000, "", "", AppraisalBasis.MARKET_VALUE);
            TaxBasis basis = options.isEmpty() ? new TaxBasis(30.0, 700_000, 50.0, 30.0, 20.0) : o.taxBasis();
            Contributions k = o.contributions();
            options.add(new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2() + 4, o.tenantFitOut() + 20_000,
                    o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost() + 100_000, o.medicalExtras(), o.renovationCost(),
                    o.fitOutCost(), false, o.buyerCosts(), o.constructionFinancingCosts(), v, o.maintenancePct(),
                    o.propertyTaxInsurancePerM2(), new Contributions(k.insurer(), 20_000, k.other(), !options.isEmpty()), basis, o.leaseYears(), o.relocation(), o.notes(), o.loanParts()));
        }
        options.add(SampleCases.load("duo-huurpraktijk.json").options().get(0));
        Staffing t = c.staffing();
        Staffing staffing = new Staffing(0.4, t.pohSomaticFte(), t.pohMentalFte(), t.physicianAssistantFte() + 0.4, 2, t.assistantFte());
        return new BusinessCase(c.caseName(), practice, staffing, c.currentPremises(), growth, income, c.costs(),
                c.privateFinances(), financing, options, c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyResultCellEqualsTheEngine(String name, BusinessCase c) throws Exception {
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", Locale.ENGLISH);
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            new EngineChecks(s.result()).verify(WorkbookFormulaTest.poiValues(wb), name);
        }
    }
}
