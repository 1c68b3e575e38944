package nl.praktijkplan.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.LoanCapacity;
import nl.praktijkplan.domain.calc.LoanParts;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.ExistingDebt;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.Holder;
import nl.praktijkplan.domain.input.Segment3Arrangement;
import nl.praktijkplan.domain.input.TaxBasis;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LoanPart;
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
    private final Names names;
    private int row;
    private final List<Runnable> pendingFormulas = new ArrayList<>();

    InputSheet(Grid grid, XSSFWorkbook wb, Lang lang) {
        this.g = grid;
        this.wb = wb;
        this.l = lang;
        this.names = new Names(lang);
    }

    /**
     * The stress switch ("Stresstoets op het afgesproken plan"): shocks that reproduce the engine's stress scenarios
     * (StressTest) live, each 0 by default, and whether the option's agreed plan (loan, loan parts drawn, equity, BMKB) is held.
     */
    static final String S_RATE = "s_rateUp", S_COST = "s_costUp", S_GROWTH = "s_growthChange", S_RENT = "s_rentUp",
            S_MARKET_RENT = "s_marketRentChange", S_REFINANCE = "s_refinanceUp", S_HOLD = "s_holdPlan";
    /**
     * The shocks the tornado's drivers need besides those above (Driver.apply): the rent level of the options (contract
     * rent of a rent option, market rent of an owned one; the current premises keep theirs), the rent indexation, the
     * initial yield (BAR/NAR), the tariffs' housing change and the discount rate.
     */
    static final String S_RENT_LEVEL = "s_rentLevelChange", S_RENT_INDEX = "s_rentIndexChange", S_YIELD = "s_yieldChange",
            S_TARIFF = "s_tariffChange", S_DISCOUNT = "s_discountChange";
    /** The rates the loan is computed with: the assumption plus its shock. */
    static final String LOAN_RATE = "s_loanRate", REFINANCE_RATE = "s_refinanceRate";

    /** The name of an agreed-plan value of option {@code index} (1-based): o1_planLoan, o1_planPart1 (drawn), … */
    static String plan(int index, String field) {
        return o(index, "plan" + field);
    }

    /** The word the switch holds when the agreed plan is held. */
    static String holdWord(Lang l) {
        return l.t("ja", "yes");
    }

    /** The name of an assumption's cell. */
    static String a(String key) {
        return "a_" + key.replace('.', '_');
    }

    /** The name of an input of option {@code index} (1-based). */
    static String o(int index, String field) {
        return "o" + index + "_" + field;
    }

    /** @param agreed the engine's base result of each option of the case: the plan the bank agreed */
    void write(BusinessCase c, Assumptions assumptions, List<OptionResult> agreed) {
        g.text(0, 0, l.t("Invoer en aannames", "Inputs and assumptions"), g.styles.title);
        g.text(1, 0, l.t("Gele cellen zijn invoer: wijzig ze en de hele business case rekent mee.",
                "Yellow cells are inputs: change them and the whole business case recalculates."));
        String[] head = {l.t("Omschrijving", "Description"), l.t("Waarde", "Value"), l.t("Eenheid", "Unit"),
                l.t("Bron", "Source"), l.t("Betrouwbaarheid", "Confidence"), l.t("Naam", "Name"),
                l.t("In de rekening (met stresstoets)", "Used (with stress test)")};
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
        input("i_ageU65", l.t("Patiënten jonger dan 65", "Patients under 65"), p.ageMix().under65Pct() / 100, Kind.PERCENT, "%");
        input("i_age65", l.t("Patiënten 65–74 jaar", "Patients aged 65–74"), p.ageMix().age65to74Pct() / 100, Kind.PERCENT, "%");
        input("i_age75", l.t("Patiënten 75–84 jaar", "Patients aged 75–84"), p.ageMix().age75to84Pct() / 100, Kind.PERCENT, "%");
        input("i_age85", l.t("Patiënten 85 jaar en ouder", "Patients aged 85+"), p.ageMix().age85plusPct() / 100, Kind.PERCENT, "%");
        input("i_opslagwijk", l.t("Aandeel patiënten in opslagwijk", "Share of patients in deprived areas"), p.shareOpslagwijkPct() / 100, Kind.PERCENT, "%");
        choice(l.t("Methode ruimtebehoefte", "Space method"), names.of(p.spaceMethod()));
        choice(l.t("Opleidingspraktijk", "Training practice"), yesNo(p.trainingPractice()));
        input("i_lowSes", l.t("Extra ruimte lage-SES-populatie", "Extra space for a low-SES population"), p.lowSesUpliftPct() / 100, Kind.PERCENT, "%");
        input("i_efficiency", l.t("Minder ruimte door werkwijze", "Less space thanks to the way of working"), p.efficiencyGainPct() / 100, Kind.PERCENT, "%");

        section(l.t("Praktijkhouders en rechtsvorm", "Practice holders and legal form"));
        choice(l.t("Rechtsvorm", "Legal form"), names.of(p.legalForm()));
        choice(l.t("Zelfstandigenaftrek (urencriterium)", "Self-employed deduction (hours criterion)"), yesNo(p.selfEmployedDeduction()));
        StringBuilder holdersFte = new StringBuilder("0");
        for (int k = 1; k <= p.holders().size(); k++) {
            Holder h = p.holders().get(k - 1);
            String who = h.name().isBlank() ? l.t("Praktijkhouder ", "Holder ") + k : h.name();
            input(holder(k, "share"), who + l.t(": winstaandeel", ": profit share"), h.profitSharePct() / 100, Kind.PERCENT, "%");
            input(holder(k, "fte"), who + l.t(": eigen fte huisarts", ": own GP FTE"), h.gpFte(), Kind.NUMBER, "fte");
            input(holder(k, "salary"), who + l.t(": salaris DGA (BV)", ": director's salary (BV)"), h.directorSalary(), Kind.EURO, "€");
            holdersFte.append('+').append(holder(k, "fte"));
        }

        var s = c.staffing();
        section(l.t("Team", "Team"));
        input("i_employedGpFte", l.t("Huisartsen in loondienst (fte)", "Employed GPs (FTE)"), s.employedGpFte(), Kind.NUMBER, "fte");
        derived("i_gpFte", l.t("Huisartsen totaal nu (fte): praktijkhouders en loondienst", "GPs now in total (FTE): holders and employed"),
                holdersFte + "+i_employedGpFte", "fte");
        input("i_pohSFte", "POH-S (fte)", s.pohSomaticFte(), Kind.NUMBER, "fte");
        input("i_pohGgzFte", "POH-GGZ (fte)", s.pohMentalFte(), Kind.NUMBER, "fte");
        input("i_paFte", l.t("Physician assistant (fte)", "Physician assistant (FTE)"), s.physicianAssistantFte(), Kind.NUMBER, "fte");
        input("i_aios", l.t("Aios (aantal)", "GP trainees (count)"), s.aiosCount(), Kind.NUMBER, l.t("aantal", "count"));
        input("i_assistantFte", l.t("Assistentes (fte)", "Assistants (FTE)"), s.assistantFte(), Kind.NUMBER, "fte");

        var cur = c.currentPremises();
        section(l.t("Huidige huisvesting", "Current premises"));
        input("i_curArea", l.t("Oppervlakte", "Floor area"), cur.areaM2(), Kind.NUMBER, "m²");
        input("i_curRent", l.t("Huur per m² per jaar", "Rent per m² per year"), cur.rentPerM2(), Kind.EURO, "€/m²");
        stressed("i_curRent", "*(1+" + S_RENT + ")", g.styles.euro);
        input("i_curService", l.t("Servicekosten per m² per jaar", "Service costs per m² per year"), cur.serviceCostsPerM2(), Kind.EURO, "€/m²");

        var gr = c.growth();
        section(l.t("Groei", "Growth"));
        input("i_growth", l.t("Bevolkingsgroei gemeente per jaar", "Municipal population growth per year"), gr.municipalGrowthPct() / 100, Kind.PERCENT, "%");
        stressed("i_growth", "+" + S_GROWTH, g.styles.percent);
        input("i_dwellings", l.t("Nieuwe woningen per jaar", "New dwellings per year"), gr.newDwellingsPerYear(), Kind.NUMBER, l.t("woningen", "dwellings"));
        input("i_dwellingYears", l.t("Jaren met nieuwe woningen", "Years with new dwellings"), gr.dwellingYears(), Kind.NUMBER, l.t("jaren", "years"));
        input("i_capture", l.t("Aandeel nieuwe bewoners dat zich inschrijft", "Share of new residents who register"), gr.captureSharePct() / 100, Kind.PERCENT, "%");
        input("i_leavers", l.t("Vertrekkers per jaar", "Leavers per year"), gr.leaversPerYear(), Kind.NUMBER, l.t("patiënten", "patients"));
        input("i_inflow", l.t("Instroom van elders per jaar (zonder huisarts, fusie)", "Inflow from elsewhere per year (without a GP, merger)"),
                gr.inflowPerYear(), Kind.NUMBER, l.t("patiënten", "patients"));
        input("i_inflowYears", l.t("Jaren met instroom", "Years with inflow"), gr.inflowYears(), Kind.NUMBER, l.t("jaren", "years"));
        choice(l.t("Begrenzen op capaciteit huisartsen", "Cap at GP capacity"), yesNo(gr.capAtCapacity()));

        var in = c.income();
        section(l.t("Opbrengsten en kosten", "Revenue and costs"));
        choice(l.t("Methode opbrengsten", "Revenue method"), names.of(in.method()));
        input("i_accountsRevenue", l.t("Omzet jaar 1 volgens jaarrekening", "Year-1 revenue from the accounts"), in.accountsRevenue(), Kind.EURO, "€");
        input("i_otherRevenue", l.t("Overige opbrengsten per patiënt per jaar", "Other revenue per patient per year"), in.otherRevenuePerPatient(), Kind.EURO, "€");
        input("i_tariffChange", l.t("Verwachte wijziging huisvestingsdeel tarief", "Expected change of the tariffs' housing part"), in.tariffHousingChangePct() / 100, Kind.PERCENT, "%");
        stressed("i_tariffChange", "+" + S_TARIFF, g.styles.percent);
        input("i_tariffChangeFrom", l.t("Tariefwijziging vanaf jaar", "Tariff change from year"), in.tariffChangeFromYear(), Kind.YEAR, l.t("jaar", "year"));
        input("i_backPayment", l.t("Nabetaling herberekening (in dat jaar)", "Back-payment of the recalculation (in that year)"), in.tariffBackPayment(), Kind.EURO, "€");
        choice(l.t("POH-GGZ-module (praktijk levert POH-GGZ)", "POH-GGZ module (practice provides mental-health nurse care)"), yesNo(in.pohGgz()));
        choice(l.t("MTVP-module", "MTVP module"), yesNo(in.mtvp()));
        if (in.gpConsultsPerPatient() != null) {
            input("i_gpConsults", l.t("Huisartsconsulten per patiënt per jaar", "GP consults per patient per year"), in.gpConsultsPerPatient(), Kind.NUMBER, l.t("consulten", "consults"));
        } else {
            derived("i_gpConsults", l.t("Huisartsconsulten per patiënt per jaar (aanname)", "GP consults per patient per year (assumption)"),
                    a(AssumptionKeys.GP_CONSULTS_PER_PATIENT), l.t("consulten", "consults"));
        }
        for (int k = 1; k <= in.segment3().size(); k++) {
            Segment3Arrangement a3 = in.segment3().get(k - 1);
            input(segment3(k, "amount"), l.t("Segment 3: ", "Segment 3: ") + a3.name() + l.t(", per jaar", ", per year"), a3.amountPerYear(), Kind.EURO, "€");
            input(segment3(k, "start"), l.t("Segment 3: ", "Segment 3: ") + a3.name() + l.t(", vanaf jaar", ", from year"), a3.startYear(), Kind.YEAR, l.t("jaar", "year"));
            input(segment3(k, "years"), l.t("Segment 3: ", "Segment 3: ") + a3.name() + l.t(", aantal jaren", ", number of years"), a3.years(), Kind.NUMBER, l.t("jaren", "years"));
        }
        input("i_otherCosts", l.t("Overige praktijkkosten jaar 1", "Other practice costs year 1"), c.costs().otherCostsYear1(), Kind.EURO, "€");
        derived("i_holders", l.t("Aantal praktijkhouders", "Number of practice holders"), Integer.toString(p.holders().size()), l.t("aantal", "count"));
        input("i_drawingsPerHolder", l.t("Privé-onttrekking per praktijkhouder jaar 1", "Private drawings per holder year 1"), c.privateFinances().drawingsPerHolder(), Kind.EURO, "€");

        var f = c.financing();
        section(l.t("Financiering", "Financing"));
        choice(l.t("Aflossingsvorm", "Repayment"), names.of(f.repayment()));
        input("i_balloon", l.t("Slottermijn (deel van de lening)", "Balloon (share of the loan)"), f.balloonPct() / 100, Kind.PERCENT, "%");
        input("i_equity", l.t("Beschikbaar eigen vermogen", "Equity available"), f.equityAvailable(), Kind.EURO, "€");
        choice(l.t("BMKB-borgstelling", "BMKB guarantee"), yesNo(f.useBmkb()));
        choice(l.t("Starter", "Starter"), yesNo(f.starter()));
        existingDebts(f.existingDebts());

        for (int i = 0; i < c.options().size(); i++) {
            option(i + 1, c.options().get(i));
        }

        stressSwitch(c, agreed);

        section(l.t("Aannames (standaard, met bron)", "Assumptions (defaults, with source)"));
        for (Assumption as : assumptions.catalogue().all()) {
            boolean pct = as.unit().isPercent();
            double v = assumptions.value(as.key());
            String source = as.source() + (assumptions.isOverridden(as.key())
                    ? l.t(" — in deze casus aangepast (standaard " + as.value() + ")", " — changed in this case (default " + as.value() + ")")
                    : "");
            named(a(as.key()), as.label(l.dutch()), pct ? v / 100 : v, pct ? Kind.PERCENT : Kind.NUMBER,
                    pct ? "%" : names.of(as.unit()), source, names.of(as.confidence()));
            if (as.key().equals(AssumptionKeys.RENT_INDEX)) {
                stressed(a(as.key()), "+" + S_RENT_INDEX, g.styles.percent);
            } else if (as.key().equals(AssumptionKeys.DISCOUNT_RATE)) {
                stressed(a(as.key()), "+" + S_DISCOUNT, g.styles.percent);
            }
        }

        pendingFormulas.forEach(Runnable::run);
        g.widths(58, 16, 12, 90, 16, 30, 34);
        g.sheet.createFreezePane(0, 4);
    }

    private void option(int i, HousingOption o) {
        section(nl.praktijkplan.report.OptionLabels.named(o.name(), i - 1, l.dutch()));
        choice(l.t("Soort", "Type"), names.of(o.type()));
        input(o(i, "area"), l.t("Oppervlakte", "Floor area"), o.areaM2(), Kind.NUMBER, "m²");
        if (o.type() == OptionType.RENT) {
            input(o(i, "rent"), l.t("Huur per m² per jaar", "Rent per m² per year"), o.rentPerM2(), Kind.EURO, "€/m²");
            stressed(o(i, "rent"), "*(1+" + S_RENT + ")*(1+" + S_RENT_LEVEL + ")", g.styles.euro);
            input(o(i, "leaseYears"), l.t("Looptijd huurcontract (0 = onbekend); de inrichtingslening loopt niet langer",
                    "Term of the lease (0 = not known); the fit-out loan runs no longer"), o.leaseYears(), Kind.NUMBER,
                    l.t("jaar", "years"));
        }
        input(o(i, "service"), l.t("Servicekosten per m² per jaar", "Service costs per m² per year"), o.serviceCostsPerM2(), Kind.EURO, "€/m²");
        input(o(i, "tenantFitOut"), l.t("Inrichting door huurder", "Tenant's fit-out"), o.tenantFitOut(), Kind.EURO, "€");
        if (o.type() == OptionType.RENT) { // CaseVariations.withBuildCostScaled: a rent option's works are the tenant's
            stressed(o(i, "tenantFitOut"), "*(1+" + S_COST + ")", g.styles.euro);
        }
        choice(l.t("Bedragen werken inclusief btw", "Works amounts include VAT"), yesNo(o.worksIncludeVat()));
        if (o.type().owned()) {
            input(o(i, "price"), l.t("Koopsom", "Purchase price"), o.purchasePrice(), Kind.EURO, "€");
            stressed(o(i, "price"), "*(1+" + S_COST + ")", g.styles.euro);
            choice(l.t("Belasting bij verwerving", "Tax on acquisition"), names.of(o.purchaseTax()));
            input(o(i, "land"), l.t("Grond", "Land"), o.landCost(), Kind.EURO, "€");
            input(o(i, "construction"), l.t("Bouwkosten", "Construction"), o.constructionCost(), Kind.EURO, "€");
            stressed(o(i, "construction"), "*(1+" + S_COST + ")", g.styles.euro);
            input(o(i, "medical"), l.t("Medisch-specifieke voorzieningen", "Medical-specific extras"), o.medicalExtras(), Kind.EURO, "€");
            stressed(o(i, "medical"), "*(1+" + S_COST + ")", g.styles.euro);
            input(o(i, "renovation"), l.t("Verbouwing", "Renovation"), o.renovationCost(), Kind.EURO, "€");
            stressed(o(i, "renovation"), "*(1+" + S_COST + ")", g.styles.euro);
            input(o(i, "fitOut"), l.t("Inrichting", "Fit-out"), o.fitOutCost(), Kind.EURO, "€");
            stressed(o(i, "fitOut"), "*(1+" + S_COST + ")", g.styles.euro);
            input(o(i, "buyerCosts"), l.t("Kosten koper: notaris, taxatie, advies", "Buyer's costs: notary, valuation, advice"), o.buyerCosts(), Kind.EURO, "€");
            input(o(i, "constructionFinancing"), l.t("Financieringskosten tijdens de bouw", "Financing costs during construction"), o.constructionFinancingCosts(), Kind.EURO, "€");
            choice(l.t("Waarderingsmethode", "Valuation method"), names.of(o.valuation().method()));
            input(o(i, "marketRent"), l.t("Markthuur per m² per jaar", "Market rent per m² per year"), o.valuation().marketRentPerM2(), Kind.EURO, "€/m²");
            stressed(o(i, "marketRent"), "*(1+" + S_MARKET_RENT + ")*(1+" + S_RENT_LEVEL + ")", g.styles.euro);
            input(o(i, "yield"), l.t("Aanvangsrendement (0 = aanname)", "Initial yield (0 = assumption)"), o.valuation().yieldPct() / 100, Kind.PERCENT, "%");
            input(o(i, "appraisal"), l.t("Taxatiewaarde", "Appraised value"), o.valuation().appraisedValue(), Kind.EURO, "€");
            input(o(i, "maintenance"), l.t("Onderhoud per jaar (deel van bouwkosten)", "Maintenance per year (share of building cost)"), o.maintenancePct() / 100, Kind.PERCENT, "%");
            input(o(i, "propertyTax"), l.t("OZB en verzekering per m² per jaar", "Property tax and insurance per m² per year"), o.propertyTaxInsurancePerM2(), Kind.EURO, "€/m²");
            TaxBasis t = o.taxBasis();
            share(o(i, "landShare"), l.t("Aandeel grond in de koopsom", "Land share of the purchase price"), t.landSharePct(), AssumptionKeys.LAND_SHARE);
            input(o(i, "woz"), l.t("WOZ-waarde (0 = marktwaarde)", "WOZ value (0 = market value)"), t.wozValue(), Kind.EURO, "€");
            share(o(i, "shellShare"), l.t("Aandeel casco in de afschrijvingsbasis", "Shell share of the depreciable base"), t.shellPct(), AssumptionKeys.SHELL_SHARE);
            share(o(i, "installationsShare"), l.t("Aandeel installaties", "Installations share"), t.installationsPct(), AssumptionKeys.INSTALLATIONS_SHARE);
            share(o(i, "fitOutShare"), l.t("Aandeel inrichting", "Fit-out share"), t.fitOutPct(), AssumptionKeys.FIT_OUT_SHARE);
        }
        choice(l.t("Bijdragen belast als inkomen (anders verlagen ze de afschrijvingsbasis)", "Grants taxed as income (else they lower the depreciable base)"),
                yesNo(o.contributions().taxable()));
        input(o(i, "insurer"), l.t("Bijdrage zorgverzekeraar (maatwerk)", "Insurer contribution (maatwerk)"), o.contributions().insurer(), Kind.EURO, "€");
        input(o(i, "municipality"), l.t("Bijdrage gemeente", "Municipality contribution"), o.contributions().municipality(), Kind.EURO, "€");
        input(o(i, "otherContribution"), l.t("Overige bijdragen", "Other contributions"), o.contributions().other(), Kind.EURO, "€");
        for (int k = 1; k <= o.loanParts().size(); k++) {
            LoanPart p = o.loanParts().get(k - 1);
            String who = l.t("Leningdeel ", "Loan part ") + k + " (" + p.purpose().label(l.dutch()) + ")";
            input(part(i, k, "amount"), who + l.t(": bedrag", ": amount"), p.amount(), Kind.EURO, "€");
            input(part(i, k, "rate"), who + l.t(": rente per jaar", ": interest rate per year"), p.ratePct() / 100, Kind.PERCENT, "%");
            input(part(i, k, "term"), who + l.t(": looptijd", ": term"), p.termYears(), Kind.NUMBER, l.t("jaar", "years"));
            input(part(i, k, "fixed"), who + l.t(": rentevast (0 = hele looptijd)", ": fixed rate (0 = whole term)"), p.fixedYears(),
                    Kind.NUMBER, l.t("jaar", "years"));
            choice(who + l.t(": aflossingsvorm", ": repayment"), names.of(p.repayment()));
            input(part(i, k, "balloon"), who + l.t(": slottermijn", ": balloon"), p.balloonPct() / 100, Kind.PERCENT, "%");
        }
    }

    /** The name of loan part {@code k}'s (1-based) input of option {@code option}; with field "" the common prefix. */
    static String part(int option, int k, String field) {
        return "o" + option + "_p" + k + "_" + field;
    }

    /**
     * The practice's existing loans, each an editable block: balance, rate and remaining years as numbers, the repayment
     * and the refinancing as words from a list, so that the formulas can follow a change of either.
     */
    private void existingDebts(List<ExistingDebt> debts) {
        section(l.t("Bestaande leningen", "Existing loans"));
        if (debts.isEmpty()) {
            choice(l.t("Bestaande leningen", "Existing loans"), l.t("geen", "none"));
            return;
        }
        String[] repayments = {names.of(RepaymentType.ANNUITY), names.of(RepaymentType.LINEAR)};
        String[] answers = {yesNo(true), yesNo(false)};
        for (int k = 1; k <= debts.size(); k++) {
            ExistingDebt d = debts.get(k - 1);
            String who = debtLabel(k, d.lender(), l);
            textInput(debt(k, "lender"), who + l.t(": geldgever", ": lender"), d.lender(), null);
            input(debt(k, "balance"), who + l.t(": restschuld nu", ": balance now"), d.balance(), Kind.EURO, "€");
            input(debt(k, "rate"), who + l.t(": rente per jaar", ": interest rate per year"), d.ratePct() / 100, Kind.PERCENT, "%");
            input(debt(k, "years"), who + l.t(": resterende looptijd", ": remaining term"), d.remainingYears(), Kind.NUMBER,
                    l.t("jaar", "years"));
            textInput(debt(k, "repayment"), who + l.t(": aflossingsvorm", ": repayment"), names.of(d.repayment()), repayments);
            textInput(debt(k, "refinance"), who + l.t(": herfinancieren bij verhuizing (aflossen uit de nieuwe lening)",
                    ": refinance at the move (paid off from the new loan)"), yesNo(d.refinance()), answers);
        }
    }

    /**
     * The stress switch: shocks on the inputs where the engine's stress scenarios apply them (CaseVariations), the
     * rates they lead to, and the agreed plan per option as the engine's base result has it, held when the switch says
     * so (OptionCalculator.computeOnPlan): the bank lends the agreed loan, whatever the shocked case could carry.
     */
    private void stressSwitch(BusinessCase c, List<OptionResult> agreed) {
        section(l.t("Stresstoets op het afgesproken plan", "Stress test on the agreed plan"));
        g.text(row++, 0, l.t("Zet een schok en 'Afgesproken plan vasthouden' op ja om een regel van het blad Gevoeligheid na te rekenen; "
                + "alles op 0 en nee is de gewone business case. De invoer hierboven blijft staan; kolom G toont wat de rekening gebruikt.",
                "Set a shock and 'Hold the agreed plan' to yes to recompute a row of the Sensitivity sheet; everything at 0 and no is "
                        + "the ordinary business case. The inputs above stay as they are; column G shows what the calculation uses."));
        String pp = l.t("procentpunt", "percentage point");
        String source = l.t("Stresstoets (0 = geen schok)", "Stress test (0 = no shock)");
        String kind = l.t("invoer", "input");
        named(S_RATE, l.t("Rente in de rentevaste periode: verhoging", "Rate in the fixed-rate period: increase"), 0, Kind.PERCENT, pp, source, kind);
        named(S_COST, l.t("Bouwkosten en koopprijs: verhoging (huurpand: inrichting)", "Building cost and purchase price: increase (rented: fit-out)"),
                0, Kind.PERCENT, "%", source, kind);
        named(S_GROWTH, l.t("Bevolkingsgroei gemeente: verandering", "Municipal population growth: change"), 0, Kind.PERCENT, pp, source, kind);
        named(S_RENT, l.t("Contracthuur (huuropties en huidige huisvesting): verandering", "Contract rents (rent options and current premises): change"),
                0, Kind.PERCENT, "%", source, kind);
        named(S_MARKET_RENT, l.t("Markthuur achter de waardering (koopopties): verandering", "Market rent behind the valuation (owned options): change"),
                0, Kind.PERCENT, "%", source, kind);
        named(S_REFINANCE, l.t("Rente na de rentevaste periode (herfinanciering): verhoging", "Rate after the fixed-rate period (refinancing): increase"),
                0, Kind.PERCENT, pp, source, kind);
        named(S_RENT_LEVEL, l.t("Huurniveau per m² van de opties (huuroptie: contracthuur; koopoptie: markthuur): verandering",
                "Rent level per m² of the options (rent option: contract rent; owned option: market rent): change"), 0, Kind.PERCENT, "%", source, kind);
        named(S_RENT_INDEX, l.t("Huurindexatie per jaar: verandering", "Rent indexation per year: change"), 0, Kind.PERCENT, pp, source, kind);
        named(S_YIELD, l.t("Aanvangsrendement (BAR/NAR) van de koopopties: verandering", "Initial yield (BAR/NAR) of the owned options: change"),
                0, Kind.PERCENT, pp, source, kind);
        named(S_TARIFF, l.t("Wijziging huisvestingsdeel tarief: verandering", "Change of the tariffs' housing part: change"), 0, Kind.PERCENT, pp,
                source, kind);
        named(S_DISCOUNT, l.t("Disconteringsvoet: verandering", "Discount rate: change"), 0, Kind.PERCENT, pp, source, kind);
        derived(LOAN_RATE, l.t("Rente in de rentevaste periode in de rekening", "Rate in the fixed-rate period used"),
                a(AssumptionKeys.LOAN_RATE) + "+" + S_RATE, "%", g.styles.percent);
        derived(REFINANCE_RATE, l.t("Rente na de rentevaste periode in de rekening", "Rate after the fixed-rate period used"),
                a(AssumptionKeys.REFINANCE_RATE) + "+" + S_REFINANCE, "%", g.styles.percent);
        textInput(S_HOLD, l.t("Afgesproken plan vasthouden (lening, leningdelen, eigen geld en BMKB hieronder)",
                "Hold the agreed plan (loan, loan parts, own money and BMKB below)"), yesNo(false), new String[] {yesNo(true), yesNo(false)},
                l.t("Stresstoets", "Stress test"));
        String bank = l.t("Afgesproken plan: uitkomst van het rekenmodel in het basisscenario (wat de bank afsprak)",
                "Agreed plan: the engine's result in the base case (what the bank agreed)");
        for (int i = 1; i <= agreed.size(); i++) {
            LoanCapacity f = agreed.get(i - 1).financing();
            String who = nl.praktijkplan.report.OptionLabels.named(c.options().get(i - 1).name(), i - 1, l.dutch()) + ": ";
            named(plan(i, "Loan"), who + l.t("afgesproken lening", "agreed loan"), f.loan(), Kind.EURO, "€", bank, kind);
            named(plan(i, "Equity"), who + l.t("afgesproken eigen geld", "agreed own money"), c.financing().equityAvailable(), Kind.EURO, "€", bank, kind);
            named(plan(i, "Guaranteed"), who + l.t("afgesproken BMKB-geborgd deel", "agreed BMKB guaranteed part"), f.bmkbGuaranteed(), Kind.EURO, "€", bank, kind);
            named(plan(i, "Fee"), who + l.t("afgesproken BMKB-provisie", "agreed BMKB fee"), f.bmkbFee(), Kind.EURO, "€", bank, kind);
            // Every part of the option has its drawn amount; staying draws none (LoanParts.NONE).
            List<LoanParts.Drawn> drawn = agreed.get(i - 1).loanParts().drawn();
            for (int k = 1; k <= c.options().get(i - 1).loanParts().size(); k++) {
                named(plan(i, "Part" + k), who + l.t("afgesproken leningdeel " + k + " (opgenomen)", "agreed loan part " + k + " (drawn)"),
                        k <= drawn.size() ? drawn.get(k - 1).amount() : 0, Kind.EURO, "€", bank, kind);
            }
        }
    }

    /**
     * The input just written takes a shock: its yellow cell keeps the user's value, and its name moves to column G, which
     * holds that value with {@code shock} applied (e.g. "*(1+s_costUp)"), so every formula reading the name follows.
     */
    private void stressed(String name, String shock, CellStyle style) {
        int r = row - 1;
        pendingFormulas.add(() -> g.formula(r, 6, Grid.local(r, 1) + shock, style));
        wb.getName(name).setRefersToFormula(g.ref(r, 6));
    }

    /** "Lening 1 (Rabobank)": how the workbook calls existing loan {@code k} (1-based). */
    static String debtLabel(int k, String lender, Lang l) {
        return l.t("Lening ", "Loan ") + k + (lender == null || lender.isBlank() ? "" : " (" + lender + ")");
    }

    /** The name of existing loan {@code k}'s (1-based) input. */
    static String debt(int k, String field) {
        return "i_debt" + k + "_" + field;
    }

    /** The name of holder {@code k}'s (1-based) input. */
    static String holder(int k, String field) {
        return "i_h" + k + "_" + field;
    }

    /** The name of segment-3 arrangement {@code k}'s (1-based) input. */
    static String segment3(int k, String field) {
        return "i_s3_" + k + "_" + field;
    }

    /** A share the case may leave to the catalogue: its own value as input, else a formula on the assumption. */
    private void share(String name, String label, Double own, String assumptionKey) {
        if (own != null) {
            input(name, label, own / 100, Kind.PERCENT, "%");
        } else {
            derived(name, label + l.t(" (aanname)", " (assumption)"), a(assumptionKey), "%", g.styles.percent);
        }
    }

    /** A named cell that holds a formula over other inputs, not an input itself. */
    private void derived(String name, String label, String formula, String unit) {
        derived(name, label, formula, unit, g.styles.number);
    }

    /**
     * POI resolves names while parsing a formula, and the assumptions ({@code a_…}) are named at the end of the sheet:
     * a derived cell gets its formula once every input has its name.
     */
    private void derived(String name, String label, String formula, String unit, CellStyle style) {
        g.text(row, 0, label);
        int r = row;
        pendingFormulas.add(() -> g.formula(r, 1, formula, style));
        g.text(row, 2, unit);
        g.text(row, 3, l.t("Afgeleid", "Derived"));
        g.text(row, 5, name);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(g.ref(row, 1));
        row++;
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

    /**
     * A named input that holds a word; with {@code allowed}, a list to pick from, so that a formula comparing the word
     * (="lineair") never meets a spelling it does not know.
     */
    private void textInput(String name, String label, String value, String[] allowed) {
        textInput(name, label, value, allowed, l.t("Casusbestand", "Case file"));
    }

    private void textInput(String name, String label, String value, String[] allowed, String source) {
        g.text(row, 0, label);
        g.text(row, 1, value, g.styles.inputText);
        g.text(row, 3, allowed == null ? source
                : source + l.t(" (kies uit de lijst: ", " (pick from the list: ") + String.join(" / ", allowed) + ")");
        g.text(row, 4, l.t("invoer", "input"));
        g.text(row, 5, name);
        if (allowed != null) {
            var helper = g.sheet.getDataValidationHelper();
            var validation = helper.createValidation(helper.createExplicitListConstraint(allowed),
                    new CellRangeAddressList(row, row, 1, 1));
            validation.setShowErrorBox(true);
            g.sheet.addValidationData(validation);
        }
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(g.ref(row, 1));
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
