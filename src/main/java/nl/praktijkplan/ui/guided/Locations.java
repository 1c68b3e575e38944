package nl.praktijkplan.ui.guided;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.StarterOption;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

/**
 * The walk's one to three locations, each rented or bought: adding, removing and changing a location's kind are
 * each one edit of the case, so one step for undo. Changing the kind gives the location that kind's starting
 * figures ({@link StarterOption}) for its m², so that a rental never carries a purchase price nor a purchase a rent.
 */
final class Locations {

    static final int MAX = 3;
    /** The kinds the walk offers; staying is the baseline every location is compared with, not a location. */
    static final List<OptionType> KINDS = List.of(OptionType.RENT, OptionType.BUY_EXISTING, OptionType.RENOVATE,
            OptionType.NEW_BUILD);

    private final CaseViewModel vm;
    private final I18n i18n;
    private final ExampleValues examples;

    Locations(CaseViewModel vm, I18n i18n, ExampleValues examples) {
        this.vm = vm;
        this.i18n = i18n;
        this.examples = examples;
    }

    int count() {
        return vm.businessCase().options().size();
    }

    List<Problem> add(OptionType kind) {
        if (count() >= MAX) {
            return List.of(new Problem("options", "hoogstens drie locaties in de begeleide modus",
                    "at most three locations in guided mode"));
        }
        int index = count();
        List<Problem> problems = vm.addOption(kind, i18n.t("guided.location.newName", index + 1));
        if (problems.isEmpty()) {
            examples.forgetOption(index);
        }
        return problems;
    }

    List<Problem> remove(int index) {
        List<Problem> problems = vm.removeOption(index);
        if (problems.isEmpty()) {
            examples.optionRemoved(index);
        }
        return problems;
    }

    /** Gives location {@code index} the starting figures of {@code kind}, keeping its name and m². */
    List<Problem> changeKind(int index, OptionType kind) {
        HousingOption now = vm.businessCase().options().get(index);
        if (now.type() == kind) {
            return List.of();
        }
        HousingOption starter = StarterOption.of(kind, now.name(), now.areaM2());
        List<Problem> problems = vm.edit("options[" + index + "]", optionTree(vm.businessCase(), starter));
        if (problems.isEmpty()) {
            examples.forgetOption(index);
        }
        return problems;
    }

    /** An option as the case file writes it, so that the edit is validated like any other. */
    private static JsonNode optionTree(BusinessCase c, HousingOption o) {
        BusinessCase one = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(),
                c.income(), c.costs(), c.privateFinances(), c.financing(), List.of(o), 0, c.region(),
                c.assumptionOverrides(), c.notes());
        return new CaseFileWriter().toTree(one).get("options").get(0);
    }
}
