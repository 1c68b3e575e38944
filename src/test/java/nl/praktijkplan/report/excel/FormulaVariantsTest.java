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
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.Growth;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Income;
import nl.praktijkplan.domain.input.Practice;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.Staffing;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The formula paths no sample takes: linear repayment with a balloon, capping at GP capacity, a training
 * practice, a tariff change, works amounts without VAT, an appraised value, and the room programme with all of them.
 */
class FormulaVariantsTest {

    static Stream<Arguments> variants() {
        BusinessCase lhv = SampleCases.load("lhv-bouwadvies.json");
        return Stream.of(
                Arguments.of("linear, balloon 30%, capped, training, tariff change, works ex VAT, appraisal", variant(lhv, SpaceMethod.NORM)),
                Arguments.of("the same with the room programme", variant(lhv, SpaceMethod.ROOM_PROGRAMME)));
    }

    private static BusinessCase variant(BusinessCase c, SpaceMethod method) {
        Practice p = c.practice();
        Practice practice = new Practice(p.name(), p.municipality(), p.startYear(), p.horizonYears(), p.patients(), p.share65PlusPct(),
                p.shareOpslagwijkPct() + 12, method, true, 10, 5);
        Growth g = c.growth();
        Growth growth = new Growth(g.municipalGrowthPct() + 1, g.newDwellingsPerYear() * 3, g.dwellingYears(), g.captureSharePct(),
                25, true);
        Income in = c.income();
        Income income = new Income(in.method(), in.accountsRevenue(), in.otherRevenuePerPatient() + 7, -20, p.startYear() + 3);
        Financing f = c.financing();
        Financing financing = new Financing(RepaymentType.LINEAR, 30, f.equityAvailable(), true, true);
        List<HousingOption> options = new ArrayList<>();
        for (HousingOption o : c.options()) {
            Valuation v = options.isEmpty() ? o.valuation()
                    : new Valuation(ValuationMethod.APPRAISAL, o.valuation().marketRentPerM2(), 0, 900_000);
            options.add(new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2() + 4, o.tenantFitOut() + 20_000,
                    o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost() + 100_000, o.medicalExtras(), o.renovationCost(),
                    o.fitOutCost(), false, o.buyerCosts(), o.constructionFinancingCosts(), v, o.maintenancePct(),
                    o.propertyTaxInsurancePerM2(), o.contributions(), o.notes()));
        }
        options.add(SampleCases.load("duo-huurpraktijk.json").options().get(0));
        Staffing t = c.staffing();
        Staffing staffing = new Staffing(t.gpFte(), t.pohSomaticFte(), t.pohMentalFte(), t.physicianAssistantFte() + 0.4, 2, t.assistantFte());
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
