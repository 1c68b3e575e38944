package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.assumption.Confidence;
import nl.praktijkplan.domain.assumption.Unit;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The workbook speaks to an accountant: no cell shows a program's code (ANNUITY, BUY_EXISTING, HIGH) or a stand-in
 * number for "never" (99999), no amount reads "-€ 0", patients are whole, the date is Dutch (15-1-2026), and options
 * are called by their letter as in the dossier. Every cell of every sheet of every sample is evaluated (POI) and read
 * as it is displayed, in Dutch and in English.
 */
class WorkbookWordsTest {

    /** Every code of the enums the workbook shows. */
    private static final Set<String> CODES = new HashSet<>();

    static {
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(SpaceMethod.class, IncomeMethod.class, LegalForm.class,
                RepaymentType.class, OptionType.class, PurchaseTax.class, ValuationMethod.class, Unit.class, Confidence.class,
                FinancingVerdict.Status.class, FinancingVerdict.Constraint.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                CODES.add(c.name());
            }
        }
        CODES.remove(LegalForm.BV.name()); // "BV" is also the Dutch and English word for the legal form
    }

    /** Every sample, and a case with existing loans (an annuity and a linear loan) and a short lease, in both languages. */
    static Stream<Arguments> workbooks() {
        Stream<Arguments> samples = SampleCases.names().stream().map(n -> Arguments.of(n, SampleCases.load(n)));
        Stream<Arguments> debts = Stream.of(Arguments.of("lhv-bouwadvies.json with existing loans",
                FormulaVariantsTest.withDebts(SampleCases.load("lhv-bouwadvies.json"), FormulaVariantsTest.annuityRunsOnLinearRefinanced())),
                Arguments.of("lhv-bouwadvies.json with existing loans and loan parts", FormulaVariantsTest.withParts(
                        FormulaVariantsTest.withDebts(SampleCases.load("lhv-bouwadvies.json"), FormulaVariantsTest.annuityRunsOnLinearRefinanced()))));
        return Stream.concat(samples, debts).flatMap(a -> Stream.of(Arguments.of(a.get()[0], a.get()[1], "nl-NL"),
                Arguments.of(a.get()[0], a.get()[1], "en")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("workbooks")
    void readsAsWords(String sample, BusinessCase c, String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        boolean nl = lang.startsWith("nl");
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", locale);
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter(locale);
            List<String> lettered = letteredOptionNumbers(s, nl);
            int cells = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        CellValue v = evaluator.evaluate(cell);
                        if (v == null) {
                            continue;
                        }
                        if (v.getCellType() == CellType.STRING && CODES.contains(v.getStringValue().strip())) {
                            problems.add(where + ": code " + v.getStringValue());
                        }
                        if (v.getCellType() == CellType.NUMERIC && Math.abs(v.getNumberValue()) >= 9999
                                && String.valueOf((long) Math.abs(v.getNumberValue())).matches("9{4,}")) {
                            problems.add(where + ": sentinel " + v.getNumberValue());
                        }
                        String text = shown.formatCellValue(cell, evaluator);
                        if (text.matches(".*-\\s*€\\s*0([.,]0+)?$") || text.matches("^-\\s*0([.,]0+)?%?$")) {
                            problems.add(where + ": minus zero \"" + text + "\"");
                        }
                        for (String numbered : lettered) {
                            if (text.toLowerCase(Locale.ROOT).contains(numbered)) {
                                problems.add(where + ": \"" + numbered + "\" for an option with a letter: " + text);
                            }
                        }
                    }
                }
            }
            assertTrue(cells > 5_000, "every sheet read: " + cells + " cells");
            for (int i = 0; i < s.result().options().size(); i++) {
                String name = s.result().options().get(i).option().name();
                String letter = name.matches("^[A-Z]{1,2}:.*") ? name.substring(0, name.indexOf(':')) : (nl ? "Optie " : "Option ") + (i + 1);
                String sheet = (nl ? "Exploitatie " : "Operations ") + letter;
                assertTrue(wb.getSheet(sheet) != null, "sheet " + sheet + " for " + name);
            }
            wholePatients(s, wb, evaluator, shown, locale, problems);
            // WorkbookFormulaTest's date is 15 January 2026, written day-month-year in both languages.
            assertEquals("15-1-2026", shown.formatCellValue(wb.getSheetAt(0).getRow(3).getCell(1)));
        }
        assertTrue(problems.isEmpty(), sample + " " + lang + ": " + problems.size() + " problems:\n"
                + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    /** "optie 1" (lower case) for every option whose name starts with a letter: the reports call it "A". */
    private static List<String> letteredOptionNumbers(ReportSnapshot s, boolean nl) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < s.result().options().size(); i++) {
            if (s.result().options().get(i).option().name().matches("^[A-Z]{1,2}:.*")) {
                numbered.add((nl ? "optie " : "option ") + (i + 1));
            }
        }
        return numbered;
    }

    /**
     * Patient counts are shown whole (the cell keeps the exact value): the demand per year, each option's capacity,
     * patients served and extra patients, on the projection, every operating sheet, the revenue sheet, the capacity search
     * and the summary.
     */
    private static void wholePatients(ReportSnapshot s, XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, DataFormatter shown,
                                      Locale locale, List<String> problems) {
        int h = s.result().input().practice().horizonYears();
        int options = s.result().options().size() + 1;
        List<Cell> patients = new ArrayList<>();
        Sheet projection = wb.getSheetAt(2);
        Sheet summary = wb.getSheetAt(0);
        for (int t = 0; t <= h; t++) {
            patients.add(projection.getRow(ProjectionSheet.row(t)).getCell(ProjectionSheet.PATIENTS));
        }
        boolean capacitySheet = s.result().input().practice().spaceMethod() == SpaceMethod.ROOM_PROGRAMME;
        for (int i = 0; i < options; i++) {
            Row r = projection.getRow(ProjectionSheet.ROW0 + i);
            patients.add(r.getCell(ProjectionSheet.O_CAPACITY));
            patients.add(r.getCell(ProjectionSheet.O_SERVED_LAST));
            patients.add(r.getCell(ProjectionSheet.O_EXTRA));
            patients.add(summary.getRow(SummarySheet.CAPACITY).getCell(SummarySheet.col(i)));
            patients.add(summary.getRow(SummarySheet.EXTRA).getCell(SummarySheet.col(i)));
            Sheet op = wb.getSheetAt(3 + (capacitySheet ? 1 : 0) + i);
            for (int t = 0; t <= h; t++) {
                patients.add(op.getRow(OperatingSheet.row(t)).getCell(OperatingSheet.SERVED_END));
                if (t > 0) {
                    patients.add(op.getRow(OperatingSheet.row(t)).getCell(OperatingSheet.SERVED));
                }
            }
            if (capacitySheet) {
                patients.add(wb.getSheetAt(3).getRow(CapacitySheet.resultRow()).getCell(CapacitySheet.col(i)));
            }
            Sheet revenue = wb.getSheetAt(3 + (capacitySheet ? 1 : 0) + options);
            for (int t = 1; t <= h; t++) {
                patients.add(revenue.getRow(RevenueSheet.servedRow(s.result().input(), i)).getCell(RevenueSheet.col(t)));
            }
        }
        for (Cell cell : patients) {
            double v = evaluator.evaluate(cell).getNumberValue();
            // Half away from zero, as the spreadsheet rounds for display; grouped the reader's way (4.000 or 4,000).
            String whole = String.format(locale, "%,d", new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).longValueExact());
            String text = shown.formatCellValue(cell, evaluator);
            if (!text.equals(whole)) {
                problems.add(cell.getSheet().getSheetName() + "!" + cell.getAddress() + ": patients " + v + " shown as \"" + text + "\"");
            }
        }
        assertTrue(patients.size() > 4 * h, "patient cells checked: " + patients.size());
    }
}
