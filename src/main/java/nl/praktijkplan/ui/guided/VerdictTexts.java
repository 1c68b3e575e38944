package nl.praktijkplan.ui.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.FinancingVerdict.Constraint;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.LoanTerms;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The ending page of the walk for one location, in plain words: the domain's verdict ({@link FinancingVerdict}),
 * what binds and how much is short, what would close it ({@link Remedies}), and what to ask the bank, the insurer
 * and the accountant. Every amount is the engine's; this class only words them. Pure, tested without a screen.
 *
 * @param impact  the patient places the location adds beside the extra patients it serves (the Leidraad's effect)
 * @param insurer the question for the insurer; says that no maatwerk is needed when the plan closes
 */
record VerdictTexts(String headline, String explanation, String impact, List<String> remedies, String bank,
                    String insurer, String accountant) {

    /** @param remedies what would close the plan; null when it closes (nothing to remedy) */
    static VerdictTexts of(BusinessCaseResult r, OptionResult o, Remedies remedies, I18n i18n) {
        NumberFormats n = i18n.numbers();
        FinancingVerdict v = o.verdict();
        HousingOption opt = o.option();
        BankNorms norms = BankNorms.of(r.assumptions());
        String headline = i18n.t("guided.verdict.headline", opt.name(), v.status().label(i18n.dutch()));
        double loan = o.newLending();
        String dscrNorm = n.format(norms.dscrMin(), 2);

        String explanation;
        if (v.closes()) {
            explanation = loan < 0.5
                    ? i18n.t("guided.verdict.closesNoLoan", n.money(o.totalUses()))
                    : i18n.t("guided.verdict.closes", n.money(o.totalUses()), n.money(o.financing().equityUsed()),
                            n.money(o.financing().contributions()), n.money(loan),
                            v.lowestDscrFixedPeriod() == null ? "–" : n.format(v.lowestDscrFixedPeriod(), 2), dscrNorm);
        } else {
            String binding = v.binding().stream().map(b -> b.label(i18n.dutch())).collect(Collectors.joining(", "));
            explanation = i18n.t("guided.verdict.open", binding)
                    + " " + (v.shortfall() >= 0.5 ? i18n.t("guided.verdict.short", n.money(v.shortfall()), n.money(o.totalUses()))
                            : i18n.t("guided.verdict.noShortfall"));
            if (v.firstYearBelowNorm() != null && v.lowestDscrFixedPeriod() != null) {
                explanation += " " + i18n.t("guided.verdict.dscrLow", n.format(v.lowestDscrFixedPeriod(), 2), dscrNorm,
                        String.valueOf(v.firstYearBelowNorm()));
            }
        }

        List<String> fixes = new ArrayList<>();
        if (remedies != null) {
            if (remedies.equityNeeded() != null) {
                fixes.add(i18n.t("guided.remedy.equity", n.money(remedies.equityNeeded()),
                        n.money(r.input().financing().equityAvailable())));
            }
            if (remedies.insurerContribution() != null) {
                fixes.add(i18n.t("guided.remedy.insurer", n.money(remedies.insurerContribution())));
            }
            if (remedies.highestPrice() != null) {
                fixes.add(i18n.t("guided.remedy.price", n.money(remedies.highestPrice()), n.money(opt.purchasePrice())));
            }
            if (remedies.termYearsNeeded() != null) {
                fixes.add(i18n.t("guided.remedy.term", remedies.termYearsNeeded(), o.schedule().terms().termYears()));
            }
        }

        LoanTerms terms = o.schedule().terms();
        String bank = loan < 0.5 && v.closes() ? i18n.t("guided.next.bankNoLoan")
                : i18n.t("guided.next.bank", n.money(Math.max(o.financing().loan(), o.financing().need())), terms.termYears(),
                        n.percent(terms.annualRate() * 100, 2), i18n.enumLabel(terms.repayment()).toLowerCase(i18n.locale()),
                        dscrNorm, n.percent(norms.ltvMaxPct(), 0));
        if (o.financing().loanParts() > 0.5) {
            bank += " " + i18n.t("guided.next.bankParts", n.money(o.financing().loanParts()), o.loanParts().drawn().stream()
                    .filter(p -> p.amount() > 0.5)
                    .map(p -> i18n.t("guided.next.bankPart", p.part().purpose().label(i18n.dutch()), n.money(p.amount()),
                            p.terms().termYears()))
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (v.binding().contains(Constraint.COLLATERAL) || v.binding().contains(Constraint.GUARANTEE_MAX)) {
            bank += " " + i18n.t("guided.next.bankBmkb");
        }

        String places = n.format(InsurerImpact.of(r, o).placesAdded(), 0);
        String extra = n.format(o.extraPatientsVsStay(), 0);
        String impact = i18n.t("guided.verdict.impact", places, extra, String.valueOf(o.years().get(o.years().size() - 1).calendarYear()));

        String insurer;
        if (v.closes()) {
            insurer = i18n.t("guided.next.insurerNone");
        } else {
            String amount = remedies != null && remedies.insurerContribution() != null
                    ? i18n.t("guided.next.insurerAmount", n.money(remedies.insurerContribution()))
                    : i18n.t("guided.next.insurerNoAmount");
            insurer = i18n.t("guided.next.insurer", amount, extra, places);
        }

        OperatingYear y1 = o.years().get(0);
        String accountant = i18n.t("guided.next.accountant", String.valueOf(y1.calendarYear()), n.money(y1.revenue()),
                n.money(y1.gpLabourCost()), n.money(y1.staffAndOtherCosts()), n.money(y1.housingCosts()), n.money(y1.tax()),
                n.money(y1.drawings()), n.money(y1.cfads()));
        return new VerdictTexts(headline, explanation, impact, List.copyOf(fixes), bank, insurer, accountant);
    }
}
