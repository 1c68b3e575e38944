package nl.praktijkplan.ui.status;

import java.util.List;
import java.util.stream.Collectors;

import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.FinancingVerdict;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.I18n;

/**
 * The traffic lights of the status bar and of consultation: an option against the bank norms of the case.
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

        // The plan's one verdict comes first: a green DSCR never hides a gap (DOMAIN rule 7).
        FinancingVerdict plan = o.verdict();
        String binding = plan.binding().stream().map(b -> b.label(i18n.dutch())).collect(Collectors.joining(", "));
        Verdict planV = new Verdict("plan", "status.plan", plan.closes() ? Light.GREEN : Light.RED,
                plan.status().label(i18n.dutch()), plan.closes() ? i18n.t("status.plan.closes")
                        : i18n.t("status.plan.open", binding, n.money(plan.shortfall())));

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

        double gap = o.financing().financingGap();
        Verdict gapV = new Verdict("gap", "status.gap", gap < 0.5 ? Light.GREEN : Light.RED, n.money(gap),
                i18n.t(gap < 0.5 ? "status.gap.none" : "status.gap.explain", n.money(gap)));

        Double top = o.onrendabeleTop();
        Verdict topV;
        if (top == null) {
            topV = new Verdict("top", "status.top", Light.NONE, "–", i18n.t("status.top.none"));
        } else if (top < -0.5) {
            topV = new Verdict("top", "status.top", Light.GREEN, i18n.t("status.top.noneValue"), i18n.t("status.top.surplus", n.money(-top)));
        } else if (top <= 0.5) {
            topV = new Verdict("top", "status.top", Light.GREEN, n.money(0), i18n.t("status.top.zero"));
        } else {
            double uncovered = o.topCoverage() == null ? top : o.topCoverage().uncovered();
            topV = new Verdict("top", "status.top", uncovered < 0.5 ? Light.AMBER : Light.RED, n.money(top),
                    i18n.t(uncovered < 0.5 ? "status.top.covered" : "status.top.uncovered", n.money(top), n.money(uncovered)));
        }

        Integer runsOut = o.spaceRunsOutYear();
        int start = r.input().practice().startYear();
        String current = r.spaceRunsOutYear() == null ? i18n.t("status.space.never") : String.valueOf(r.spaceRunsOutYear());
        Verdict spaceV = runsOut == null
                ? new Verdict("space", "status.space", Light.GREEN, i18n.t("status.space.never"),
                        i18n.t("status.space.explain", i18n.t("status.space.never"), current, o.option().name()))
                : new Verdict("space", "status.space", runsOut >= start + 10 ? Light.AMBER : Light.RED, String.valueOf(runsOut),
                        i18n.t("status.space.explain", String.valueOf(runsOut), current, o.option().name()));
        return List.of(planV, dscrV, ltvV, gapV, topV, spaceV);
    }
}
