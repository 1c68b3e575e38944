package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.input.BalanceSheet;
import nl.praktijkplan.domain.input.PastYear;

/**
 * Chapter "Cijfers van de afgelopen jaren": revenue, costs and result of the past years from the annual accounts,
 * beside the preferred option's first plan year, and the balance-sheet summary with its solvency where given.
 */
public record PastYearsView(Lang l, boolean given, List<String> heads, List<Row> results, int firstPlanYear,
                            List<String> balanceHeads, List<Row> balance) {

    public static PastYearsView of(DossierData d) {
        var f = d.f;
        List<PastYear> years = d.c.pastYears();
        OperatingYear plan = d.pref.years().get(0);
        List<String> heads = new ArrayList<>();
        years.forEach(y -> heads.add(Integer.toString(y.year())));
        heads.add(d.t("Plan ", "Plan ") + plan.calendarYear());
        List<String> revenue = new ArrayList<>(years.stream().map(y -> f.money(y.revenue())).toList());
        List<String> costs = new ArrayList<>(years.stream().map(y -> f.money(y.costs())).toList());
        List<String> result = new ArrayList<>(years.stream().map(y -> f.money(y.result())).toList());
        revenue.add(f.money(plan.revenue()));
        costs.add(f.money(plan.revenue() - plan.profitBeforeTax()));
        result.add(f.money(plan.profitBeforeTax()));
        List<Row> results = List.of(Row.line(d.t("Omzet", "Revenue"), revenue, false),
                Row.line(d.t("Kosten (incl. afschrijving en rente)", "Costs (incl. depreciation and interest)"), costs, false),
                Row.line(d.t("Resultaat vóór belasting", "Result before tax"), result, true));

        List<PastYear> withBalance = years.stream().filter(y -> y.balance() != null).toList();
        List<String> balanceHeads = withBalance.stream().map(y -> Integer.toString(y.year())).toList();
        List<Row> balance = withBalance.isEmpty() ? List.of() : List.of(
                line(d.t("Vaste activa", "Fixed assets"), withBalance, b -> f.money(b.fixedAssets()), false),
                line(d.t("Vlottende activa", "Current assets"), withBalance, b -> f.money(b.currentAssets()), false),
                line(d.t("Totaal activa", "Total assets"), withBalance, b -> f.money(b.totalAssets()), true),
                line(d.t("Eigen vermogen", "Equity"), withBalance, b -> f.money(b.equity()), false),
                line(d.t("Vreemd vermogen", "Debts"), withBalance, b -> f.money(b.debts()), false),
                line(d.t("Solvabiliteit (eigen vermogen / totaal activa)", "Solvency (equity / total assets)"), withBalance,
                        b -> f.percentOfFraction(b.solvencyPct() == null ? null : b.solvencyPct() / 100), false));
        return new PastYearsView(d.l, !years.isEmpty(), heads, results, plan.calendarYear(), balanceHeads, balance);
    }

    private static Row line(String label, List<PastYear> years, java.util.function.Function<BalanceSheet, String> cell, boolean total) {
        return Row.line(label, years.stream().map(y -> cell.apply(y.balance())).toList(), total);
    }
}
