package nl.praktijkplan.report.pdf.view;

/** The cover: who, what, when and by whom; {@code logo} is a data URI or null. */
public record CoverView(Lang l, String practice, String municipality, String caseName, String preferred, String date,
                        String preparedBy, String firm, String logo, String version) {

    public static CoverView of(DossierData d) {
        return new CoverView(d.l, d.c.practice().name(), d.c.practice().municipality(), d.c.caseName(), d.pref.option().name(),
                d.f.date(d.snapshot.date()), d.snapshot.preparedBy(), d.snapshot.letterhead().firm(), d.logo(), d.snapshot.appVersion());
    }
}
