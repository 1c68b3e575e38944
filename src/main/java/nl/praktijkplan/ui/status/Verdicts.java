package nl.praktijkplan.ui.status;

import java.util.List;
import java.util.stream.Collectors;

import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.I18n;

/**
 * The traffic lights of the status bar and of consultation: an option's financing verdict first, then its DSCR, LTV and
 * space against the norms of the case.
 * Pure logic, so that it is tested without a screen.
 */
public final class Verdicts {

    public enum Light { GREEN, AMBER, RED, NONE }

    /** One light: what it judges, its colour, the value shown and a sentence explaining it. */
    public record Verdict(String id, String labelKey, Light light, String value, String explanation) {
    }

    private Verdicts() {
    }

    /** The lights of the preferred option (the status bar). */
    public static List<Verdict> of(BusinessCaseResult r, I18n i18n) {
        return of(r, r.preferred(), i18n);
    }

    /** The lights of one option (consultation shows every option's). */
    public static List<Verdict> of(BusinessCaseResult r, OptionResult o, I18n i18n) {
        BankNorms norms = BankNorms.of(r.assumptions());
        double dscrMin = norms.dscrMin();
        double ltvMaxPct = norms.ltvMaxPct();
        var n = i18n.numbers();

        // The plan's one verdict comes first, with the amount short: a green DSCR never hides a gap (DOMAIN rule 7).
        Verdict planV = plan(o.verdict(), i18n);

        Double dscr = o.dscrYear1();
        Verdict dscrV = dscr == null
                ? new Verdict("dscr", "status.dscr", Light.NONE, "–", i18n.t("status.dscr.none"))
                : new Verdict("dscr", "status.dscr", norms.dscrMet(dscr) ? Light.GREEN : dscr >= 1.0 ? Light.AMBER : Light.RED,
                        n.format(dscr, 2), i18n.t("status.dscr.explain", n.format(dscr, 2), n.format(dscrMin, 2)));

        Double ltv = o.ltvYear1();
        Verdict ltvV = ltv == null
                ? new Verdict("ltv", "status.ltv", Light.NONE, "–", i18n.t("status.ltv.none"))
                : new Verdict("ltv", "status.ltv", norms.ltvMet(ltv) ? Light.GREEN
                        : ltv * 100 <= ltvMaxPct + 10 ? Light.AMBER : Light.RED,
                        n.percent(ltv * 100, 0), i18n.t("status.ltv.explain", n.percent(ltv * 100, 1), n.percent(ltvMaxPct, 0)));

        Integer runsOut = o.spaceRunsOutYear();
        int start = r.input().practice().startYear();
        String current = r.spaceRunsOutYear() == null ? i18n.t("status.space.never") : String.valueOf(r.spaceRunsOutYear());
        Verdict spaceV = runsOut == null
                ? new Verdict("space", "status.space", Light.GREEN, i18n.t("status.space.never"),
                        i18n.t("status.space.explain", i18n.t("status.space.never"), current, o.option().name()))
                : new Verdict("space", "status.space", runsOut >= start + 10 ? Light.AMBER : Light.RED, String.valueOf(runsOut),
                        i18n.t("status.space.explain", String.valueOf(runsOut), current, o.option().name()));
        return List.of(planV, dscrV, ltvV, spaceV);
    }

    /**
     * The plan's verdict: "sluitend", or "niet sluitend" with the amount short, or (without a gap) with what binds.
     * The gap and the onrendabele top have no lights of their own: the verdict carries the one shortfall, and the
     * Investment chapter shows how much of it lies in the top.
     */
    public static Verdict plan(FinancingVerdict plan, I18n i18n) {
        String status = plan.status().label(i18n.dutch());
        String binding = plan.binding().stream().map(b -> b.label(i18n.dutch())).collect(Collectors.joining(", "));
        String money = i18n.numbers().money(plan.shortfall());
        if (plan.closes()) {
            return new Verdict("plan", "status.plan", Light.GREEN, status, i18n.t("status.plan.closes"));
        }
        String value = plan.shortfall() > 0 ? i18n.t("status.plan.value.short", status, money)
                : i18n.t("status.plan.value.binding", status, binding);
        return new Verdict("plan", "status.plan", Light.RED, value, i18n.t("status.plan.open", binding, money));
    }
}
