package nl.praktijkplan.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.praktijkplan.domain.input.BalanceSheet;
import nl.praktijkplan.domain.input.PastYear;

/**
 * Reads {@code pastYears}: up to five years of annual accounts before the plan's first year, each year once, the
 * balance sheet (when given) balancing to the euro.
 */
final class PastYearsReader {

    static final int MAX_YEARS = 5;
    private static final double MONEY = 1e10;
    /** Assets and liabilities copied from rounded accounts may differ by a euro. */
    private static final double BALANCE_TOLERANCE = 1;

    private final Fields root;
    private final int startYear;

    PastYearsReader(Fields root, int startYear) {
        this.root = root;
        this.startYear = startYear;
    }

    List<PastYear> read() {
        JsonNode array = root.raw("pastYears");
        List<PastYear> list = new ArrayList<>();
        if (array == null || array.isNull()) {
            return list;
        }
        if (!array.isArray() || array.size() > MAX_YEARS) {
            root.problem("pastYears", "moet een lijst met hoogstens " + MAX_YEARS + " jaren zijn",
                    "must be a list of at most " + MAX_YEARS + " years");
            return list;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                root.problem("pastYears", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields y = new Fields(root.problems(), array.get(i), root.path("pastYears") + "[" + i + "]");
            int year = y.integer("year", 1990, 2100);
            if (year >= startYear) {
                y.problem("year", "moet vóór het eerste planjaar " + startYear + " liggen",
                        "must lie before the first plan year " + startYear);
            } else if (!seen.add(year)) {
                y.problem("year", "staat twee keer in de lijst", "occurs twice in the list");
            }
            list.add(new PastYear(year, y.number("revenue", 0, MONEY), y.number("costs", 0, MONEY), balance(y)));
        }
        list.sort(java.util.Comparator.comparingInt(PastYear::year));
        return list;
    }

    private static BalanceSheet balance(Fields year) {
        JsonNode node = year.raw("balance");
        if (node == null || node.isNull()) {
            return null;
        }
        Fields b = year.object("balance");
        BalanceSheet sheet = new BalanceSheet(b.number("fixedAssets", 0, MONEY), b.number("currentAssets", 0, MONEY),
                b.number("equity", -MONEY, MONEY), b.number("debts", 0, MONEY));
        double difference = sheet.totalAssets() - sheet.equity() - sheet.debts();
        if (Math.abs(difference) > BALANCE_TOLERANCE) {
            b.problem("", "de balans sluit niet: activa " + Fields.plain(sheet.totalAssets()) + " tegen eigen en vreemd vermogen "
                    + Fields.plain(sheet.equity() + sheet.debts()), "the balance sheet does not balance: assets "
                    + Fields.plain(sheet.totalAssets()) + " against equity and debts " + Fields.plain(sheet.equity() + sheet.debts()));
        }
        return sheet;
    }
}
