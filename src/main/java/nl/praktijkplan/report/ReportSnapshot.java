package nl.praktijkplan.report;

import java.time.LocalDate;
import java.util.Locale;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Everything a report shows, frozen at one moment: the engine's result plus who made it, when and in which
 * language. The workbook and the PDF dossier are both rendered from one snapshot and compute nothing.
 */
public record ReportSnapshot(BusinessCaseResult result, LocalDate date, String appVersion, String preparedBy, Locale locale) {

    public static final String APP_VERSION = "0.1.0";

    public static ReportSnapshot of(BusinessCase c, Locale locale, String preparedBy) {
        return new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.now(), APP_VERSION, preparedBy, locale);
    }

    public boolean dutch() {
        return !"en".equals(locale.getLanguage());
    }
}
