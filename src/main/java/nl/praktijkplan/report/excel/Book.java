package nl.praktijkplan.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.praktijkplan.report.OptionLabels;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.SpaceMethod;

/**
 * The workbook being built: its sheets in reading order and what every sheet needs to know about the others.
 * Options are indexed 0 = the current premises (the baseline), 1..n = the case's options; all sheets are
 * created before any formula is written, because POI parses a formula against the sheets that exist.
 */
final class Book {

    final XSSFWorkbook wb;
    final Styles styles;
    final Lang lang;
    final Names names;
    final BusinessCaseResult result;
    final int horizon;

    final Grid summary;
    final Grid inputs;
    final Grid projection;
    final Grid capacity;
    final List<Grid> operating = new ArrayList<>();
    final Grid revenue;
    final Grid rentVsBuy;
    final Grid investment;
    final Grid financing;
    final Grid schedule;
    final Grid debts;
    /** Loan parts beside the main loans; null in a case without any. */
    final Grid parts;
    final Grid loanCapacity;
    final Grid liquidity;

    Book(XSSFWorkbook wb, BusinessCaseResult result, boolean dutch) {
        this.wb = wb;
        this.lang = new Lang(dutch);
        this.styles = new Styles(wb, lang);
        this.names = new Names(lang);
        this.result = result;
        this.horizon = result.input().practice().horizonYears();
        Lang l = lang;
        summary = sheet(l.t("Samenvatting", "Summary"));
        inputs = sheet(l.t("Invoer", "Inputs"));
        projection = sheet(l.t("Patiënten & ruimte", "Patients & space"));
        // The room programme's capacity is a search over a step function: it gets its own worked sheet.
        capacity = result.input().practice().spaceMethod() == SpaceMethod.ROOM_PROGRAMME
                ? sheet(l.t("Capaciteit", "Capacity")) : null;
        for (int i = 0; i <= result.options().size(); i++) {
            operating.add(sheet(i == 0 ? l.t("Exploitatie huidig", "Operations current")
                    : l.t("Exploitatie ", "Operations ") + letter(i)));
        }
        revenue = sheet(l.t("Opbrengsten", "Revenue"));
        rentVsBuy = sheet(l.t("Huur vs koop", "Rent vs buy"));
        investment = sheet(l.t("Investering & onrendabele top", "Investment & unprofitable gap"));
        financing = sheet(l.t("Financiering", "Financing"));
        schedule = sheet(l.t("Aflossingsschema", "Amortisation schedule"));
        debts = sheet(l.t("Bestaande leningen", "Existing loans"));
        parts = result.options().stream().anyMatch(o -> !o.option().loanParts().isEmpty())
                ? sheet(l.t("Leningdelen", "Loan parts")) : null;
        loanCapacity = sheet(l.t("Leencapaciteit", "Borrowing capacity"));
        liquidity = sheet(l.t("Liquiditeit", "Liquidity"));
    }

    private Grid sheet(String name) {
        return new Grid(wb.createSheet(name), styles);
    }

    /** All sheets in reading order. */
    List<Grid> grids() {
        List<Grid> all = new ArrayList<>(List.of(summary, inputs, projection));
        if (capacity != null) {
            all.add(capacity);
        }
        all.addAll(operating);
        all.addAll(List.of(revenue, rentVsBuy, investment, financing, schedule, debts));
        if (parts != null) {
            all.add(parts);
        }
        all.addAll(List.of(loanCapacity, liquidity));
        return all;
    }

    int optionCount() {
        return result.options().size() + 1;
    }

    /** Option {@code i} as the engine sees it: the stay baseline at 0. */
    HousingOption option(int i) {
        return i == 0 ? result.stay().option() : result.options().get(i - 1).option();
    }

    String optionName(int i) {
        return i == 0 ? lang.t("Huidige huisvesting", "Current premises") : OptionLabels.named(option(i).name(), i - 1, lang.dutch());
    }

    /** Option {@code i} (1-based) as the dossier calls it: "A", or "Optie 2" when its name has no letter. */
    String letter(int i) {
        return OptionLabels.letter(option(i).name(), i - 1, lang.dutch());
    }

    /** Characters an option's column needs so that no word of any option's name is cut, at least {@code minChars}. */
    int optionColumnChars(int minChars) {
        int chars = minChars;
        for (int i = 0; i < optionCount(); i++) {
            chars = Math.max(chars, Grid.wordChars(optionName(i)));
        }
        return chars;
    }

    /** The name of the option's floor area input. */
    String area(int i) {
        return i == 0 ? "i_curArea" : InputSheet.o(i, "area");
    }
}
