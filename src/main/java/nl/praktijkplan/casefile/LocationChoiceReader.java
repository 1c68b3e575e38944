package nl.praktijkplan.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LocationChoice;
import nl.praktijkplan.domain.input.LocationCriterion;

/**
 * Reads {@code locationChoice}: criteria with a weight and a score 1–5 per option, keyed by the option's name. A
 * score for a name no option has is refused (the option was renamed or removed outside Praktijkplan).
 */
final class LocationChoiceReader {

    static final int MAX_CRITERIA = 20;

    private final Fields root;
    private final List<HousingOption> options;

    LocationChoiceReader(Fields root, List<HousingOption> options) {
        this.root = root;
        this.options = options;
    }

    LocationChoice read() {
        Fields choice = root.optionalObject("locationChoice");
        JsonNode array = choice.raw("criteria");
        if (array == null || array.isNull()) {
            return LocationChoice.NONE;
        }
        if (!array.isArray() || array.size() > MAX_CRITERIA) {
            choice.problem("criteria", "moet een lijst met hoogstens " + MAX_CRITERIA + " criteria zijn",
                    "must be a list of at most " + MAX_CRITERIA + " criteria");
            return LocationChoice.NONE;
        }
        Set<String> names = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        options.forEach(o -> {
            if (!names.add(o.name())) {
                duplicates.add(o.name());
            }
        });
        List<LocationCriterion> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                choice.problem("criteria", "element " + i + " moet een object zijn", "item " + i + " must be an object");
                continue;
            }
            Fields c = new Fields(root.problems(), array.get(i), choice.path("criteria") + "[" + i + "]");
            list.add(new LocationCriterion(c.text("name", true, 200), c.number("weight", 0, 100, 1.0),
                    scores(c, names, duplicates)));
        }
        return new LocationChoice(list);
    }

    private static Map<String, Integer> scores(Fields criterion, Set<String> names, Set<String> duplicates) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        JsonNode node = criterion.raw("scores");
        if (node == null || node.isNull()) {
            return scores;
        }
        if (!node.isObject()) {
            criterion.problem("scores", "moet een object zijn: optienaam → score 1 tot 5",
                    "must be an object: option name → score 1 to 5");
            return scores;
        }
        Fields s = new Fields(criterion.problems(), node, criterion.path("scores"));
        node.fieldNames().forEachRemaining(option -> {
            if (!names.contains(option)) {
                s.problem(option, "er is geen optie met deze naam", "there is no option with this name");
            } else if (duplicates.contains(option)) {
                s.problem(option, "twee opties heten zo; geef ze verschillende namen om ze te scoren",
                        "two options have this name; give them different names to score them");
            } else {
                scores.put(option, s.integer(option, LocationCriterion.MIN_SCORE, LocationCriterion.MAX_SCORE));
            }
        });
        return scores;
    }
}
