package nl.praktijkplan.report.pdf.view;

import java.util.List;

import nl.praktijkplan.domain.input.LegalForm;

/**
 * Chapter "Aanvragers en rechtsvorm": who applies for the financing (the holders, their profit shares and GP work,
 * a BV's directors' salaries), the legal form and how it is taxed, and the GPs employed besides the holders.
 */
public record ApplicantsView(Lang l, String practice, String legalForm, boolean bv, List<Row> holders,
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
        return new ApplicantsView(d.l, p.name(), d.legalFormName(), bv, holders, f.plain(p.holdersGpFte()),
                f.plain(d.c.staffing().employedGpFte()), f.plain(d.c.gpFteNow()));
    }
}
