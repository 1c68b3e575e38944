package nl.praktijkplan.report.excel;

import nl.praktijkplan.domain.assumption.Confidence;
import nl.praktijkplan.domain.assumption.Unit;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.ValuationMethod;

/**
 * The words the workbook shows for the case's choices and the assumptions' units and confidence, in the reader's
 * language: an accountant reads "annuïtair", not ANNUITY. The switches are exhaustive, so a new code needs a name.
 */
final class Names {

    private final Lang l;

    Names(Lang l) {
        this.l = l;
    }

    String of(SpaceMethod m) {
        return switch (m) {
            case NORM -> l.t("LHV-norm (m² per patiënt)", "LHV norm (m² per patient)");
            case ROOM_PROGRAMME -> l.t("ruimteprogramma", "room programme");
        };
    }

    String of(IncomeMethod m) {
        return switch (m) {
            case TARIFFS -> l.t("NZa-tarieven", "NZa tariffs");
            case ACCOUNTS -> l.t("jaarrekening", "annual accounts");
        };
    }

    String of(LegalForm f) {
        return switch (f) {
            case EENMANSZAAK -> l.t("eenmanszaak", "sole proprietorship");
            case MAATSCHAP -> l.t("maatschap", "partnership");
            case BV -> "BV"; // the word itself, as the dossier writes it
        };
    }

    String of(RepaymentType r) {
        return switch (r) {
            case ANNUITY -> l.t("annuïtair", "annuity");
            case LINEAR -> l.t("lineair", "linear");
        };
    }

    String of(OptionType t) {
        return switch (t) {
            case STAY -> l.t("blijven", "stay");
            case RENT -> l.t("huren", "rent");
            case BUY_EXISTING -> l.t("kopen bestaand pand", "buy existing building");
            case NEW_BUILD -> l.t("nieuwbouw", "new build");
            case RENOVATE -> l.t("verbouw", "renovation");
        };
    }

    String of(PurchaseTax t) {
        return switch (t) {
            case TRANSFER_TAX -> l.t("overdrachtsbelasting", "transfer tax");
            case VAT_INCLUDED -> l.t("btw (in de prijs)", "VAT (in the price)");
            case NONE -> l.t("geen", "none");
        };
    }

    String of(ValuationMethod m) {
        return switch (m) {
            case BAR -> l.t("BAR-methode (markthuur / bruto aanvangsrendement)", "gross yield (market rent / BAR)");
            case NAR -> l.t("NAR-methode (netto markthuur / netto aanvangsrendement)", "net yield (net market rent / NAR)");
            case APPRAISAL -> l.t("taxatie", "appraisal");
        };
    }

    String of(Unit u) {
        return switch (u) {
            case EUR -> "€";
            case EUR_PER_QUARTER -> l.t("€ per kwartaal", "€ per quarter");
            case EUR_PER_M2 -> "€/m²";
            case M2 -> "m²";
            case PATIENTS -> l.t("patiënten", "patients");
            case PERCENT -> "%";
            case YEARS -> l.t("jaar", "years");
            case MONTHS -> l.t("maanden", "months");
            case COUNT -> l.t("aantal", "count");
            case FACTOR -> l.t("factor", "factor");
            case RATIO -> l.t("ratio", "ratio");
        };
    }

    String of(Confidence c) {
        return switch (c) {
            case HIGH -> l.t("hoog", "high");
            case MEDIUM -> l.t("middel", "medium");
            case LOW -> l.t("laag", "low");
        };
    }

    /** "nooit" / "never": shown where a year does not occur (the space never runs out, buying never breaks even). */
    String never() {
        return l.t("nooit", "never");
    }
}
