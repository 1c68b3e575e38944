package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.AmortisationSchedule;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.InvestmentBudget;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.PracticeEconomics;
import nl.praktijkplan.domain.calc.ProjectionYear;
import nl.praktijkplan.domain.calc.SourcesAndUses;
import nl.praktijkplan.domain.calc.SourcesAndUses.TopPart;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Segment3Arrangement;
import nl.praktijkplan.domain.input.SpaceMethod;

/**
 * Every result cell of an exported workbook paired with the engine's value for it. The workbook's values come
 * from an evaluator (POI or LibreOffice); a null expectation (the engine's "not applicable") must be an empty cell,
 * or the word the workbook shows for a year that never comes ("nooit", "never").
 */
final class EngineChecks {

    /**
     * A result cell: sheet index, 0-based row and column, the engine's value; {@code scale} is the size of the amounts
     * a running sum added up to it (0: the value itself is the scale).
     */
    record Check(int sheet, int row, int col, Number expected, String what, double scale) {
    }

    /** Reads an evaluated cell: a Double, a String, a Boolean, or null when blank. */
    interface Values {
        Object get(int sheet, int row, int col);
    }

    private final List<Check> checks = new ArrayList<>();
    /** The verdict cells: "sluitend" (or "closes") exactly when the engine's verdict closes. */
    private final List<TextCheck> texts = new ArrayList<>();

    record TextCheck(int sheet, int row, int col, boolean closes, String what) {
    }
    private final int operating0;

