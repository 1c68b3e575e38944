package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.LocationChoice;
import nl.praktijkplan.domain.input.LocationCriterion;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * Chapter "Keuze van de locatie": the qualitative criteria with their weights and each option's scores, the
 * weighted score beside the options' key numbers, and why the preferred option was chosen over each other one.
 */
public record LocationView(Lang l, boolean scored, List<String> heads, List<Row> criteria, List<Row> numbers,
                           String legend, String preferred, List<String> reasons) {

    public static LocationView of(DossierData d) {
        var f = d.f;
        LocationChoice choice = d.c.locationChoice();
        List<OptionResult> options = d.r.options();
        List<Row> criteria = new ArrayList<>();
        for (LocationCriterion c : choice.criteria()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.name());
            cells.add(f.percent(choice.weightSharePct(c)));
            options.forEach(o -> {
                Integer s = c.scores().get(o.option().name());
                cells.add(s == null ? DossierFormat.NONE : Integer.toString(s));
            });
            criteria.add(new Row(List.copyOf(cells), false));
        }
        List<String> totals = new ArrayList<>();
        totals.add(d.t("Gewogen score (1–5)", "Weighted score (1–5)"));
        totals.add(f.percent(choice.hasCriteria() ? 100 : 0));
        options.forEach(o -> totals.add(score(f, choice.weightedScore(o.option().name()))));
        if (choice.hasCriteria()) {
            criteria.add(new Row(List.copyOf(totals), true));
        }
        List<Row> numbers = List.of(
                Row.line(d.t("Investering", "Investment"), d.perOption(options, o -> f.money(o.investmentTotal())), false),
                Row.line(d.t("Onrendabele top", "Unprofitable gap"), d.perOption(options, o -> f.money(o.onrendabeleTop())), false),
                Row.line(d.t("Patiëntplaatsen erbij", "Patient places added"),
                        d.perOption(options, o -> f.count(InsurerImpact.of(d.r, o).placesAdded())), false),
                Row.line(d.t("Extra patiënten t.o.v. blijven (" + d.lastYear() + ")", "Extra patients vs staying (" + d.lastYear() + ")"),
                        d.perOption(options, o -> f.count(o.extraPatientsVsStay())), false),
                Row.line(d.t("DSCR jaar 1", "DSCR year 1"), d.perOption(options, o -> f.ratio(o.dscrYear1())), false),
                Row.line(d.t("Financieringstekort", "Financing gap"), d.perOption(options, o -> f.money(o.financing().financingGap())), false),
                Row.line(d.t("Oordeel financiering", "Verdict on the financing"),
                        d.perOption(options, o -> o.verdict().status().label(d.l.nl())), false));
        return new LocationView(d.l, choice.hasCriteria(), d.optionHeads(), criteria, numbers, d.optionLegend(),
                d.pref.option().name(), reasons(d, choice));
    }

    private static String score(DossierFormat f, Double s) {
        return s == null ? DossierFormat.NONE : f.decimal1(s);
    }

    /** Per other option: where the preferred one scores higher and lower. */
    private static List<String> reasons(DossierData d, LocationChoice choice) {
        List<String> reasons = new ArrayList<>();
        String pref = d.pref.option().name();
        for (int i = 0; i < d.r.options().size(); i++) {
            OptionResult other = d.r.options().get(i);
            if (other == d.pref || !choice.hasCriteria()) {
                continue;
            }
            String name = other.option().name();
            List<String> better = choice.criteriaWhere(pref, name, true);
            List<String> worse = choice.criteriaWhere(pref, name, false);
            String vs = d.t("Ten opzichte van " + d.optionLetter(i) + ": ", "Compared with " + d.optionLetter(i) + ": ");
            String up = better.isEmpty() ? d.t("nergens hoger", "higher on none") : d.t("hoger op ", "higher on ") + String.join(", ", better);
            String down = worse.isEmpty() ? d.t("nergens lager", "lower on none") : d.t("lager op ", "lower on ") + String.join(", ", worse);
            reasons.add(vs + up + "; " + down + d.t(" (gewogen ", " (weighted ") + score(d.f, choice.weightedScore(pref))
                    + d.t(" tegen ", " against ") + score(d.f, choice.weightedScore(name)) + ").");
        }
        return reasons;
    }
}
