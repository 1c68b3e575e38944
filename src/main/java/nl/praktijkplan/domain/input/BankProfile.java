package nl.praktijkplan.domain.input;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.DSCR_MIN;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.LOAN_TERM;
import static nl.praktijkplan.domain.assumption.AssumptionKeys.LTV_MAX;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.praktijkplan.domain.assumption.Assumptions;

/**
 * A bank's lending norms under one name (DOMAIN rule 5): LTV, DSCR, term, repayment and balloon. Choosing a profile
 * copies its values into the case, where the user may change them; the outputs then name the profile as "aangepast".
 */
public record BankProfile(String name, double ltvMaxPct, double dscrMin, int termYears, RepaymentType repayment,
                          double balloonPct, String source) {

    private static final List<BankProfile> BUILT_IN = load();

    /** The profiles shipped with the product, the generic one first. */
    public static List<BankProfile> builtIn() {
        return BUILT_IN;
    }

    /** The case with this profile's norms copied in and its name recorded. */
    public BusinessCase applyTo(BusinessCase c) {
        Map<String, Double> overrides = new HashMap<>(c.assumptionOverrides());
        overrides.put(LTV_MAX, ltvMaxPct);
        overrides.put(DSCR_MIN, dscrMin);
        overrides.put(LOAN_TERM, (double) termYears);
        Financing f = c.financing();
        return c.withFinancing(new Financing(repayment, balloonPct, f.equityAvailable(), f.useBmkb(), f.starter(), name,
                f.existingDebts(), f.openingCash())).withAssumptionOverrides(overrides);
    }

    /** Whether the case's norms are still this profile's. */
    public boolean matches(BusinessCase c, Assumptions a) {
        Financing f = c.financing();
        return a.value(LTV_MAX) == ltvMaxPct && a.value(DSCR_MIN) == dscrMin && a.value(LOAN_TERM) == termYears
                && f.repayment() == repayment && f.balloonPct() == balloonPct;
    }

    /**
     * The name to print for the norms a case uses: its profile's, "(aangepast)" when a norm was changed since, or the
     * catalogue's generic norms when no profile was chosen.
     */
    public static String describe(BusinessCase c, Assumptions a, boolean dutch) {
        String chosen = c.financing().bankProfile();
        if (chosen.isEmpty()) {
            return dutch ? "algemene normen (aannamen)" : "generic norms (assumptions)";
        }
        for (BankProfile p : BUILT_IN) {
            if (p.name().equals(chosen) && !p.matches(c, a)) {
                return chosen + (dutch ? " (aangepast)" : " (adjusted)");
            }
        }
        return chosen;
    }

    private static List<BankProfile> load() {
        try (InputStream in = BankProfile.class.getResourceAsStream("bank-profiles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource bank-profiles.tsv");
            }
            List<BankProfile> list = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                list.add(new BankProfile(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                        RepaymentType.valueOf(f[4]), Double.parseDouble(f[5]), f[6]));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
