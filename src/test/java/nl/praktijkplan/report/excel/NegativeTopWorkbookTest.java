package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.AppraisalBasis;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.domain.input.YieldBasis;
import nl.praktijkplan.report.ReportSnapshot;

/** A value above the investment is no onrendabele top: the workbook says so in words and keeps the number. */
class NegativeTopWorkbookTest {

    /**
     * The LHV sample's option B appraised at € 1,300,000. Its investment: price 768,000 + transfer tax 10.4% × 768,000 =
     * 79,872 + renovation 384,000 + buyer's costs 15,000 = € 1,246,872 (works include VAT), so the top is
     * 1,246,872 − 1,300,000 = −€ 53,128.
     */
    private static BusinessCase appraisedAboveInvestment() {
        BusinessCase c = SampleCases.load("lhv-bouwadvies.json");
        HousingOption o = c.options().get(1);
        Valuation v = new Valuation(ValuationMethod.APPRAISAL, o.valuation().marketRentPerM2(), 0, YieldBasis.KK, 1_300_000, "", "",
                AppraisalBasis.MARKET_VALUE);
        HousingOption appraised = o.withValuation(v);
        List<HousingOption> options = new ArrayList<>(c.options());
        options.set(1, appraised);
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(), c.costs(),
                c.privateFinances(), c.financing(), options, c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl-NL|Investering & onrendabele top|Samenvatting|geen|Geen onrendabele top; de waarde ligt € 53.128 boven de investering.",
            "en|Investment & unprofitable gap|Summary|none|No unprofitable gap; the value lies € 53.128 above the investment."})
    void aValueAboveTheInvestmentReadsAsNoTop(String lang, String investmentSheet, String summarySheet, String none, String sentence)
            throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(appraisedAboveInvestment()), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", locale);
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter(locale);
            var investment = wb.getSheet(investmentSheet);
            var top = investment.getRow(InvestmentSheet.TOP).getCell(InvestmentSheet.col(2));
            assertEquals(-53_128, evaluator.evaluate(top).getNumberValue(), 1e-6);
            assertEquals(none, shown.formatCellValue(top, evaluator));
            // FIXED groups the thousands as the spreadsheet's locale does: 53.128 in a Dutch Excel, 53,128 in an English one.
            String note = evaluator.evaluate(investment.getRow(InvestmentSheet.TOP_NOTE).getCell(InvestmentSheet.col(2))).getStringValue();
            assertEquals(sentence, note.replaceAll("53[.,]128", "53.128"));
            assertEquals(none, shown.formatCellValue(wb.getSheet(summarySheet).getRow(SummarySheet.TOP).getCell(SummarySheet.col(2)),
                    evaluator));
        }
    }
}
