package nl.praktijkplan.report.pdf.view;

import java.util.List;

/** Chapter "Bijlagen": every assumption with value, unit, confidence and source; the case's notes; method; disclaimer. */
public record AppendicesView(Lang l, List<Row> assumptions, String notes, String version, String date) {

    public static AppendicesView of(DossierData d) {
        List<Row> rows = d.a.catalogue().all().stream().map(as -> Row.of(as.label(d.l.nl()), d.assumptionValue(as), d.unitName(as),
                d.confidenceName(as), d.a.isOverridden(as.key()) ? d.t("ja", "yes") : "", as.source())).toList();
        return new AppendicesView(d.l, rows, d.c.notes(), d.snapshot.appVersion(), d.f.date(d.snapshot.date()));
    }
}
