package nl.praktijkplan.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.AssumptionKeys;

/**
 * Upgrades a format-version-1 case tree to version 2 before it is read, and says which new fields took defaults.
 * Version 1 had one 65+ share, a count of practice holders with the total GP FTE, no legal form and no switches
 * for the POH-GGZ and MTVP fees; five assumptions it could override no longer exist (their notion changed).
 * Values that do not have the expected type are left alone: the reader reports them at their path.
 */
final class VersionOneMigration {

    /** Assumptions of version 1 whose meaning changed; an override of one is dropped with a notice. */
    private static final List<String> RETIRED_ASSUMPTIONS = List.of("tariff.contactsPerPatient", "tariff.housingSharePct",
            "tax.incomeTaxPct", "depreciation.buildingYears", "room.supportNetM2");

    private final AssumptionCatalogue catalogue;
    private final List<Problem> notices = new ArrayList<>();

    VersionOneMigration(AssumptionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A migrated copy of {@code v1}; {@link #notices()} lists what took a default. */
    ObjectNode migrate(ObjectNode v1) {
        ObjectNode root = v1.deepCopy();
        root.put(CaseFormat.VERSION_FIELD, 2);
        ObjectNode practice = object(root, "practice");
        ObjectNode staffing = object(root, "staffing");
        ObjectNode income = object(root, "income");
        ObjectNode finances = object(root, "privateFinances");
        if (practice == null || staffing == null || income == null || finances == null) {
            return root; // the reader reports the missing objects
        }
        ageMix(practice);
        holders(practice, staffing, finances);
        if (!income.has("pohGgz")) {
            boolean poh = staffing.path("pohMentalFte").asDouble(0) > 0;
            income.put("pohGgz", poh);
            notice("income.pohGgz", poh ? "ja: het team heeft een POH-GGZ" : "nee: het team heeft geen POH-GGZ",
                    poh ? "yes: the team has a mental-health nurse" : "no: the team has no mental-health nurse");
        }
        if (!income.has("mtvp")) {
            income.put("mtvp", true);
            notice("income.mtvp", "ja (structureel in segment 1 sinds 2025)", "yes (structural in segment 1 since 2025)");
        }
        if (root.get("options") instanceof ArrayNode options) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i) instanceof ObjectNode o && !o.has("taxBasis")
                        && List.of("BUY_EXISTING", "NEW_BUILD", "RENOVATE").contains(o.path("type").asText())) {
                    notice("options[" + i + "].taxBasis", "grondaandeel, componentverdeling en WOZ-waarde (= marktwaarde) "
                            + "uit de aannamen", "land share, component split and WOZ value (= market value) from the assumptions");
                }
            }
        }
        retiredOverrides(root);
        return root;
    }

    List<Problem> notices() {
        return notices;
    }

    /** The age mix from the 65+ share, with the national split of the over-65s (catalogue, CBS). */
    private void ageMix(ObjectNode practice) {
        JsonNode share = practice.remove("share65PlusPct");
        if (practice.has("ageMix") || (share != null && !share.isNumber())) {
            if (share != null) {
                practice.set("share65PlusPct", share);
            }
            return;
        }
        double s = share == null ? 0 : share.asDouble();
        double a65 = catalogue.get(AssumptionKeys.AGE_65_74_OF_65PLUS).value() / 100;
        double a75 = catalogue.get(AssumptionKeys.AGE_75_84_OF_65PLUS).value() / 100;
        double a85 = catalogue.get(AssumptionKeys.AGE_85PLUS_OF_65PLUS).value() / 100;
        double sum = a65 + a75 + a85;
        ObjectNode mix = practice.putObject("ageMix");
        mix.put("under65Pct", 100 - s);
        mix.put("age65to74Pct", s * a65 / sum);
        mix.put("age75to84Pct", s * a75 / sum);
        mix.put("age85plusPct", s * a85 / sum);
        notice("practice.ageMix", "uit het aandeel 65-plussers (" + plain(s) + "%) met de landelijke verdeling (CBS)",
                "from the share aged 65+ (" + plain(s) + "%) with the national split (CBS)");
    }

    /**
     * Version 1 counted holders and gave the total GP FTE. Each holder gets an equal profit share and an equal part
     * of the GP FTE up to 1 FTE; the rest is employed GPs.
     */
    private void holders(ObjectNode practice, ObjectNode staffing, ObjectNode finances) {
        JsonNode count = finances.remove("practiceHolders");
        JsonNode gpFte = staffing.remove("gpFte");
        if (practice.has("holders") || (count != null && !count.canConvertToInt()) || (gpFte != null && !gpFte.isNumber())) {
            restore(finances, "practiceHolders", count);
            restore(staffing, "gpFte", gpFte);
            return;
        }
        int n = count == null ? 1 : count.asInt();
        double total = gpFte == null ? 0 : gpFte.asDouble();
        if (n < 1) {
            // No holders drew money in version 1: one holder without drawings keeps the figures the same.
            n = 1;
            finances.put("drawingsPerHolder", 0);
        }
        double each = Math.min(1.0, total / n);
        ArrayNode holders = practice.putArray("holders");
        for (int k = 1; k <= n; k++) {
            ObjectNode h = holders.addObject();
            h.put("name", "Praktijkhouder " + k);
            h.put("profitSharePct", 100.0 / n);
            h.put("gpFte", each);
        }
        double employed = Math.max(0, total - each * n);
        staffing.put("employedGpFte", employed);
        String legalForm = n == 1 ? "EENMANSZAAK" : "MAATSCHAP";
        if (!practice.has("legalForm")) {
            practice.put("legalForm", legalForm);
            notice("practice.legalForm", legalForm.toLowerCase(Locale.ROOT), legalForm.toLowerCase(Locale.ROOT));
        }
        notice("practice.holders", n + " praktijkhouder(s) met elk " + plain(100.0 / n) + "% van de winst en "
                + plain(each) + " fte", n + " holder(s), each with " + plain(100.0 / n) + "% of the profit and " + plain(each) + " FTE");
        notice("staffing.employedGpFte", plain(employed) + " fte (de rest van de " + plain(total) + " fte huisarts)",
                plain(employed) + " FTE (the rest of the " + plain(total) + " GP FTE)");
    }

    private void retiredOverrides(ObjectNode root) {
        JsonNode overrides = root.get("assumptionOverrides");
        if (!(overrides instanceof ObjectNode o)) {
            return;
        }
        for (String key : RETIRED_ASSUMPTIONS) {
            if (o.remove(key) != null) {
                notice("assumptionOverrides." + key, "vervallen: deze aanname is vervangen (zie de nieuwe aannamen)",
                        "dropped: this assumption was replaced (see the new assumptions)");
            }
        }
    }

    private static ObjectNode object(ObjectNode root, String name) {
        return root.get(name) instanceof ObjectNode o ? o : null;
    }

    private static void restore(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }

    private void notice(String path, String nl, String en) {
        notices.add(new Problem(path, "nieuw veld, standaardwaarde: " + nl, "new field, default: " + en));
    }

    private static String plain(double d) {
        return Fields.plain(Math.round(d * 100) / 100.0);
    }
}
