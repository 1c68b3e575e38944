package nl.praktijkplan.ui.common;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.Unit;

/** How an assumption is described to the user: label, unit, source. */
public final class AssumptionTexts {

    private AssumptionTexts() {
    }

    public static String unitText(Unit unit, I18n i18n) {
        return i18n.enumLabel(unit);
    }

    /** "Label — default 190 m² (2025, confidence high). Source: …" */
    public static String tooltip(Assumption a, I18n i18n) {
        return i18n.t("assumption.tooltip", a.label(i18n.dutch()), i18n.numbers().format(a.value(), 4),
                unitText(a.unit(), i18n), String.valueOf(a.year()), i18n.enumLabel(a.confidence()), a.source());
    }
}
