package nl.praktijkplan.report.pdf.view;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.LIQUIDITY_BUFFER_MONTHS;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.LiquidityForecast;
import nl.praktijkplan.domain.calc.LiquidityPeriod;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.Relocation;

/**
 * Chapter "Liquiditeitsbegroting": the preferred option's cash from the decision, monthly for two years and per
 * twelve months after, its lowest balance against the buffer norm, and every option's lowest balance.
 *
 * @param timing  the relocation inputs and what goes into the deposit
 * @param periods the forecast's rows: month, operating, investment, old housing and moving, contributions, debt
 *                service, closing balance, deposit
 * @param options per option and for staying: name, lowest balance, its month, whether it keeps the buffer
 */
public record LiquidityView(Lang l, String preferred, List<Kv> timing, String lowest, String lowestMonth, Kv buffer,
                            String bufferNorm, boolean meetsBuffer, Chart chart, List<Row> periods, List<Row> options) {

    public static LiquidityView of(DossierData d) {
        var f = d.f;
        OptionResult pref = d.pref;
        LiquidityForecast lf = pref.liquidity();
        Relocation rel = pref.option().relocation();
        List<Kv> timing = List.of(
                new Kv(d.t("Beginsaldo liquide middelen", "Opening cash"), f.money(d.c.financing().openingCash()),
                        d.t("bij het besluit, inclusief het eigen geld dat wordt ingebracht", "at the decision, including the own money put in")),
                new Kv(d.t("Naar het bouwdepot", "Into the construction deposit"),
                        f.money(pref.financing().equityUsed() + pref.newLending()),
                        d.t("eigen geld ", "own money ") + f.money(pref.financing().equityUsed()) + d.t(" en lening ", " and loan ")
                                + f.money(pref.newLending()) + d.t(", in maand 1", ", in month 1")),
                new Kv(d.t("Bouw- of inrichtingsperiode", "Construction or fit-out"),
                        rel.constructionMonths() + d.t(" maanden", " months"),
                        d.t("verhuizing in maand ", "move in month ") + lf.moveMonth()),
                new Kv(d.t("Dubbele huisvestingslasten", "Double housing costs"), rel.overlapMonths() + d.t(" maanden", " months"),
                        d.t("huidige huisvesting naast de nieuwe", "current premises beside the new")),
                new Kv(d.t("Verhuiskosten", "Moving costs"), f.money(rel.movingCosts()), d.t("in de maand van de verhuizing", "in the month of the move")),
                new Kv(d.t("Subsidies en bijdrage zorgverzekeraar", "Grants and insurer contribution"),
                        f.money(pref.option().contributions().total()),
                        d.t("in maand ", "in month ") + Math.min(lf.months().size(), Math.max(1, rel.contributionsMonth()))));
        List<Row> periods = new ArrayList<>();
        for (LiquidityPeriod p : lf.periods()) {
            periods.add(Row.of(p.monthly() ? Integer.toString(p.lastMonth()) : p.firstMonth() + "–" + p.lastMonth(),
                    f.amount(p.operating()),
                    f.amount(-(p.equityIntoDeposit() + p.investmentFromCash() - p.depositReleased())),
                    f.amount(-(p.oldHousing() + p.movingCosts())), f.amount(p.contributions()), f.amount(-p.debtService()),
                    f.amount(p.closingBalance()), f.amount(p.depositBalance())));
        }
        List<Row> options = new ArrayList<>();
        for (OptionResult o : d.r.options()) {
            options.add(optionRow(d, o.option().name(), o.liquidity()));
        }
        options.add(optionRow(d, d.t("Blijven (huidige huisvesting)", "Stay (current premises)"), d.r.stay().liquidity()));
        return new LiquidityView(d.l, pref.option().name(), timing, f.money(lf.lowestCash()), Integer.toString(lf.lowestCashMonth()),
                d.assumptionLine(LIQUIDITY_BUFFER_MONTHS), f.money(lf.bufferNorm()), lf.meetsBuffer(),
                d.chart("chart-liquidity", d.chartFactory.liquidity(pref), 80), periods, options);
    }

    private static Row optionRow(DossierData d, String name, LiquidityForecast lf) {
        return Row.of(name, d.f.amount(lf.lowestCash()), Integer.toString(lf.lowestCashMonth()), d.f.amount(lf.bufferNorm()),
                lf.meetsBuffer() ? d.t("ja", "yes") : d.t("nee", "no"));
    }
}
