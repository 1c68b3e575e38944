package nl.praktijkplan.report;

import java.time.LocalDate;
import java.util.Locale;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Everything a report shows, frozen at one moment: the engine's result plus who made it (the letterhead from the
 * user's settings), when and in which language. The workbook and the PDF dossier are both rendered from one
 * snapshot and compute nothing.
 */
public record ReportSnapshot(BusinessCaseResult result, LocalDate date, String appVersion, Letterhead letterhead, Locale locale) {

    public static final String APP_VERSION = "0.1.0";

    public ReportSnapshot {
        letterhead = letterhead == null ? Letterhead.NONE : letterhead;
    }

    /** A snapshot prepared by a named person, without firm or logo. */
    public ReportSnapshot(BusinessCaseResult result, LocalDate date, String appVersion, String preparedBy, Locale locale) {
        this(result, date, appVersion, new Letterhead(preparedBy, "", null), locale);
    }

    public static ReportSnapshot of(BusinessCase c, Locale locale, Letterhead letterhead) {
        return new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.now(), APP_VERSION, letterhead, locale);
    }

    public static ReportSnapshot of(BusinessCase c, Locale locale, String preparedBy) {
        return of(c, locale, new Letterhead(preparedBy, "", null));
    }

    /** The name after "Opgesteld door"; blank when the settings hold none. */
    public String preparedBy() {
        return letterhead.preparedBy();
    }

    public boolean dutch() {
        return !"en".equals(locale.getLanguage());
    }
}
