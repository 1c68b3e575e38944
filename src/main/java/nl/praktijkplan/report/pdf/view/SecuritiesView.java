package nl.praktijkplan.report.pdf.view;

import java.util.List;

import nl.praktijkplan.domain.calc.Securities;
import nl.praktijkplan.domain.calc.Securities.Security;

/**
 * Chapter "Zekerheden en bestaande financieringen": the securities the new loan comes with, derived from the plan
 * (mortgage right on an owned building, pledges on fit-out and receivables, the BMKB guarantee).
 */
public record SecuritiesView(Lang l, String preferred, String loan, List<Row> securities) {

    public static SecuritiesView of(DossierData d) {
        var f = d.f;
        List<Row> rows = Securities.of(d.pref).stream()
                .map(s -> Row.of(name(d, s), f.money(s.secured()), s.value() == null ? nl.praktijkplan.report.pdf.DossierFormat.NONE : f.money(s.value())))
                .toList();
        return new SecuritiesView(d.l, d.pref.option().name(), f.money(d.pref.financing().loan()), rows);
    }

    private static String name(DossierData d, Security s) {
        return switch (s.kind()) {
            case MORTGAGE -> d.t("Eerste recht van hypotheek op het pand", "First-ranking mortgage on the building");
            case PLEDGE_EQUIPMENT -> d.t("Pandrecht op inrichting, inventaris en apparatuur", "Pledge on fit-out, inventory and equipment");
            case PLEDGE_RECEIVABLES -> d.t("Pandrecht op vorderingen (declaraties bij zorgverzekeraars)",
                    "Pledge on receivables (claims on health insurers)");
            case BMKB_GUARANTEE -> d.t("BMKB-borgstelling van de Staat (RVO), geborgd deel", "BMKB state guarantee (RVO), guaranteed part");
        };
    }
}
