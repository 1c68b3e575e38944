package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.Holder;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.Practice;

/**
 * Tax on the practice's profit by legal form, as the practice's accountant computes it for the plan.
 * <ul>
 * <li>Eenmanszaak and maatschap: each holder's profit share, less the zelfstandigenaftrek (where the holders
 * meet the hours criterion) and then the MKB-winstvrijstelling, taxed in the box-1 brackets of the calendar year
 * (the {@link nl.praktijkplan.domain.assumption.AssumptionKeys#BOX1_YEAR} limits, indexed after it). Tax credits
 * (heffingskortingen) are left out: at a GP's income they are small, and leaving them out is conservative.</li>
 * <li>BV: corporate tax on the profit after the directors' salaries, in two brackets.</li>
 * </ul>
 * A loss gives no tax and no refund (no loss relief is modelled).
 */
public final class PracticeTax {

    private final Practice practice;
    private final Assumptions a;

    public PracticeTax(Practice practice, Assumptions a) {
        this.practice = practice;
        this.a = a;
    }

    public LegalForm legalForm() {
        return practice.legalForm();
    }

    /**
     * @param profit the practice's taxable profit: EBITDA − depreciation − interest, and for a BV also − the salaries
     */
    public double tax(double profit, int calendarYear) {
        if (practice.legalForm() == LegalForm.BV) {
            return corporateTax(profit);
        }
        double total = 0;
        for (Holder h : practice.holders()) {
            total += incomeTax(profit * h.profitSharePct() / 100, calendarYear);
        }
        return total;
    }

    /** Income tax (box 1) of one holder on their profit share. */
    public double incomeTax(double profitShare, int calendarYear) {
        double afterDeduction = profitShare - (practice.selfEmployedDeduction() ? a.value(ZELFSTANDIGENAFTREK) : 0);
        double taxable = Math.max(0, afterDeduction) * (1 - a.rate(MKB_WINSTVRIJSTELLING));
        double index = Math.pow(1 + a.rate(BOX1_INDEX), Math.max(0, calendarYear - BOX1_YEAR));
        double limit1 = a.value(BOX1_LIMIT_1) * index;
        double limit2 = Math.max(limit1, a.value(BOX1_LIMIT_2) * index);
        return a.rate(BOX1_RATE_1) * Math.min(taxable, limit1)
                + a.rate(BOX1_RATE_2) * clamp(taxable - limit1, limit2 - limit1)
                + a.rate(BOX1_RATE_3) * Math.max(0, taxable - limit2);
    }

    /** Corporate tax: the low rate up to the bracket limit, the high rate above it. */
    public double corporateTax(double profit) {
        double limit = a.value(VPB_LIMIT);
        return a.rate(VPB_RATE_LOW) * clamp(profit, limit) + a.rate(VPB_RATE_HIGH) * Math.max(0, profit - limit);
    }

    /**
     * The share of the WOZ value below which an own-use building is not depreciated for tax (bodemwaarde): since 2024
     * the same 100% for income tax and corporate tax (it was 50% for own use before).
     */
    public double bodemwaardeRate() {
        return a.rate(BODEMWAARDE);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, max));
    }
}
