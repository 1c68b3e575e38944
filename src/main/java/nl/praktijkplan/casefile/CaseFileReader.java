package nl.praktijkplan.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.*;

/**
 * Reads and validates a case file. Never throws for bad content: every problem comes back with its
 * field path and a Dutch and English message.
 */
public final class CaseFileReader {

    private static final double MONEY = 1e10;
    private static final int MAX_HOLDERS = 20;
    private static final int MAX_ARRANGEMENTS = 20;
    private static final int MAX_DEBTS = 20;
    private static final double MIN_GP_FTE = 0.1;
    /** Shares that must add up to 100% may be off by rounding in a hand-made file. */
    private static final double SUM_TOLERANCE_PCT = 0.01;

    private final AssumptionCatalogue catalogue;

    public CaseFileReader() {
        this(AssumptionCatalogue.standard());
    }

    public CaseFileReader(AssumptionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ReadResult read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return fail("", "bestand niet gevonden: " + file, "file not found: " + file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            return fail("", "bestand niet gevonden: " + file, "file not found: " + file);
        } catch (IOException e) {
            return fail("", "het bestand kan niet worden gelezen (" + e.getMessage() + ")",
                    "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads at most 5 MB + 1 byte: a larger input (a file, a library import) is refused before parsing. */
    public ReadResult read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) CaseFormat.MAX_FILE_BYTES + 1);
        if (bytes.length > CaseFormat.MAX_FILE_BYTES) {
            return fail("", "het bestand is groter dan 5 MB en is geen Praktijkplan-casus",
                    "the file is larger than 5 MB and is not a Praktijkplan case");
        }
        JsonNode root;
        try {
            root = JsonTrees.parse(bytes);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamReadException s && s.getOriginalMessage().startsWith("Duplicate field")) {
                return duplicate(s);
            }
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (regel " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
            String whereEn = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return fail("", "geen geldige JSON" + where + ": het bestand is beschadigd of onvolledig",
                    "not valid JSON" + whereEn + ": the file is damaged or incomplete");
        }
        return read(root);
    }

