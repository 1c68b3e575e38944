package nl.praktijkplan.report.excel;

import static nl.praktijkplan.domain.analysis.StressTest.CONTRACT_RENT_CHANGE_PCT;
import static nl.praktijkplan.domain.analysis.StressTest.COST_INCREASE_PCT;
import static nl.praktijkplan.domain.analysis.StressTest.GROWTH_CHANGE_PP;
import static nl.praktijkplan.domain.analysis.StressTest.MARKET_RENT_CHANGE_PCT;
import static nl.praktijkplan.domain.analysis.StressTest.RATE_INCREASE_PP;

import java.util.List;

import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseResult;

/**
 * How the stress switch on Invoer reproduces a row of the engine's stress test (StressTest): the shock cell to set and
 * its value, and whether the agreed plan is held. The base row is the ordinary business case; every other row holds the
 * plan, as the engine computes it on the agreed financing. Likewise each end of a tornado bar: one driver's shock, plan held.
 */
final class StressSwitch {

    /** One setting: the shock's cell name and its value as the cell holds it (a fraction: 0.01 for 1 pp or 1%). */
    record Setting(String name, double value, String labelNl, String labelEn) {
    }

    private StressSwitch() {
    }

    /** Whether the row of stress {@code key} holds the agreed plan. */
    static boolean holdsPlan(String key) {
        return !"base".equals(key);
    }

    /** The shock of stress row {@code key} (none for the base row); the refinancing stress is the case's assumption. */
    static List<Setting> settings(String key, BusinessCaseResult base) {
        return switch (key) {
            case "base" -> List.of();
            case "rate" -> List.of(new Setting(InputSheet.S_RATE, RATE_INCREASE_PP / 100, "rente rentevaste periode", "rate in the fixed-rate period"));
            case "cost" -> List.of(new Setting(InputSheet.S_COST, COST_INCREASE_PCT / 100, "bouwkosten en koopprijs", "building cost and purchase price"));
            case "growth" -> List.of(new Setting(InputSheet.S_GROWTH, GROWTH_CHANGE_PP / 100, "bevolkingsgroei", "population growth"));
            case "rent" -> List.of(new Setting(InputSheet.S_RENT, CONTRACT_RENT_CHANGE_PCT / 100, "contracthuur", "contract rents"));
            case "marketRent" -> List.of(new Setting(InputSheet.S_MARKET_RENT, MARKET_RENT_CHANGE_PCT / 100, "markthuur", "market rent"));
            case "refinance" -> List.of(new Setting(InputSheet.S_REFINANCE, base.assumptions().value(AssumptionKeys.REFINANCE_STRESS) / 100,
                    "rente na rentevast", "rate after the fixed-rate period"));
            default -> throw new IllegalArgumentException("No stress switch for scenario " + key);
        };
    }

    /**
     * The shock of a tornado bar: driver {@code d} shifted by {@code shift} (in the driver's unit, as Driver.apply takes it).
     * The tornado holds the agreed plan (SensitivityAnalysis on FinancingBasis.AGREED_PLAN), so the switch says "ja".
     */
    static List<Setting> settings(Driver d, double shift) {
        double v = shift / 100; // percentage points and percent alike: the cells hold fractions
        return switch (d) {
            case LOAN_RATE -> List.of(new Setting(InputSheet.S_RATE, v, "rente rentevaste periode", "rate in the fixed-rate period"));
            case BUILD_COST -> List.of(new Setting(InputSheet.S_COST, v, "bouwkosten en koopprijs", "building cost and purchase price"));
            case RENT_LEVEL -> List.of(new Setting(InputSheet.S_RENT_LEVEL, v, "huurniveau opties", "rent level of the options"));
            case RENT_INDEXATION -> List.of(new Setting(InputSheet.S_RENT_INDEX, v, "huurindexatie", "rent indexation"));
            case MUNICIPAL_GROWTH -> List.of(new Setting(InputSheet.S_GROWTH, v, "bevolkingsgroei", "population growth"));
            case BAR_YIELD -> List.of(new Setting(InputSheet.S_YIELD, v, "aanvangsrendement", "initial yield"));
            case TARIFF_HOUSING_CHANGE -> List.of(new Setting(InputSheet.S_TARIFF, v, "wijziging huisvestingsdeel tarief",
                    "change of the tariffs' housing part"));
            case DISCOUNT_RATE -> List.of(new Setting(InputSheet.S_DISCOUNT, v, "disconteringsvoet", "discount rate"));
        };
    }

    /** "plan vasthouden = ja; huurindexatie = −1,00%" — what the reader sets on Invoer to get a tornado bar's end. */
    static String describe(Driver d, double shift, Lang l) {
        return describe(true, settings(d, shift), l);
    }

    /** "Zet op Invoer: plan vasthouden = ja; rente rentevaste periode = 1,00%" — what the reader sets to get the row. */
    static String describe(String key, BusinessCaseResult base, Lang l) {
        return describe(holdsPlan(key), settings(key, base), l);
    }

    private static String describe(boolean hold, List<Setting> settings, Lang l) {
        StringBuilder s = new StringBuilder(l.t("plan vasthouden = ", "hold the plan = "))
                .append(hold ? l.t("ja", "yes") : l.t("nee", "no"));
        if (settings.isEmpty()) {
            s.append(l.t("; alle schokken 0", "; every shock 0"));
        }
        for (Setting x : settings) {
            String pct = String.format(l.dutch() ? java.util.Locale.forLanguageTag("nl-NL") : java.util.Locale.UK, "%+.2f%%", x.value() * 100);
            s.append("; ").append(l.t(x.labelNl(), x.labelEn())).append(" = ").append(pct);
        }
        return s.toString();
    }
}
