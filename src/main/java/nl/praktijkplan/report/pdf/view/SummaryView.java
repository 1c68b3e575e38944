package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.praktijkplan.domain.analysis.Remedies;
import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.input.Contributions;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.LOAN_TERM;

/**
 * Chapter "Samenvatting": the verdict on the financing first (sluitend or not, what binds, the amount short and what
 * would close it), then the need, the chosen solution, the money and the bank's ratios on one page.
 */
public record SummaryView(Lang l, boolean closes, String verdict, String binding, String shortfall, List<String[]> remedies,
                          String practice, String municipality, String patientsNow, String patientsLast, int lastYear,
                          Integer spaceRunsOutYear, String currentArea,
                          String preferred, String preferredType, String preferredArea, int firstYear, boolean hasExtra,
                          String extraPatients, boolean addsPlaces, String placesAdded,
                          String investment, boolean owned, String marketValue, String valuationMethod, String top,
                          String loan, String maxLoan, String equity, String contributions, String gap, boolean gapOpen,
                          boolean hasParts, String loanParts, String partsNote,
                          String dscrYear1, Boolean dscrYear1Met, String dscrWorst, Boolean dscrWorstMet, String dscrMin,
                          String ltvYear1, Boolean ltvYear1Met, String ltvMax, boolean excessByBmkb,
                          String loanTerm, String repayment, boolean bmkb, String bmkbGuaranteed,
                          String insurer, String municipalityContribution, String other) {

    public static SummaryView of(DossierData d) {
        var pref = d.pref;
        var f = d.f;
        LoanCapacity fin = pref.financing();
        BankNorms norms = BankNorms.of(d.a);
        Contributions k = pref.option().contributions();
        FinancingVerdict v = pref.verdict();
        String binding = v.binding().stream().map(b -> b.label(d.l.nl())).collect(Collectors.joining(", "));
        return new SummaryView(d.l, v.closes(), v.status().label(d.l.nl()), binding, f.money(v.shortfall()), remedies(d, v),
                d.c.practice().name(), d.c.practice().municipality(), f.count(d.c.practice().patients()),
                f.count(d.lastPatients()), d.lastYear(), d.r.spaceRunsOutYear(), f.m2(d.r.currentAreaM2()),
                pref.option().name(), d.typeName(pref), f.m2(pref.areaM2()), d.c.practice().startYear(),
                Math.round(pref.extraPatientsVsStay()) > 0, f.count(pref.extraPatientsVsStay()),
                Math.round(InsurerImpact.of(d.r, pref).placesAdded()) > 0, f.count(InsurerImpact.of(d.r, pref).placesAdded()),
                f.money(pref.investmentTotal()), pref.option().type().owned(), f.money(pref.marketValue()), d.valuationMethod(pref),
                topText(d, pref.onrendabeleTop()),
                f.money(fin.loan()), f.money(fin.maxLoan()), f.money(fin.equityUsed()), f.money(fin.contributions()),
                f.money(fin.financingGap()), fin.financingGap() > 0.5,
                fin.loanParts() > 0.5, f.money(fin.loanParts()), partsNote(d),
                f.ratio(pref.dscrYear1()), norms.dscrMet(pref.dscrYear1()), f.ratio(pref.dscrWorst()), norms.dscrMet(pref.dscrWorst()),
                f.ratio(norms.dscrMin()),
                f.percentOfFraction(pref.ltvYear1()), norms.ltvMet(pref.ltvYear1()), f.percent(norms.ltvMaxPct()),
                fin.bmkbGuaranteed() > 0 && Boolean.FALSE.equals(norms.ltvMet(pref.ltvYear1())),
                f.plain(d.a.value(LOAN_TERM)), d.repaymentName(), fin.bmkbGuaranteed() > 0, f.money(fin.bmkbGuaranteed()),
                f.money(k.insurer()), f.money(k.municipality()), f.money(k.other()));
    }

    /** Each loan part as drawn: purpose, amount, term and rate ("apparatuur en inventaris € 60.000, 10 jaar, 5,5%"). */
    private static String partsNote(DossierData d) {
        return d.pref.loanParts().drawn().stream().filter(p -> p.amount() > 0.5)
                .map(p -> p.part().purpose().label(d.l.nl()) + " " + d.f.money(p.amount()) + ", " + p.terms().termYears()
                        + d.l.t(" jaar, ", " years, ") + d.f.percent(p.terms().annualRate() * 100))
                .collect(Collectors.joining("; "));
    }

    /** The onrendabele top, or that there is none and how far the value lies above the investment. */
    private static String topText(DossierData d, Double top) {
        if (top == null || top >= -0.5) {
            return d.f.money(top == null ? null : Math.max(0, top));
        }
        return d.t("geen; de waarde ligt " + d.f.money(-top) + " boven de investering",
                "none; the value lies " + d.f.money(-top) + " above the investment");
    }

    /** What would make the preferred option close, each on its own (found by goal seek on the engine's verdict). */
    private static List<String[]> remedies(DossierData d, FinancingVerdict v) {
        List<String[]> rows = new ArrayList<>();
        if (v.closes()) {
            return rows;
        }
        Remedies r = Remedies.of(new BusinessCaseEngine(), d.c, d.r.options().indexOf(d.pref));
        var f = d.f;
        if (r.equityNeeded() != null) {
            rows.add(new String[] {d.t("Eigen geld nodig", "Equity needed"), f.money(r.equityNeeded())});
        }
        if (r.insurerContribution() != null) {
            rows.add(new String[] {d.t("Of: bijdrage zorgverzekeraar nodig", "Or: insurer contribution needed"), f.money(r.insurerContribution())});
        }
        if (r.highestPrice() != null) {
            rows.add(new String[] {d.t("Of: hoogste koopsom waarbij het plan sluit", "Or: highest purchase price at which the plan closes"),
                    f.money(r.highestPrice())});
        }
        if (r.termYearsNeeded() != null) {
            rows.add(new String[] {d.t("Of: looptijd van de lening", "Or: loan term"), r.termYearsNeeded() + d.t(" jaar", " years")});
        }
        return rows;
    }
}
