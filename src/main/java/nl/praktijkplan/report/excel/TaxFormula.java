package nl.praktijkplan.report.excel;

import static nl.praktijkplan.report.excel.InputSheet.a;

import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.Practice;

/**
 * PracticeTax as a spreadsheet formula: box-1 income tax per holder on their profit share (after the
 * zelfstandigenaftrek and the MKB-winstvrijstelling), or corporate tax for a BV.
 */
final class TaxFormula {

    private final Practice practice;

    TaxFormula(Practice practice) {
        this.practice = practice;
    }

    /**
     * The tax on the profit in cell {@code profit}; {@code limit1} and {@code limit2} are the cells with the box-1
     * bracket limits of that year (indexed).
     */
    String of(String profit, String limit1, String limit2) {
        if (practice.legalForm() == LegalForm.BV) {
            String limit = a(AssumptionKeys.VPB_LIMIT);
            return a(AssumptionKeys.VPB_RATE_LOW) + "*MAX(0,MIN(" + profit + "," + limit + "))+" + a(AssumptionKeys.VPB_RATE_HIGH)
                    + "*MAX(0," + profit + "-" + limit + ")";
        }
        String deduction = practice.selfEmployedDeduction() ? "-" + a(AssumptionKeys.ZELFSTANDIGENAFTREK) : "";
        StringBuilder sum = new StringBuilder();
        for (int k = 1; k <= practice.holders().size(); k++) {
            String x = "(MAX(0," + profit + "*" + InputSheet.holder(k, "share") + deduction + ")*(1-"
                    + a(AssumptionKeys.MKB_WINSTVRIJSTELLING) + "))";
            sum.append(k > 1 ? "+" : "")
                    .append(a(AssumptionKeys.BOX1_RATE_1)).append("*MIN(").append(x).append(',').append(limit1).append(")+")
                    .append(a(AssumptionKeys.BOX1_RATE_2)).append("*MAX(0,MIN(").append(x).append('-').append(limit1).append(',')
                    .append(limit2).append('-').append(limit1).append("))+")
                    .append(a(AssumptionKeys.BOX1_RATE_3)).append("*MAX(0,").append(x).append('-').append(limit2).append(')');
        }
        return sum.length() == 0 ? "0" : sum.toString();
    }

    /** The first box-1 bracket limit of the calendar year in {@code cal}: the 2026 limit, indexed after it. */
    static String limit1(String cal) {
        return a(AssumptionKeys.BOX1_LIMIT_1) + "*" + index(cal);
    }

    static String limit2(String cal, String limit1) {
        return "MAX(" + limit1 + "," + a(AssumptionKeys.BOX1_LIMIT_2) + "*" + index(cal) + ")";
    }

    private static String index(String cal) {
        return "(1+" + a(AssumptionKeys.BOX1_INDEX) + ")^MAX(0," + cal + "-" + AssumptionKeys.BOX1_YEAR + ")";
    }
}
