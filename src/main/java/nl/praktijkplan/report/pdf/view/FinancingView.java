package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.AmortisationSchedule;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.LoanParts;
import nl.praktijkplan.domain.calc.LoanTerms;
import nl.praktijkplan.domain.input.BankProfile;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.RepaymentType;

/**
 * Chapter "Financieringsplan": uses and sources, borrowing capacity, loan terms, the loan parts beside the main loan,
 * BMKB and the amortisation.
 *
 * @param loanParts the option's loan parts as drawn (purpose, amount, rate, term, fixed years, repayment, balloon,
 *                  year-1 debt service); null without parts
 */
public record FinancingView(Lang l, String preferred, String investment, boolean bmkbFeePaid, String bmkbFee, String totalUses,
                            String equity, String loan, String insurer, String municipality, String other, String gap,
                            String cfadsYear1, String maxDebtService, String dscrMin, String maxByCashFlow, String maxByCollateral,
                            boolean collateral, String ltvMax, String maxLoan,
                            Kv rate, Kv term, String repayment, String balloon, Kv dscrNorm, Kv ltvNorm,
                            boolean bmkb, String bmkbGuaranteed, String bmkbFeePct, Kv bmkbShare, Kv bmkbMax,
                            String bankProfile, boolean refinancing, String refinancedDebts, Kv fixedYears, Kv refinanceRate,
                            String bmkbYears,
                            Chart chart, List<Row> amortisation, String loanPartsTotal, List<Row> loanParts) {

    public static FinancingView of(DossierData d) {
        var f = d.f;
        var pref = d.pref;
        var a = d.a;
        LoanCapacity fin = pref.financing();
        Contributions k = pref.option().contributions();
        boolean starter = d.c.financing().starter();
        List<Row> am = new ArrayList<>();
        if (fin.loan() > 0) {
            int start = d.c.practice().startYear();
            for (AmortisationSchedule.Year y : pref.schedule().years()) {
                am.add(Row.of(Integer.toString(start + y.year() - 1), f.amount(pref.schedule().balanceAfterYear(y.year() - 1)),
                        f.amount(y.interest()), f.amount(y.principal()), f.amount(y.debtService()), f.amount(y.balanceEnd())));
            }
        }
        return new FinancingView(d.l, pref.option().name(), f.money(pref.investmentTotal()), fin.bmkbFee() > 0, f.money(fin.bmkbFee()),
                f.money(pref.totalUses()), f.money(fin.equityUsed()), f.money(fin.loan()), f.money(k.insurer()), f.money(k.municipality()),
                f.money(k.other()), f.money(fin.financingGap()),
                f.money(fin.cfadsYear1()), f.money(fin.maxDebtService()), f.ratio(a.value(DSCR_MIN)), f.money(fin.maxByCashFlow()),
                f.money(fin.maxByCollateral()), fin.maxByCollateral() != null, f.percent(a.value(LTV_MAX)), f.money(fin.maxLoan()),
                d.assumptionLine(LOAN_RATE), d.assumptionLine(LOAN_TERM), d.repaymentName(), f.percent(d.c.financing().balloonPct()),
                d.assumptionLine(DSCR_MIN), d.assumptionLine(LTV_MAX),
                d.c.financing().useBmkb(), f.money(fin.bmkbGuaranteed()), f.percent(fin.bmkbFeeRate() * 100),
                d.assumptionLine(starter ? BMKB_STARTER_SHARE : BMKB_SHARE), d.assumptionLine(starter ? BMKB_STARTER_MAX : BMKB_MAX),
                BankProfile.describe(d.c, a, d.l.nl()), fin.refinancedDebts() > 0, f.money(fin.refinancedDebts()),
                d.assumptionLine(FIXED_RATE_YEARS), d.assumptionLine(REFINANCE_RATE), Integer.toString(fin.bmkbYears()),
                d.chart("chart-financing", d.chartFactory.financingStack(pref), 75), fin.loan() > 0 ? am : null,
                f.money(fin.loanParts()), fin.loanParts() > 0 ? parts(d) : null);
    }

    private static List<Row> parts(DossierData d) {
        var f = d.f;
        List<Row> rows = new ArrayList<>();
        for (LoanParts.Drawn p : d.pref.loanParts().drawn()) {
            if (p.amount() <= 0) {
                continue;
            }
            LoanTerms t = p.terms();
            rows.add(Row.of(p.part().purpose().label(d.l.nl()), f.money(p.amount()), f.percent(t.annualRate() * 100),
                    t.termYears() + d.l.t(" jaar", " years"), t.fixedYears() + d.l.t(" jaar", " years"),
                    t.repayment() == RepaymentType.ANNUITY ? d.l.t("annuïtair", "annuity") : d.l.t("lineair", "linear"),
                    f.percent(t.balloonFraction() * 100), f.money(p.schedule().years().get(0).debtService())));
        }
        return rows;
    }
}
