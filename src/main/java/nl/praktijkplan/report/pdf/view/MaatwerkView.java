package nl.praktijkplan.report.pdf.view;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.calc.BankNorms;
import nl.praktijkplan.domain.calc.InsurerImpact;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.RegionContext;
import nl.praktijkplan.report.pdf.DossierFormat;

/**
 * Chapter "Onderbouwing maatwerkverzoek zorgverzekeraar", as the Leidraad asks it: the bottleneck (the region's
 * indicators, the practice's space), the solution and why this option, the impact in patient places and patients
 * served, the support asked (one-off, yearly) per added place, and the indicators that monitor it. Only in a dossier
 * that asks the insurer for something; an indicator the user left empty reads "niet opgegeven".
 */
public record MaatwerkView(Lang l, List<Kv> indicators, String problem, Integer spaceRunsOutYear, String currentArea,
                           String todayAboveCapacity, String preferred, String preferredType, String preferredArea,
                           String capacity, String investment, List<String> heads, List<Row> choice, String legend,
                           List<String> reasons, List<Kv> impact, List<Kv> support, List<Row> yearly, String monitoring,
                           List<Row> indicatorsToMonitor) {

    public static MaatwerkView of(DossierData d) {
        var f = d.f;
        OptionResult pref = d.pref;
        InsurerImpact impact = InsurerImpact.of(d.r, pref);
        RegionContext reg = d.c.region();
        String none = d.t("niet opgegeven", "not given");
        List<Kv> indicators = List.of(
                kv(d.t("Huisartsendichtheid (fte per 10.000 inwoners)", "GP density (FTE per 10,000 inhabitants)"),
                        reg.gpPer10000Inhabitants() == null ? none : f.plain(reg.gpPer10000Inhabitants())),
                kv(d.t("Verwachte uitstroom huisartsen", "Expected outflow of GPs"), percent(f, reg.expectedGpOutflowPct(), none)),
                kv(d.t("Verzekerden zonder huisarts in de regio", "Insured people without a GP in the region"),
                        reg.insuredWithoutGp() == null ? none : f.count(reg.insuredWithoutGp())),
                kv(d.t("Bevolkingsgroei per jaar", "Population growth per year"), percent(f, reg.populationGrowthPct(), none)),
                kv(d.t("Aandeel 65-plussers", "Share aged 65+"), percent(f, reg.share65PlusPct(), none)),
                kv(d.t("Aandeel inwoners in wijken met lage SES", "Share living in low-SES neighbourhoods"), percent(f, reg.shareLowSesPct(), none)));
        double servedStay = last(d.r.stay());
        double servedPref = last(pref);
        List<Kv> impactRows = new ArrayList<>(List.of(
                kv(d.t("Capaciteit huidige huisvesting (" + f.m2(d.r.currentAreaM2()) + ")", "Capacity of the current premises ("
                        + f.m2(d.r.currentAreaM2()) + ")"), f.count(impact.currentCapacity())),
                kv(d.t("Capaciteit " + d.optionLetter(d.r.options().indexOf(pref)) + " (" + f.m2(pref.areaM2()) + ")",
                        "Capacity of " + d.optionLetter(d.r.options().indexOf(pref)) + " (" + f.m2(pref.areaM2()) + ")"), f.count(pref.capacityPatients())),
                kv(d.t("Patiëntplaatsen erbij (capaciteit nieuw − huidig)", "Patient places added (capacity new − current)"),
                        f.count(impact.placesAdded())),
                kv(d.t("Patiënten bediend in " + d.lastYear() + " bij blijven", "Patients served in " + d.lastYear() + " when staying"),
                        f.count(servedStay)),
                kv(d.t("Patiënten bediend in " + d.lastYear() + " met de oplossing", "Patients served in " + d.lastYear() + " with the solution"),
                        f.count(servedPref)),
                kv(d.t("Extra patiënten bediend t.o.v. blijven", "Extra patients served vs staying"), f.count(impact.extraServed())),
                kv(d.t("Verzekerden zonder huisarts in de regio", "Insured people without a GP in the region"),
                        reg.insuredWithoutGp() == null ? none : f.count(reg.insuredWithoutGp())),
                kv(d.t("Patiëntplaatsen erbij als deel daarvan", "Places added as a share of them"),
                        impact.placesShareOfWithoutGpPct() == null ? DossierFormat.NONE : f.percent(impact.placesShareOfWithoutGpPct()))));
        List<Kv> support = List.of(
                kv(d.t("Onrendabele top", "Unprofitable gap"), f.money(pref.onrendabeleTop())),
                kv(d.t("Eenmalige bijdrage in de investering", "One-off contribution to the investment"), f.money(impact.oneOff())),
                kv(d.t("Jaarlijkse bedragen segment 3, totaal", "Yearly segment-3 amounts, total"),
                        f.money(impact.totalAsked() - impact.oneOff())),
                kv(d.t("Totaal gevraagd van de zorgverzekeraar", "Total asked of the health insurer"), f.money(impact.totalAsked())),
                kv(d.t("Gevraagd per toegevoegde patiëntplaats", "Asked per patient place added"), f.money(impact.askedPerPlace())),
                kv(d.t("Financieringstekort na alle bijdragen", "Financing gap after all contributions"), f.money(pref.financing().financingGap())));
        List<Row> yearly = impact.yearly().stream().map(s -> Row.of(s.name(), f.money(s.amountPerYear()),
                s.startYear() + "–" + (s.startYear() + s.years() - 1), f.money(s.amountPerYear() * s.years()))).toList();
        BankNorms norms = BankNorms.of(d.a);
        List<Row> monitor = List.of(
                Row.of(d.t("Ingeschreven patiënten", "Registered patients"), f.count(d.c.practice().patients()), f.count(servedPref)),
                Row.of(d.t("Patiëntplaatsen (capaciteit)", "Patient places (capacity)"), f.count(impact.currentCapacity()),
                        f.count(pref.capacityPatients())),
                Row.of(d.t("Verzekerden zonder huisarts in de regio", "Insured people without a GP in the region"),
                        reg.insuredWithoutGp() == null ? none : f.count(reg.insuredWithoutGp()), d.t("lager", "lower")),
                Row.of(d.t("DSCR (uit de jaarrekening)", "DSCR (from the annual accounts)"), f.ratio(pref.dscrYear1()),
                        "≥ " + f.ratio(norms.dscrMin())));
        return new MaatwerkView(d.l, indicators, reg.problem(), d.r.spaceRunsOutYear(), f.m2(d.r.currentAreaM2()),
                impact.todayAboveCapacityPct() == null ? null : f.percent(impact.todayAboveCapacityPct()),
                pref.option().name(), d.typeName(pref), f.m2(pref.areaM2()), f.count(pref.capacityPatients()),
                f.money(pref.investmentTotal()), d.optionHeads(), choice(d), d.optionLegend(), LocationView.of(d).reasons(),
                impactRows, support, yearly, reg.monitoring(), monitor);
    }

    /** The options side by side: the numbers the insurer weighs and the location's weighted score. */
    private static List<Row> choice(DossierData d) {
        var f = d.f;
        var options = d.r.options();
        var choice = d.c.locationChoice();
        List<Row> rows = new ArrayList<>(List.of(
                Row.line(d.t("Investering", "Investment"), d.perOption(options, o -> f.money(o.investmentTotal())), false),
                Row.line(d.t("Patiëntplaatsen erbij", "Patient places added"),
                        d.perOption(options, o -> f.count(InsurerImpact.of(d.r, o).placesAdded())), false),
                Row.line(d.t("Extra patiënten t.o.v. blijven", "Extra patients vs staying"),
                        d.perOption(options, o -> f.count(o.extraPatientsVsStay())), false),
                Row.line(d.t("Gevraagd per patiëntplaats", "Asked per patient place"),
                        d.perOption(options, o -> f.money(InsurerImpact.of(d.r, o).askedPerPlace())), false)));
        if (choice.hasCriteria()) {
            rows.add(Row.line(d.t("Gewogen locatiescore (1–5)", "Weighted location score (1–5)"), d.perOption(options, o -> {
                Double s = choice.weightedScore(o.option().name());
                return s == null ? DossierFormat.NONE : f.decimal1(s);
            }), false));
        }
        return rows;
    }

    private static double last(OptionResult o) {
        return o.years().get(o.years().size() - 1).patientsServed();
    }

    private static String percent(DossierFormat f, Double v, String none) {
        return v == null ? none : f.percent(v);
    }

    private static Kv kv(String label, String value) {
        return new Kv(label, value, "");
    }
}