    EngineChecks(BusinessCaseResult r) {
        boolean rooms = r.input().practice().spaceMethod() == SpaceMethod.ROOM_PROGRAMME;
        operating0 = rooms ? 4 : 3;
        int n = r.options().size() + 1;
        int revenue = operating0 + n, rentVsBuy = revenue + 1, investment = rentVsBuy + 1, financing = investment + 1, schedule = financing + 1;
        int h = r.input().practice().horizonYears();
        PracticeEconomics economics = new PracticeEconomics(r.input(), r.assumptions());

        for (ProjectionYear y : r.projection()) {
            int row = ProjectionSheet.row(y.year());
            add(2, row, ProjectionSheet.PATIENTS, y.patients(), "patients t=" + y.year());
            add(2, row, ProjectionSheet.FTE, y.gpFteNeeded(), "GP FTE t=" + y.year());
            add(2, row, ProjectionSheet.M2, y.m2Needed(), "m² needed t=" + y.year());
        }
        add(0, SummarySheet.SPACE_RUNS_OUT, 1, r.spaceRunsOutYear(), "space runs out (summary)");

        for (int i = 0; i < n; i++) {
            OptionResult o = i == 0 ? r.stay() : r.options().get(i - 1);
            String p = "option " + i + " ";
            int pr = ProjectionSheet.ROW0 + i;
            add(2, pr, ProjectionSheet.O_AREA, o.areaM2(), p + "area");
            add(2, pr, ProjectionSheet.O_CAPACITY, o.capacityPatients(), p + "capacity");
            add(2, pr, ProjectionSheet.O_EXTRA, o.extraPatientsVsStay(), p + "extra patients vs stay");
            add(2, pr, ProjectionSheet.O_RUNS_OUT, o.spaceRunsOutYear(), p + "space runs out");

            int ic = InvestmentSheet.col(i);
            InvestmentBudget ib = o.investment();
            add(investment, InvestmentSheet.PRICE, ic, ib.purchasePrice(), p + "purchase price");
            add(investment, InvestmentSheet.TRANSFER, ic, ib.transferTax(), p + "transfer tax");
            add(investment, InvestmentSheet.LAND, ic, ib.landCost(), p + "land");
            add(investment, InvestmentSheet.CONSTRUCTION, ic, ib.constructionCost(), p + "construction");
            add(investment, InvestmentSheet.MEDICAL, ic, ib.medicalExtras(), p + "medical extras");
            add(investment, InvestmentSheet.RENOVATION, ic, ib.renovationCost(), p + "renovation");
            add(investment, InvestmentSheet.FIT_OUT, ic, ib.fitOutCost(), p + "fit-out");
            add(investment, InvestmentSheet.VAT, ic, ib.nonRecoverableVat(), p + "VAT");
            add(investment, InvestmentSheet.BUYER, ic, ib.buyerCosts(), p + "buyer costs");
            add(investment, InvestmentSheet.CONSTRUCTION_FINANCING, ic, ib.constructionFinancingCosts(), p + "construction financing");
            add(investment, InvestmentSheet.TENANT, ic, ib.tenantFitOut(), p + "tenant fit-out");
            add(investment, InvestmentSheet.TOTAL, ic, o.investmentTotal(), p + "investment");
            add(investment, InvestmentSheet.VALUE, ic, o.marketValue(), p + "market value");
            add(investment, InvestmentSheet.TOP, ic, o.onrendabeleTop(), p + "onrendabele top");
            if (o.option().type().owned()) {
                SourcesAndUses.TopCover tc = o.sourcesAndUses().top();
                add(investment, InvestmentSheet.COVER_INSURER, ic, tc.part(TopPart.INSURER), p + "cover insurer");
                add(investment, InvestmentSheet.COVER_MUNICIPALITY, ic, tc.part(TopPart.MUNICIPALITY), p + "cover municipality");
                add(investment, InvestmentSheet.COVER_OTHER, ic, tc.part(TopPart.OTHER), p + "cover other");
                add(investment, InvestmentSheet.COVER_EQUITY, ic, tc.part(TopPart.EQUITY), p + "cover equity");
                add(investment, InvestmentSheet.COVER_LOAN, ic, tc.part(TopPart.LOAN_ABOVE_VALUE), p + "cover loan above value");
                add(investment, InvestmentSheet.UNCOVERED, ic, tc.notCovered(), p + "uncovered");
            }

            int fc = FinancingSheet.col(i);
            LoanCapacity f = o.financing();
            add(financing, FinancingSheet.CFADS1, fc, f.cfadsYear1(), p + "CFADS year 1");
            add(financing, FinancingSheet.MAX_DEBT_SERVICE, fc, f.maxDebtService(), p + "max debt service");
            add(financing, FinancingSheet.MAX_BY_CASH_FLOW, fc, f.maxByCashFlow(), p + "max loan by cash flow");
            add(financing, FinancingSheet.MAX_BY_COLLATERAL, fc, f.maxByCollateral(), p + "max loan by collateral");
            add(financing, FinancingSheet.MAX_LOAN, fc, f.maxLoan(), p + "max loan");
            add(financing, FinancingSheet.CONTRIBUTIONS, fc, f.contributions(), p + "contributions");
            add(financing, FinancingSheet.LOAN, fc, f.loan(), p + "loan");
            add(financing, FinancingSheet.PARTS, fc, f.loanParts(), p + "loan parts drawn");
            add(financing, FinancingSheet.GUARANTEED, fc, f.bmkbGuaranteed(), p + "BMKB guaranteed");
            add(financing, FinancingSheet.FEE, fc, f.bmkbFee(), p + "BMKB fee");
            add(financing, FinancingSheet.EQUITY_USED, fc, f.equityUsed(), p + "equity used");
            add(financing, FinancingSheet.GAP, fc, f.financingGap(), p + "financing gap");
            add(financing, FinancingSheet.REFINANCED, fc, f.refinancedDebts(), p + "existing loans refinanced");
            add(financing, FinancingSheet.DSCR1, fc, o.dscrYear1(), p + "DSCR year 1");
            add(financing, FinancingSheet.DSCR_WORST, fc, o.dscrWorst(), p + "lowest DSCR");
            add(financing, FinancingSheet.LTV1, fc, o.ltvYear1(), p + "LTV year 1");

            int op = operating0 + i;
            for (OperatingYear y : o.years()) {
                int row = OperatingSheet.row(y.year());
                String q = p + "year " + y.year() + " ";
                add(op, row, OperatingSheet.SERVED, y.patientsServed(), q + "patients served");
                add(op, row, OperatingSheet.REVENUE, y.revenue(), q + "revenue");
                add(op, row, OperatingSheet.HOUSING, y.housingCosts(), q + "housing costs");
                add(op, row, OperatingSheet.GP_LABOUR, y.gpLabourCost(), q + "GP labour");
                add(op, row, OperatingSheet.OTHER, y.staffAndOtherCosts(), q + "staff and other costs");
                add(op, row, OperatingSheet.PROFIT, y.profitBeforeTax(), q + "profit before tax");
                add(op, row, OperatingSheet.EBITDA, y.ebitda(), q + "EBITDA");
                add(op, row, OperatingSheet.DEPRECIATION, y.depreciation(), q + "depreciation");
                add(op, row, OperatingSheet.TAX, y.tax(), q + "tax");
                add(op, row, OperatingSheet.DRAWINGS, y.drawings(), q + "drawings");
                add(op, row, OperatingSheet.CFADS, y.cfads(), q + "CFADS");
                add(op, row, OperatingSheet.INTEREST, y.interest(), q + "interest");
                add(op, row, OperatingSheet.DEBT_INTEREST, o.existingDebts().interest(y.year()), q + "interest existing loans");
                add(op, row, OperatingSheet.DEBT_PRINCIPAL, o.existingDebts().principal(y.year()), q + "principal existing loans");
                add(op, row, OperatingSheet.PRINCIPAL, y.principalRepaid(), q + "principal");
                add(op, row, OperatingSheet.DEBT_SERVICE, y.debtService(), q + "debt service");
                add(op, row, OperatingSheet.BALANCE, y.balanceEnd(), q + "balance");
                add(op, row, OperatingSheet.DSCR, y.dscr(), q + "DSCR");
                add(op, row, OperatingSheet.VALUE, y.marketValueStart(), q + "market value");
                add(op, row, OperatingSheet.LTV, y.ltv(), q + "LTV");
                if (y.patientsServed() > 0) {
                    add(op, row, OperatingSheet.SEGMENT1_PER_PATIENT, economics.segment1PerPatient(y.year()), q + "segment 1 per patient");
                }
                revenueLines(r, economics, revenue, i, y, o.years().get(0).patientsServed(), q);
                add(financing, FinancingSheet.yearRow(y.year()), 1 + 2 * i, y.dscr(), q + "DSCR (Financiering)");
                add(financing, FinancingSheet.yearRow(y.year()), 2 + 2 * i, y.ltv(), q + "LTV (Financiering)");
            }

            int rc = RentVsBuySheet.col(i);
            var rvb = o.rentVsBuy();
            add(rentVsBuy, RentVsBuySheet.NPV, rc, rvb.npvCost(), p + "NPV cost");
            add(rentVsBuy, RentVsBuySheet.NPV_RENT, rc, rvb.npvRentReference(), p + "NPV rent same m²");
            add(rentVsBuy, RentVsBuySheet.NPV_PRE_TAX, rc, rvb.npvCostPreTax(), p + "NPV cost before tax");
            add(rentVsBuy, RentVsBuySheet.NPV_RENT_PRE_TAX, rc, rvb.npvRentReferencePreTax(), p + "NPV rent before tax");
            add(rentVsBuy, RentVsBuySheet.BREAK_EVEN_YEAR, rc, rvb.breakEvenYear(), p + "break-even year");
            add(rentVsBuy, RentVsBuySheet.BREAK_EVEN_RENT, rc, rvb.breakEvenRentPerM2PreTax(), p + "break-even rent before tax");
            for (int t = 0; t <= h; t++) {
                add(rentVsBuy, RentVsBuySheet.yearRow(t), RentVsBuySheet.curveCol(i), rvb.cumulativeCost().get(t), p + "cumulative t=" + t);
                if (!rvb.cumulativeRentReference().isEmpty()) {
                    add(rentVsBuy, RentVsBuySheet.yearRow(t), RentVsBuySheet.curveCol(i) + 1, rvb.cumulativeRentReference().get(t),
                            p + "cumulative rent t=" + t);
                }
            }

            for (AmortisationSchedule.Month m : o.schedule().months()) {
                int row = ScheduleSheet.row(m.month());
                String q = p + "month " + m.month() + " ";
                add(schedule, row, ScheduleSheet.col(i, ScheduleSheet.PAYMENT), m.payment(), q + "payment");
                add(schedule, row, ScheduleSheet.col(i, ScheduleSheet.INTEREST), m.interest(), q + "interest");
                add(schedule, row, ScheduleSheet.col(i, ScheduleSheet.PRINCIPAL), m.principal(), q + "principal");
                add(schedule, row, ScheduleSheet.col(i, ScheduleSheet.BALANCE), m.balanceAfter(), q + "balance");
            }

            // After the schedule: existing loans, loan parts (only in a case with parts), loan capacity, liquidity.
            boolean parts = r.options().stream().anyMatch(x -> !x.option().loanParts().isEmpty());
            int liquidity = schedule + (parts ? 4 : 3);
            var lf = o.liquidity();
            double runningScale = 0;
            for (var m : lf.months()) {
                int row = LiquiditySheet.row(m.lastMonth());
                String q = p + "cash month " + m.lastMonth() + " ";
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.OPERATING), m.operating(), q + "operating");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.FROM_CASH), m.investmentFromCash(), q + "investment from cash");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.INTEREST), m.constructionInterest(), q + "construction interest");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.RELEASED), m.depositReleased(), q + "deposit released");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.DEPOSIT), m.depositBalance(), q + "deposit");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.OLD_HOUSING), m.oldHousing(), q + "old housing");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.CONTRIBUTIONS_IN), m.contributions(), q + "contributions");
                add(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.DEBT_SERVICE), m.debtService(), q + "debt service");
                // A running balance that passes near zero keeps the rounding of the larger amounts it summed.
                runningScale = Math.max(runningScale, Math.abs(m.openingBalance()));
                checks.add(new Check(liquidity, row, LiquiditySheet.col(i, LiquiditySheet.CLOSING), m.closingBalance(),
                        q + "closing balance", runningScale));
            }
            int lv = LiquiditySheet.col(i, LiquiditySheet.VALUE);
            add(liquidity, LiquiditySheet.LOWEST, lv, lf.lowestCash(), p + "lowest cash");
            add(liquidity, LiquiditySheet.LOWEST_MONTH, lv, lf.lowestCashMonth(), p + "lowest cash month");
            add(liquidity, LiquiditySheet.BUFFER, lv, lf.bufferNorm(), p + "buffer norm");

            add(0, SummarySheet.NPV, SummarySheet.col(i), rvb.npvCost(), p + "NPV (summary)");
            add(0, SummarySheet.GAP, SummarySheet.col(i), f.financingGap(), p + "gap (summary)");
            texts.add(new TextCheck(0, SummarySheet.VERDICT, SummarySheet.col(i), o.verdict().closes(), p + "verdict (summary)"));
        }
    }

    /**
     * The Opbrengsten sheet's lines against the engine's breakdown of that year (PracticeEconomics.breakdown): each
     * component, the segment-1 and capitation subtotals, every segment-3 arrangement, and the total against the
     * operating year's revenue. A module the case does not have has no line, and the engine has 0 for it.
     */
    private void revenueLines(BusinessCaseResult r, PracticeEconomics economics, int sheet, int i, OperatingYear y, double avgYear1,
                              String q) {
        BusinessCase c = r.input();
        PracticeEconomics.RevenueBreakdown k = economics.breakdown(y.year(), y.patientsServed(), avgYear1);
        int col = RevenueSheet.col(y.year());
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.CAPITATION), col, k.capitation(), q + "capitation");
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.OPSLAGWIJK), col, k.opslagwijk(), q + "opslagwijk");
        if (c.income().pohGgz()) {
            add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.POH_GGZ), col, k.pohGgz(), q + "POH-GGZ module");
        } else if (k.pohGgz() != 0) {
            fail(q + "POH-GGZ revenue without its line");
        }
        if (c.income().mtvp()) {
            add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.MTVP), col, k.mtvp(), q + "MTVP module");
        } else if (k.mtvp() != 0) {
            fail(q + "MTVP revenue without its line");
        }
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.CONSULTS), col, k.consults(), q + "consults");
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.SEGMENT1), col, k.capitation() + k.opslagwijk() + k.modules() + k.consults(),
                q + "segment 1");
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.OTHER), col, k.other(), q + "other revenue");
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.RECALCULATION), col, k.tariffRecalculation(), q + "CBb recalculation");
        for (int s = 1; s <= c.income().segment3().size(); s++) {
            Segment3Arrangement a = c.income().segment3().get(s - 1);
            add(sheet, RevenueSheet.row(c, i, new RevenueSheet.Line(RevenueSheet.Kind.SEGMENT3, s)), col,
                    a.activeIn(y.calendarYear()) ? a.amountPerYear() : 0, q + "segment 3 " + a.name());
        }
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.TOTAL), col, k.total(), q + "revenue total (breakdown)");
        add(sheet, RevenueSheet.row(c, i, RevenueSheet.Kind.TOTAL), col, y.revenue(), q + "revenue total (operating year)");
    }

    private void add(int sheet, int row, int col, Number expected, String what) {
        checks.add(new Check(sheet, row, col, expected, what, 0));
    }

    int size() {
        return checks.size();
    }

    /** Relative error below 1e-9, or an absolute one below 1e-6 for values near 0 (a fully repaid balance). */
    static boolean close(double expected, double actual) {
        return close(expected, actual, 0);
    }

    /** As {@link #close(double, double)}, relative to the larger of the value and {@code scale}. */
    static boolean close(double expected, double actual, double scale) {
        return Math.abs(actual - expected) <= Math.max(1e-9 * Math.max(Math.abs(expected), scale), 1e-6);
    }

    /** Asserts every check against the values; reports the first 20 mismatches. */
    void verify(Values values, String context) {
        List<String> wrong = new ArrayList<>();
        for (Check c : checks) {
            Object actual = values.get(c.sheet(), c.row(), c.col());
            boolean ok;
            if (c.expected() == null) {
                ok = actual == null || "".equals(actual) || "nooit".equals(actual) || "never".equals(actual);
            } else if (actual == null) {
                ok = c.expected().doubleValue() == 0;
            } else {
                ok = actual instanceof Double d && close(c.expected().doubleValue(), d, c.scale());
            }
            if (!ok) {
                wrong.add(c.what() + ": engine " + c.expected() + ", workbook " + actual
                        + " (sheet " + c.sheet() + " " + Grid.local(c.row(), c.col()) + ")");
            }
        }
        for (TextCheck t : texts) {
            Object actual = values.get(t.sheet(), t.row(), t.col());
            boolean closes = "sluitend".equals(actual) || "closes".equals(actual);
            boolean open = "niet sluitend".equals(actual) || "does not close".equals(actual);
            if (!(t.closes() ? closes : open)) {
                wrong.add(t.what() + ": engine " + (t.closes() ? "closes" : "does not close") + ", workbook " + actual);
            }
        }
        if (!wrong.isEmpty()) {
            fail(context + ": " + wrong.size() + " of " + checks.size() + " cells differ from the engine:\n"
                    + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        }
    }
}
