package nl.praktijkplan.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;

/**
 * The Invoer sheet: every case input and every assumption with value, unit, source and confidence.
 * Each value is a named range (case inputs {@code i_…}, option inputs {@code o1_…}, assumptions {@code a_…}),
 * so that the formulas elsewhere read like the engine. Percentages are stored as fractions with a % format.
 * Choices that change the structure of the calculation (method, repayment type, option type) are shown as
 * text; the formulas are generated for them.
 */
final class InputSheet {

    private enum Kind { EURO, PERCENT, NUMBER, YEAR }

    private final Grid g;
    private final XSSFWorkbook wb;
    private final Lang l;
    private int row;

    InputSheet(Grid grid, XSSFWorkbook wb, Lang lang) {
        this.g = grid;
        this.wb = wb;
        this.l = lang;
    }

    /** The name of an assumption's cell. */
    static String a(String key) {
        return "a_" + key.replace('.', '_');
    }

    /** The name of an input of option {@code index} (1-based). */
    static String o(int index, String field) {
        return "o" + index + "_" + field;
    }

    void write(BusinessCase c, Assumptions assumptions) {
        g.text(0, 0, l.t("Invoer en aannames", "Inputs and assumptions"), g.styles.title);
        g.text(1, 0, l.t("Gele cellen zijn invoer: wijzig ze en de hele business case rekent mee.",
                "Yellow cells are inputs: change them and the whole business case recalculates."));
        String[] head = {l.t("Omschrijving", "Description"), l.t("Waarde", "Value"), l.t("Eenheid", "Unit"),
                l.t("Bron", "Source"), l.t("Betrouwbaarheid", "Confidence"), l.t("Naam", "Name")};
        for (int i = 0; i < head.length; i++) {
            g.text(3, i, head[i], g.styles.header);
        }
        row = 4;
        var p = c.practice();
        section(l.t("Praktijk", "Practice"));
        choice(l.t("Praktijk", "Practice"), p.name());
        input("i_startYear", l.t("Startjaar (planjaar 1)", "Start year (plan year 1)"), p.startYear(), Kind.YEAR, l.t("jaar", "year"));
        choice(l.t("Horizon (jaren; bepaalt de lengte van de tabellen)", "Horizon (years; sets the length of the tables)"),
                Integer.toString(p.horizonYears()));
        input("i_patients", l.t("Ingeschreven patiënten nu", "Registered patients now"), p.patients(), Kind.NUMBER, l.t("patiënten", "patients"));
        input("i_opslagwijk", l.t("Aandeel patiënten in opslagwijk", "Share of patients in deprived areas"), p.shareOpslagwijkPct() / 100, Kind.PERCENT, "%");
        choice(l.t("Methode ruimtebehoefte", "Space method"), p.spaceMethod().name());
        choice(l.t("Opleidingspraktijk", "Training practice"), yesNo(p.trainingPractice()));
        input("i_lowSes", l.t("Extra ruimte lage-SES-populatie", "Extra space for a low-SES population"), p.lowSesUpliftPct() / 100, Kind.PERCENT, "%");
        input("i_efficiency", l.t("Minder ruimte door werkwijze", "Less space thanks to the way of working"), p.efficiencyGainPct() / 100, Kind.PERCENT, "%");

        var s = c.staffing();
        section(l.t("Team", "Team"));
        input("i_gpFte", l.t("Huisartsen (fte)", "GPs (FTE)"), s.gpFte(), Kind.NUMBER, "fte");
        input("i_pohSFte", "POH-S (fte)", s.pohSomaticFte(), Kind.NUMBER, "fte");
        input("i_pohGgzFte", "POH-GGZ (fte)", s.pohMentalFte(), Kind.NUMBER, "fte");
        input("i_paFte", l.t("Physician assistant (fte)", "Physician assistant (FTE)"), s.physicianAssistantFte(), Kind.NUMBER, "fte");
        input("i_aios", l.t("Aios (aantal)", "GP trainees (count)"), s.aiosCount(), Kind.NUMBER, l.t("aantal", "count"));
        input("i_assistantFte", l.t("Assistentes (fte)", "Assistants (FTE)"), s.assistantFte(), Kind.NUMBER, "fte");

        var cur = c.currentPremises();
        section(l.t("Huidige huisvesting", "Current premises"));
        input("i_curArea", l.t("Oppervlakte", "Floor area"), cur.areaM2(), Kind.NUMBER, "m²");
        input("i_curRent", l.t("Huur per m² per jaar", "Rent per m² per year"), cur.rentPerM2(), Kind.EURO, "€/m²");
        input("i_curService", l.t("Servicekosten per m² per jaar", "Service costs per m² per year"), cur.serviceCostsPerM2(), Kind.EURO, "€/m²");

        var gr = c.growth();
        section(l.t("Groei", "Growth"));
        input("i_growth", l.t("Bevolkingsgroei gemeente per jaar", "Municipal population growth per year"), gr.municipalGrowthPct() / 100, Kind.PERCENT, "%");
        input("i_dwellings", l.t("Nieuwe woningen per jaar", "New dwellings per year"), gr.newDwellingsPerYear(), Kind.NUMBER, l.t("woningen", "dwellings"));
        input("i_dwellingYears", l.t("Jaren met nieuwe woningen", "Years with new dwellings"), gr.dwellingYears(), Kind.NUMBER, l.t("jaren", "years"));
        input("i_capture", l.t("Aandeel nieuwe bewoners dat zich inschrijft", "Share of new residents who register"), gr.captureSharePct() / 100, Kind.PERCENT, "%");
        input("i_leavers", l.t("Vertrekkers per jaar", "Leavers per year"), gr.leaversPerYear(), Kind.NUMBER, l.t("patiënten", "patients"));
        choice(l.t("Begrenzen op capaciteit huisartsen", "Cap at GP capacity"), yesNo(gr.capAtCapacity()));

        var in = c.income();
        section(l.t("Opbrengsten en kosten", "Revenue and costs"));
        choice(l.t("Methode opbrengsten", "Revenue method"), in.method().name());
        input("i_accountsRevenue", l.t("Omzet jaar 1 volgens jaarrekening", "Year-1 revenue from the accounts"), in.accountsRevenue(), Kind.EURO, "€");
        input("i_otherRevenue", l.t("Overige opbrengsten per patiënt per jaar", "Other revenue per patient per year"), in.otherRevenuePerPatient(), Kind.EURO, "€");
        input("i_tariffChange", l.t("Verwachte wijziging huisvestingsdeel tarief", "Expected change of the tariffs' housing part"), in.tariffHousingChangePct() / 100, Kind.PERCENT, "%");
        input("i_tariffChangeFrom", l.t("Tariefwijziging vanaf jaar", "Tariff change from year"), in.tariffChangeFromYear(), Kind.YEAR, l.t("jaar", "year"));
        input("i_otherCosts", l.t("Overige praktijkkosten jaar 1", "Other practice costs year 1"), c.costs().otherCostsYear1(), Kind.EURO, "€");
        input("i_holders", l.t("Praktijkhouders", "Practice holders"), c.privateFinances().practiceHolders(), Kind.NUMBER, l.t("aantal", "count"));
        input("i_drawingsPerHolder", l.t("Privé-onttrekking per praktijkhouder jaar 1", "Private drawings per holder year 1"), c.privateFinances().drawingsPerHolder(), Kind.EURO, "€");

        var f = c.financing();
        section(l.t("Financiering", "Financing"));
        choice(l.t("Aflossingsvorm", "Repayment"), f.repayment().name());
        input("i_balloon", l.t("Slottermijn (deel van de lening)", "Balloon (share of the loan)"), f.balloonPct() / 100, Kind.PERCENT, "%");
        input("i_equity", l.t("Beschikbaar eigen vermogen", "Equity available"), f.equityAvailable(), Kind.EURO, "€");
        choice(l.t("BMKB-borgstelling", "BMKB guarantee"), yesNo(f.useBmkb()));
        choice(l.t("Starter", "Starter"), yesNo(f.starter()));

        for (int i = 0; i < c.options().size(); i++) {
            option(i + 1, c.options().get(i));
        }

        section(l.t("Aannames (standaard, met bron)", "Assumptions (defaults, with source)"));
        for (Assumption as : assumptions.catalogue().all()) {
            boolean pct = as.unit().isPercent();
            double v = assumptions.value(as.key());
            String source = as.source() + (assumptions.isOverridden(as.key())
                    ? l.t(" — in deze casus aangepast (standaard " + as.value() + ")", " — changed in this case (default " + as.value() + ")")
                    : "");
            named(a(as.key()), as.label(l.dutch()), pct ? v / 100 : v, pct ? Kind.PERCENT : Kind.NUMBER,
                    pct ? "%" : as.unit().name(), source, as.confidence().name());
        }

        g.widths(58, 16, 12, 90, 16, 30);
        g.sheet.createFreezePane(0, 4);
    }

