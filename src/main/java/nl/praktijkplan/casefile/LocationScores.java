package nl.praktijkplan.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code locationChoice} consistent with the options in a case's JSON tree: the scores are keyed by option
 * name, so renaming an option renames its scores and removing an option removes them.
 */
public final class LocationScores {

    private LocationScores() {
    }

    /** Moves every score of option {@code from} to option {@code to}. */
    public static void rename(ObjectNode root, String from, String to) {
        for (ObjectNode scores : scores(root)) {
            JsonNode score = scores.remove(from);
            if (score != null) {
                scores.set(to, score);
            }
        }
    }

    /** Removes every score of option {@code name}. */
    public static void remove(ObjectNode root, String name) {
        scores(root).forEach(s -> s.remove(name));
    }

    private static java.util.List<ObjectNode> scores(ObjectNode root) {
        java.util.List<ObjectNode> list = new java.util.ArrayList<>();
        JsonNode criteria = root.path("locationChoice").path("criteria");
        for (JsonNode c : criteria) {
            if (c.get("scores") instanceof ObjectNode s) {
                list.add(s);
            }
        }
        return list;
    }
}