    /** Validates a JSON tree (the UI validates its edits through this too). */
    public ReadResult read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return fail("", "het bestand bevat geen Praktijkplan-casus", "the file does not contain a Praktijkplan case");
        }
        JsonNode version = root.get(CaseFormat.VERSION_FIELD);
        if (version == null || !version.isNumber()) {
            return fail(CaseFormat.VERSION_FIELD, "ontbreekt: dit is geen Praktijkplan-casus",
                    "is missing: this is not a Praktijkplan case");
        }
        if (!version.canConvertToExactIntegral()) {
            return fail(CaseFormat.VERSION_FIELD, "moet een geheel getal zijn", "must be a whole number");
        }
        // Compared exactly: 4294967297 is not version 1 (asInt() would wrap it).
        BigDecimal number = version.decimalValue();
        String shown = number.stripTrailingZeros().toPlainString();
        if (number.compareTo(BigDecimal.valueOf(CaseFormat.CURRENT_VERSION)) > 0) {
            return fail(CaseFormat.VERSION_FIELD,
                    "versie " + shown + " is gemaakt met een nieuwere Praktijkplan; werk het programma bij",
                    "version " + shown + " was made by a newer Praktijkplan; please update the application");
        }
        if (number.compareTo(BigDecimal.ONE) < 0) {
            return fail(CaseFormat.VERSION_FIELD, "onbekende versie " + shown, "unknown version " + shown);
        }
        if (number.compareTo(BigDecimal.ONE) == 0 && root instanceof ObjectNode v1) {
            VersionOneMigration migration = new VersionOneMigration(catalogue);
            ReadResult r = read(migration.migrate(v1));
            List<Problem> notices = new ArrayList<>(migration.notices());
            notices.addAll(r.notices());
            return new ReadResult(r.businessCase(), r.problems(), notices);
        }
        List<Problem> problems = new ArrayList<>();
        InvalidText.check(root, "", problems);
        BusinessCase c = readCase(new Fields(problems, root, ""));
        return new ReadResult(problems.isEmpty() ? c : null, problems);
    }

    /** A key given twice is ambiguous (which one counts?): refused, with the key's path. */
    private static ReadResult duplicate(StreamReadException e) {
        String path = e.getProcessor() == null ? "" : JsonPath.of(e.getProcessor().getParsingContext());
        return fail(path, "staat twee keer in het bestand; laat er één staan",
                "occurs twice in the file; keep only one");
    }

    private static ReadResult fail(String path, String nl, String en) {
        return new ReadResult(null, List.of(new Problem(path, nl, en)));
    }

    private BusinessCase readCase(Fields f) {
        String caseName = f.text("caseName", true, 200);
        Practice practice = practice(f.object("practice"));
        Staffing staffing = staffing(f.object("staffing"));
        Fields cp = f.object("currentPremises");
        CurrentPremises current = new CurrentPremises(cp.number("areaM2", 0, 100_000),
                cp.number("rentPerM2", 0, 10_000), cp.number("serviceCostsPerM2", 0, 10_000, 0.0));
        Growth growth = growth(f.object("growth"));
        if (practice.holdersGpFte() + staffing.employedGpFte() < MIN_GP_FTE) {
            f.problem("staffing.employedGpFte", "de praktijkhouders en de huisartsen in loondienst werken samen minder dan "
                    + "0,1 fte: vul hun fte in", "the holders and the employed GPs work less than 0.1 FTE together: enter their FTE");
        }
        Income income = income(f.object("income"), practice);
        OperatingCosts costs = new OperatingCosts(f.object("costs").number("otherCostsYear1", 0, MONEY));
        PrivateFinances privateFinances = new PrivateFinances(
                f.optionalObject("privateFinances").number("drawingsPerHolder", 0, 10_000_000, 0.0));
        Financing financing = financing(f.object("financing"));
        List<HousingOption> options = options(f);
        int preferred = f.integer("preferredOption", 0, Math.max(0, options.size() - 1), 0);
        RegionContext region = region(f.optionalObject("region"));
        Map<String, Double> overrides = overrides(f);
        String notes = f.text("notes", false, 20_000);
        List<PastYear> pastYears = new PastYearsReader(f, practice.startYear()).read();
        LocationChoice locationChoice = new LocationChoiceReader(f, options).read();
        DossierLanguage language = f.choice("dossierLanguage", DossierLanguage.class, DossierLanguage.NL);
        return new BusinessCase(caseName, practice, staffing, current, growth, income, costs, privateFinances,
                financing, options, preferred, region, overrides, notes, pastYears, locationChoice, language);
    }

    private Practice practice(Fields f) {
        LegalForm legalForm = f.choice("legalForm", LegalForm.class, LegalForm.EENMANSZAAK);
        return new Practice(
                f.text("name", true, 200),
                f.text("municipality", false, 200),
                f.integer("startYear", 2000, 2100),
                f.integer("horizonYears", 1, 50),
                f.integer("patients", 1, 200_000),
                ageMix(f),
                f.number("shareOpslagwijkPct", 0, 100, 0.0),
                f.choice("spaceMethod", SpaceMethod.class, SpaceMethod.NORM),
                f.bool("trainingPractice", false),
                f.number("lowSesUpliftPct", 0, 100, 0.0),
                f.number("efficiencyGainPct", 0, 90, 0.0),
                legalForm,
                holders(f, legalForm),
                f.bool("selfEmployedDeduction", true));
    }

    /** The four age classes; absent, the national mix (65+ share and its split from the catalogue). */
    private AgeMix ageMix(Fields practice) {
        JsonNode node = practice.raw("ageMix");
        if (node == null || node.isNull()) {
            double s = catalogue.get(AssumptionKeys.AGE_65PLUS_NATIONAL).value();
            double a65 = catalogue.get(AssumptionKeys.AGE_65_74_OF_65PLUS).value();
            double a75 = catalogue.get(AssumptionKeys.AGE_75_84_OF_65PLUS).value();
            double a85 = catalogue.get(AssumptionKeys.AGE_85PLUS_OF_65PLUS).value();
            double sum = a65 + a75 + a85;
            return new AgeMix(100 - s, s * a65 / sum, s * a75 / sum, s * a85 / sum);
        }
        Fields f = practice.object("ageMix");
        AgeMix mix = new AgeMix(f.number("under65Pct", 0, 100), f.number("age65to74Pct", 0, 100),
                f.number("age75to84Pct", 0, 100), f.number("age85plusPct", 0, 100));
        if (Math.abs(mix.sumPct() - 100) > SUM_TOLERANCE_PCT) {
            practice.problem("ageMix", "de vier leeftijdsklassen tellen op tot " + Fields.plain(mix.sumPct()) + "%; dat moet 100% zijn",
                    "the four age classes add up to " + Fields.plain(mix.sumPct()) + "%; they must add up to 100%");
        }
        return mix;
    }

    private static List<Holder> holders(Fields practice, LegalForm legalForm) {
        JsonNode array = practice.raw("holders");
        List<Holder> list = new ArrayList<>();
        if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_HOLDERS) {
            practice.problem("holders", "moet een lijst met 1 tot " + MAX_HOLDERS + " praktijkhouders zijn",
                    "must be a list of 1 to " + MAX_HOLDERS + " practice holders");
            return list;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = practice.path("holders") + "[" + i + "]";
            if (!array.get(i).isObject()) {
                practice.problem("holders", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields h = new Fields(practice.problems(), array.get(i), path);
            Holder holder = new Holder(h.text("name", false, 200), h.number("profitSharePct", 0, 100, 0.0),
                    h.number("gpFte", 0, 1.5, 0.0), h.number("directorSalary", 0, 10_000_000, 0.0));
            if (legalForm == LegalForm.BV && holder.directorSalary() <= 0) {
                h.problem("directorSalary", "is verplicht bij een BV: de BV betaalt de directeur-grootaandeelhouder een "
                        + "gebruikelijk loon", "is required for a BV: the BV pays its director-shareholder a customary salary");
            }
            list.add(holder);
        }
        if (legalForm == LegalForm.EENMANSZAAK && list.size() > 1) {
            practice.problem("holders", "een eenmanszaak heeft één praktijkhouder; kies maatschap of BV voor meer",
                    "a sole proprietorship has one holder; choose maatschap or BV for more");
        }
        double shares = list.stream().mapToDouble(Holder::profitSharePct).sum();
        if (legalForm != LegalForm.BV && Math.abs(shares - 100) > SUM_TOLERANCE_PCT) {
            practice.problem("holders", "de winstaandelen tellen op tot " + Fields.plain(shares) + "%; dat moet 100% zijn",
                    "the profit shares add up to " + Fields.plain(shares) + "%; they must add up to 100%");
        }
        return list;
    }

    private static Staffing staffing(Fields f) {
        return new Staffing(
                f.number("employedGpFte", 0, 200, 0.0),
                f.number("pohSomaticFte", 0, 200, 0.0),
                f.number("pohMentalFte", 0, 200, 0.0),
                f.number("physicianAssistantFte", 0, 200, 0.0),
                f.integer("aiosCount", 0, 50, 0),
                f.number("assistantFte", 0, 200, 0.0));
    }

    private static Growth growth(Fields f) {
        return new Growth(
                f.number("municipalGrowthPct", -10, 20, 0.0),
                f.number("newDwellingsPerYear", 0, 100_000, 0.0),
                f.integer("dwellingYears", 0, 50, 0),
                f.number("captureSharePct", 0, 100, 0.0),
                f.number("leaversPerYear", 0, 100_000, 0.0),
                f.bool("capAtCapacity", false),
                f.number("inflowPerYear", 0, 100_000, 0.0),
                f.integer("inflowYears", 0, 50, 0));
    }

    private static Income income(Fields f, Practice practice) {
        IncomeMethod method = f.choice("method", IncomeMethod.class, IncomeMethod.TARIFFS);
        double accounts = f.number("accountsRevenue", 0, MONEY, 0.0);
        if (method == IncomeMethod.ACCOUNTS && accounts <= 0) {
            f.problem("accountsRevenue", "is verplicht en moet > 0 zijn bij omzet uit de jaarrekening",
                    "is required and must be > 0 when revenue comes from the annual accounts");
        }
        return new Income(method, accounts,
                f.number("otherRevenuePerPatient", 0, 10_000, 0.0),
                f.number("tariffHousingChangePct", -100, 500, 0.0),
                f.integer("tariffChangeFromYear", 2000, 2100, practice.startYear()),
                f.number("tariffBackPayment", 0, MONEY, 0.0),
                f.bool("pohGgz", false),
                f.bool("mtvp", true),
                f.optionalNumber("gpConsultsPerPatient", 0, 50),
                segment3(f));
    }

    private static List<Segment3Arrangement> segment3(Fields income) {
        JsonNode array = income.raw("segment3");
        List<Segment3Arrangement> list = new ArrayList<>();
        if (array == null || array.isNull()) {
            return list;
        }
        if (!array.isArray() || array.size() > MAX_ARRANGEMENTS) {
            income.problem("segment3", "moet een lijst met hoogstens " + MAX_ARRANGEMENTS + " afspraken zijn",
                    "must be a list of at most " + MAX_ARRANGEMENTS + " arrangements");
            return list;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                income.problem("segment3", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields s = new Fields(income.problems(), array.get(i), income.path("segment3") + "[" + i + "]");
            list.add(new Segment3Arrangement(s.text("name", true, 200), s.number("amountPerYear", 0, MONEY),
                    s.integer("startYear", 2000, 2100), s.integer("years", 1, 50)));
        }
        return list;
    }

    private static Financing financing(Fields f) {
        return new Financing(
                f.choice("repayment", RepaymentType.class, RepaymentType.ANNUITY),
                f.number("balloonPct", 0, 99, 0.0),
                f.number("equityAvailable", 0, MONEY),
                f.bool("useBmkb", false),
                f.bool("starter", false),
                f.text("bankProfile", false, 200),
                existingDebts(f),
                f.number("openingCash", -MONEY, MONEY, 0.0));
    }

    private static List<ExistingDebt> existingDebts(Fields financing) {
        JsonNode array = financing.raw("existingDebts");
        List<ExistingDebt> list = new ArrayList<>();
        if (array == null) {
            return list;
        }
        if (!array.isArray() || array.size() > MAX_DEBTS) {
            financing.problem("existingDebts", "moet een lijst van hoogstens " + MAX_DEBTS + " leningen zijn",
                    "must be a list of at most " + MAX_DEBTS + " loans");
            return list;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                financing.problem("existingDebts", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields d = new Fields(financing.problems(), array.get(i), financing.path("existingDebts") + "[" + i + "]");
            list.add(new ExistingDebt(d.text("lender", false, 200), d.number("balance", 0, MONEY),
                    d.number("ratePct", 0, 30), d.integer("remainingYears", 1, 50),
                    d.choice("repayment", RepaymentType.class, RepaymentType.ANNUITY), d.bool("refinance", false)));
        }
        return list;
    }

    private List<HousingOption> options(Fields f) {
        JsonNode array = f.raw("options");
        List<HousingOption> list = new ArrayList<>();
        if (array == null || !array.isArray()) {
            f.problem("options", "moet een lijst met minstens één huisvestingsoptie zijn",
                    "must be a list with at least one housing option");
            return list;
        }
        if (array.isEmpty() || array.size() > CaseFormat.MAX_OPTIONS) {
            f.problem("options", "moet 1 tot " + CaseFormat.MAX_OPTIONS + " opties bevatten",
                    "must hold 1 to " + CaseFormat.MAX_OPTIONS + " options");
        }
        for (int i = 0; i < Math.min(array.size(), CaseFormat.MAX_OPTIONS); i++) {
            String path = f.path("options") + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                f.problem("options", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            list.add(option(new Fields(f.problems(), node, path)));
        }
        return list;
    }

    private HousingOption option(Fields f) {
        OptionType type = f.choice("type", OptionType.class, null);
        double area = f.number("areaM2", type == OptionType.STAY ? 0 : 1, 100_000, type == OptionType.STAY ? 0.0 : null);
        Fields v = f.optionalObject("valuation");
        ValuationMethod method = v.choice("method", ValuationMethod.class, ValuationMethod.BAR);
        Valuation valuation = new Valuation(method, v.number("marketRentPerM2", 0, 10_000, 0.0),
                v.number("yieldPct", 0, 30, 0.0), v.choice("yieldBasis", YieldBasis.class, YieldBasis.KK),
                v.number("appraisedValue", 0, MONEY, 0.0), appraisalDate(v), v.text("appraiser", false, 200),
                v.choice("appraisalBasis", AppraisalBasis.class, AppraisalBasis.MARKET_VALUE));
        double minYield = catalogue.get(method == ValuationMethod.NAR ? AssumptionKeys.NAR : AssumptionKeys.BAR).min();
        if (valuation.yieldPct() != 0 && valuation.yieldPct() < minYield) {
            v.problem("yieldPct", "moet 0 (de aanname) of ≥ " + Fields.plain(minYield) + " zijn",
                    "must be 0 (the assumption) or ≥ " + Fields.plain(minYield));
        }
        if (type.owned() && method == ValuationMethod.APPRAISAL && valuation.appraisedValue() <= 0) {
            v.problem("appraisedValue", "is verplicht bij waardering volgens taxatie", "is required for a valuation by appraisal");
        }
        if (type.owned() && method != ValuationMethod.APPRAISAL && valuation.marketRentPerM2() <= 0) {
            v.problem("marketRentPerM2", "is verplicht om de marktwaarde te bepalen", "is required to establish the market value");
        }
        Fields k = f.optionalObject("contributions");
        Contributions contributions = new Contributions(k.number("insurer", 0, MONEY, 0.0),
                k.number("municipality", 0, MONEY, 0.0), k.number("other", 0, MONEY, 0.0), k.bool("taxable", false));
        return new HousingOption(
                f.text("name", true, 200), type, area,
                f.number("rentPerM2", 0, 10_000, 0.0),
                f.number("serviceCostsPerM2", 0, 10_000, 0.0),
                f.number("tenantFitOut", 0, MONEY, 0.0),
                f.number("purchasePrice", 0, MONEY, 0.0),
                f.choice("purchaseTax", PurchaseTax.class, PurchaseTax.NONE),
                f.number("landCost", 0, MONEY, 0.0),
                f.number("constructionCost", 0, MONEY, 0.0),
                f.number("medicalExtras", 0, MONEY, 0.0),
                f.number("renovationCost", 0, MONEY, 0.0),
                f.number("fitOutCost", 0, MONEY, 0.0),
                f.bool("worksIncludeVat", true),
                f.number("buyerCosts", 0, MONEY, 0.0),
                f.number("constructionFinancingCosts", 0, MONEY, 0.0),
                valuation,
                f.number("maintenancePct", 0, 20, 0.0),
                f.number("propertyTaxInsurancePerM2", 0, 1_000, 0.0),
                contributions,
                taxBasis(f.optionalObject("taxBasis")),
                f.integer("leaseYears", 0, 99, 0),
                relocation(f.optionalObject("relocation")),
                f.text("notes", false, 5_000),
                loanParts(f, type));
    }

    /** Loan parts beside the option's main loan; the current premises (STAY) finance nothing. */
    private static List<LoanPart> loanParts(Fields option, OptionType type) {
        JsonNode array = option.raw("loanParts");
        List<LoanPart> list = new ArrayList<>();
        if (array == null) {
            return list;
        }
        if (!array.isArray() || array.size() > MAX_DEBTS) {
            option.problem("loanParts", "moet een lijst van hoogstens " + MAX_DEBTS + " leningdelen zijn",
                    "must be a list of at most " + MAX_DEBTS + " loan parts");
            return list;
        }
        if (type == OptionType.STAY && !array.isEmpty()) {
            option.problem("loanParts", "hoort niet bij blijven in de huidige huisvesting: daar wordt niets gefinancierd",
                    "does not belong to staying in the current premises: nothing is financed there");
            return list;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                option.problem("loanParts", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields d = new Fields(option.problems(), array.get(i), option.path("loanParts") + "[" + i + "]");
            list.add(new LoanPart(d.choice("purpose", LoanPurpose.class, LoanPurpose.FIT_OUT), d.number("amount", 0, MONEY),
                    d.number("ratePct", 0, 30), d.integer("termYears", 1, 50), d.integer("fixedYears", 0, 50, 0),
                    d.choice("repayment", RepaymentType.class, RepaymentType.ANNUITY), d.number("balloonPct", 0, 100, 0.0)));
        }
        return list;
    }

    /** The appraisal report's date, ISO yyyy-mm-dd; empty when there is no appraisal. */
    private static String appraisalDate(Fields valuation) {
        String date = valuation.text("appraisalDate", false, 10);
        if (!date.isEmpty()) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                valuation.problem("appraisalDate", "moet een datum zijn als 2026-03-31", "must be a date like 2026-03-31");
            }
        }
        return date;
    }

    private static Relocation relocation(Fields f) {
        return new Relocation(f.integer("constructionMonths", 0, 60, 0), f.integer("overlapMonths", 0, 24, 0),
                f.number("movingCosts", 0, MONEY, 0.0), f.integer("contributionsMonth", 0, 120, 0));
    }

    /** Land share, WOZ value and component split; the three component shares come together and sum to 100%. */
    private static TaxBasis taxBasis(Fields f) {
        Double shell = f.optionalNumber("shellPct", 0, 100);
        Double installations = f.optionalNumber("installationsPct", 0, 100);
        Double fitOut = f.optionalNumber("fitOutPct", 0, 100);
        boolean any = shell != null || installations != null || fitOut != null;
        if (any && (shell == null || installations == null || fitOut == null)) {
            f.problem("", "vul casco, installaties en inrichting samen in (of geen van drieën)",
                    "enter shell, installations and fit-out together (or none of them)");
        } else if (any && Math.abs(shell + installations + fitOut - 100) > SUM_TOLERANCE_PCT) {
            f.problem("", "casco, installaties en inrichting tellen op tot " + Fields.plain(shell + installations + fitOut)
                    + "%; dat moet 100% zijn", "shell, installations and fit-out add up to "
                    + Fields.plain(shell + installations + fitOut) + "%; they must add up to 100%");
        }
        return new TaxBasis(f.optionalNumber("landSharePct", 0, 100), f.number("wozValue", 0, MONEY, 0.0),
                shell, installations, fitOut);
    }

    private static RegionContext region(Fields f) {
        return new RegionContext(
                f.optionalNumber("gpPer10000Inhabitants", 0, 100),
                f.optionalNumber("expectedGpOutflowPct", 0, 100),
                f.optionalInteger("insuredWithoutGp", 0, 10_000_000),
                f.optionalNumber("populationGrowthPct", -20, 20),
                f.optionalNumber("share65PlusPct", 0, 100),
                f.optionalNumber("shareLowSesPct", 0, 100),
                f.text("problem", false, 20_000),
                f.text("monitoring", false, 20_000));
    }

    private Map<String, Double> overrides(Fields f) {
        Map<String, Double> map = new LinkedHashMap<>();
        JsonNode node = f.raw("assumptionOverrides");
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            f.problem("assumptionOverrides", "moet een object zijn", "must be an object");
            return map;
        }
        Fields o = new Fields(f.problems(), node, f.path("assumptionOverrides"));
        node.fieldNames().forEachRemaining(key -> {
            if (!catalogue.contains(key)) {
                o.problem(key, "onbekende aanname", "unknown assumption");
                return;
            }
            Assumption a = catalogue.get(key);
            map.put(key, o.number(key, a.min(), a.max()));
        });
        return map;
    }
}
