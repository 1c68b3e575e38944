package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.analysis.GoalSeek;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * The goal-seek answers for one option as lines of text: highest purchase price and build cost per m² (owned
 * options) or rent per m² (rent options) at which the DSCR meets the bank norm, and the equity that closes the
 * financing gap. Pure: tested without a screen.
 */
public final class GoalSeekModel {

    /** One answer: what was sought, the answer, and the case's own value. */
    public record Line(String id, String label, String value, String current) {
    }

    private GoalSeekModel() {
    }

    public static List<Line> lines(BusinessCase c, int option, I18n i18n) {
        GoalSeek seek = new GoalSeek(new BusinessCaseEngine());
        HousingOption o = c.options().get(option);
        List<Line> out = new ArrayList<>();
        if (o.type().owned()) {
            out.add(line("gsPrice", i18n.t("gs.price"), () -> seek.maxPurchasePrice(c, option), false, i18n));
            out.add(line("gsBuild", i18n.t("gs.buildCost"), () -> seek.maxBuildCostPerM2(c, option), true, i18n));
        } else {
            out.add(line("gsRent", i18n.t("gs.rent"), () -> seek.maxRentPerM2(c, option), true, i18n));
        }
        out.add(line("gsEquity", i18n.t("gs.equity"), () -> seek.equityNeeded(c, option), false, i18n));
        return out;
    }

    private static Line line(String id, String label, java.util.function.Supplier<GoalSeek.Result> seek, boolean perM2,
                             I18n i18n) {
        GoalSeek.Result r;
        try {
            r = seek.get();
        } catch (RuntimeException e) {
            return new Line(id, label, "–", "–");
        }
        NumberFormats n = i18n.numbers();
        String value = switch (r.status()) {
            case SOLVED -> perM2 ? n.money(r.value()) + " /m²" : n.money(r.value());
            case NO_LIMIT -> i18n.t("gs.noLimit");
            case NOT_ATTAINABLE -> i18n.t("gs.notAttainable");
        };
        if (r.status() == GoalSeek.Status.SOLVED && r.collateralLimitBinds()) {
            value += " " + i18n.t("gs.collateral");
        }
        String current = Double.isNaN(r.currentValue()) ? "–"
                : perM2 ? n.money(r.currentValue()) + " /m²" : n.money(r.currentValue());
        return new Line(id, label, value, current);
    }
}