    private void option(int i, HousingOption o) {
        section(l.t("Optie ", "Option ") + i + ": " + o.name());
        choice(l.t("Soort", "Type"), o.type().name());
        input(o(i, "area"), l.t("Oppervlakte", "Floor area"), o.areaM2(), Kind.NUMBER, "m²");
        if (o.type() == OptionType.RENT) {
            input(o(i, "rent"), l.t("Huur per m² per jaar", "Rent per m² per year"), o.rentPerM2(), Kind.EURO, "€/m²");
        }
        input(o(i, "service"), l.t("Servicekosten per m² per jaar", "Service costs per m² per year"), o.serviceCostsPerM2(), Kind.EURO, "€/m²");
        input(o(i, "tenantFitOut"), l.t("Inrichting door huurder", "Tenant's fit-out"), o.tenantFitOut(), Kind.EURO, "€");
        choice(l.t("Bedragen werken inclusief btw", "Works amounts include VAT"), yesNo(o.worksIncludeVat()));
        if (o.type().owned()) {
            input(o(i, "price"), l.t("Koopsom", "Purchase price"), o.purchasePrice(), Kind.EURO, "€");
            choice(l.t("Belasting bij verwerving", "Tax on acquisition"), o.purchaseTax().name());
            input(o(i, "land"), l.t("Grond", "Land"), o.landCost(), Kind.EURO, "€");
            input(o(i, "construction"), l.t("Bouwkosten", "Construction"), o.constructionCost(), Kind.EURO, "€");
            input(o(i, "medical"), l.t("Medisch-specifieke voorzieningen", "Medical-specific extras"), o.medicalExtras(), Kind.EURO, "€");
            input(o(i, "renovation"), l.t("Verbouwing", "Renovation"), o.renovationCost(), Kind.EURO, "€");
            input(o(i, "fitOut"), l.t("Inrichting", "Fit-out"), o.fitOutCost(), Kind.EURO, "€");
            input(o(i, "buyerCosts"), l.t("Kosten koper: notaris, taxatie, advies", "Buyer's costs: notary, valuation, advice"), o.buyerCosts(), Kind.EURO, "€");
            input(o(i, "constructionFinancing"), l.t("Financieringskosten tijdens de bouw", "Financing costs during construction"), o.constructionFinancingCosts(), Kind.EURO, "€");
            choice(l.t("Waarderingsmethode", "Valuation method"), o.valuation().method().name());
            input(o(i, "marketRent"), l.t("Markthuur per m² per jaar", "Market rent per m² per year"), o.valuation().marketRentPerM2(), Kind.EURO, "€/m²");
            input(o(i, "yield"), l.t("Aanvangsrendement (0 = aanname)", "Initial yield (0 = assumption)"), o.valuation().yieldPct() / 100, Kind.PERCENT, "%");
            input(o(i, "appraisal"), l.t("Taxatiewaarde", "Appraised value"), o.valuation().appraisedValue(), Kind.EURO, "€");
            input(o(i, "maintenance"), l.t("Onderhoud per jaar (deel van bouwkosten)", "Maintenance per year (share of building cost)"), o.maintenancePct() / 100, Kind.PERCENT, "%");
            input(o(i, "propertyTax"), l.t("OZB en verzekering per m² per jaar", "Property tax and insurance per m² per year"), o.propertyTaxInsurancePerM2(), Kind.EURO, "€/m²");
        }
        input(o(i, "insurer"), l.t("Bijdrage zorgverzekeraar (maatwerk)", "Insurer contribution (maatwerk)"), o.contributions().insurer(), Kind.EURO, "€");
        input(o(i, "municipality"), l.t("Bijdrage gemeente", "Municipality contribution"), o.contributions().municipality(), Kind.EURO, "€");
        input(o(i, "otherContribution"), l.t("Overige bijdragen", "Other contributions"), o.contributions().other(), Kind.EURO, "€");
    }

    private String yesNo(boolean b) {
        return b ? l.t("ja", "yes") : l.t("nee", "no");
    }

    private void section(String title) {
        row++;
        g.text(row++, 0, title, g.styles.header);
    }

    private void choice(String label, String value) {
        g.text(row, 0, label);
        g.text(row, 1, value);
        g.text(row, 3, l.t("Casusbestand (keuze; bepaalt de opbouw van de formules)", "Case file (choice; shapes the formulas)"));
        row++;
    }

    private void input(String name, String label, double value, Kind kind, String unit) {
        named(name, label, value, kind, unit, l.t("Casusbestand", "Case file"), l.t("invoer", "input"));
    }

    private void named(String name, String label, double value, Kind kind, String unit, String source, String confidence) {
        CellStyle style = switch (kind) {
            case EURO -> g.styles.inputEuro;
            case PERCENT -> g.styles.inputPercent;
            case NUMBER -> g.styles.inputNumber;
            case YEAR -> g.styles.inputYear;
        };
        g.text(row, 0, label);
        g.value(row, 1, value, style);
        g.text(row, 2, unit);
        g.text(row, 3, source);
        g.text(row, 4, confidence);
        g.text(row, 5, name);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(g.ref(row, 1));
        row++;
    }
}
