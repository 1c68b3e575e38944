package nl.praktijkplan.report.pdf.view;

import java.util.List;

import nl.praktijkplan.domain.calc.Securities;
import nl.praktijkplan.domain.calc.Securities.Security;
import nl.praktijkplan.domain.input.AppraisalBasis;
import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;
import nl.praktijkplan.domain.input.YieldBasis;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * Chapter "Zekerheden en bestaande financieringen": the securities the new loan comes with, derived from the plan
 * (mortgage right on an owned building, pledges on fit-out and receivables, the BMKB guarantee), the basis of the
 * building's value (appraisal or yield, k.k. or von), and the loans the practice already has.
 */
public record SecuritiesView(Lang l, String preferred, String loan, String composition, List<Row> securities, String valueBasis, List<Row> debts,
                             int firstYear, String debtServiceYear1, String refinanced) {

    public static SecuritiesView of(DossierData d) {
        var f = d.f;
        List<Row> rows = Securities.of(d.pref).stream()
                .map(s -> Row.of(name(d, s), f.money(s.secured()), s.value() == null ? DossierFormat.NONE : f.money(s.value())))
                .toList();
        List<Row> debts = d.c.financing().existingDebts().stream().map(x -> debt(d, x)).toList();
        String basis = d.pref.option().type().owned() ? valueBasis(d, d.pref.option().valuation()) : "";
        var existing = d.pref.existingDebts();
        var fin = d.pref.financing();
        String composition = fin.loanParts() > 0.5 ? d.t(" (hoofdlening " + f.money(fin.loan()) + " en leningdelen " + f.money(fin.loanParts()) + ")",
                " (main loan " + f.money(fin.loan()) + " and loan parts " + f.money(fin.loanParts()) + ")") : "";
        return new SecuritiesView(d.l, d.pref.option().name(), f.money(d.pref.newLending()), composition, rows, basis, debts,
                d.pref.years().get(0).calendarYear(), f.money(existing.debtService(1)), f.money(existing.refinancedBalance()));
    }

    private static Row debt(DossierData d, ExistingDebt x) {
        var f = d.f;
        return Row.of(x.lender(), f.money(x.balance()), f.percent(x.ratePct()), x.remainingYears() + d.t(" jaar", " years"),
                switch (x.repayment()) {
                    case ANNUITY -> d.t("annuïtair", "annuity");
                    case LINEAR -> d.t("lineair", "linear");
                }, x.refinance() ? d.t("ja, uit de nieuwe lening", "yes, from the new loan") : d.t("nee, loopt door", "no, runs on"));
    }

    /** Where the building's value comes from: the appraisal (date, appraiser, basis) or the yield and its convention. */
    private static String valueBasis(DossierData d, Valuation v) {
        if (v.method() == ValuationMethod.APPRAISAL) {
            String basis = v.appraisalBasis() == AppraisalBasis.FORCED_SALE_VALUE ? d.t("executiewaarde", "forced-sale value")
                    : d.t("marktwaarde", "market value");
            String who = v.appraiser().isBlank() ? "" : d.t(" door ", " by ") + v.appraiser();
            String when = v.appraisalDate().isBlank() ? "" : d.t(" van ", " of ") + v.appraisalDate();
            return d.t("Waarde van het pand volgens taxatie", "Value of the building by appraisal") + when + who + " (" + basis + ").";
        }
        String convention = v.yieldBasis() == YieldBasis.VON
                ? d.t("het rendement is vrij op naam opgegeven en omgerekend naar kosten koper",
                        "the yield is quoted including buyer's costs (von) and converted to excluding them (k.k.)")
                : d.t("het rendement is kosten koper opgegeven", "the yield is quoted excluding buyer's costs (k.k.)");
        return d.t("Waarde van het pand: marktwaarde kosten koper met de " + d.valuationMethod(d.pref) + "; ",
                "Value of the building: market value excluding buyer's costs by " + d.valuationMethod(d.pref) + "; ") + convention + ".";
    }

    private static String name(DossierData d, Security s) {
        return switch (s.kind()) {
            case MORTGAGE -> d.t("Eerste recht van hypotheek op het pand", "First-ranking mortgage on the building");
            case PLEDGE_EQUIPMENT -> d.t("Pandrecht op inrichting, inventaris en apparatuur", "Pledge on fit-out, inventory and equipment");
            case PLEDGE_RECEIVABLES -> d.t("Pandrecht op vorderingen (declaraties bij zorgverzekeraars)",
                    "Pledge on receivables (claims on health insurers)");
            case BMKB_GUARANTEE -> d.t("BMKB-borgstelling van de Staat (RVO), geborgd deel", "BMKB state guarantee (RVO), guaranteed part");
        };
    }
}
