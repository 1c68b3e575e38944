package nl.praktijkplan.report.pdf.view;

import java.util.List;

import nl.praktijkplan.domain.input.LegalForm;

/**
 * Chapter "Aanvragers en rechtsvorm": who applies for the financing (the holders, their profit shares and GP work,
 * a BV's directors' salaries), the legal form and how it is taxed, and the GPs employed besides the holders.
 */
public record ApplicantsView(Lang l, String practice, String legalForm, String tax, boolean bv, List<Row> holders,
                             String holdersFte, String employedGpFte, String gpFteNow) {

    public static ApplicantsView of(DossierData d) {
        var f = d.f;
        var p = d.c.practice();
        boolean bv = p.legalForm() == LegalForm.BV;
        List<Row> holders = p.holders().stream().map(h -> {
            String name = h.name().isBlank() ? d.t("Praktijkhouder", "Practice holder") : h.name();
            return bv ? Row.of(name, f.percent(h.profitSharePct()), f.plain(h.gpFte()), f.money(h.directorSalary()))
                    : Row.of(name, f.percent(h.profitSharePct()), f.plain(h.gpFte()));
        }).toList();
        String tax = switch (p.legalForm()) {
            case EENMANSZAAK -> d.t("De praktijkhouder betaalt inkomstenbelasting (box 1) over de winst.",
                    "The practice holder pays income tax (box 1) on the profit.");
            case MAATSCHAP -> d.t("Iedere maat betaalt inkomstenbelasting (box 1) over zijn of haar winstaandeel.",
                    "Each partner pays income tax (box 1) on their profit share.");
            case BV -> d.t("De BV betaalt vennootschapsbelasting over de winst na de salarissen van de directeur-grootaandeelhouders "
                    + "(gebruikelijk loon); die salarissen zijn hun onttrekkingen.", "The BV pays corporate tax on the profit after the "
                    + "salaries of its director-shareholders (customary salary); those salaries are their drawings.");
        };
        return new ApplicantsView(d.l, p.name(), d.legalFormName(), tax, bv, holders, f.plain(p.holdersGpFte()),
                f.plain(d.c.staffing().employedGpFte()), f.plain(d.c.gpFteNow()));
    }
}
