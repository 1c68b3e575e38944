package nl.praktijkplan.domain.input;

import java.util.Map;

/**
 * A qualitative criterion for choosing between the housing options (bereikbaarheid, parkeren, …).
 *
 * @param weight relative weight (0–100); a criterion's share is its weight over the sum of all weights
 * @param scores option name → score 1 (poor) … 5 (excellent); an option without a score is not yet scored
 */
public record LocationCriterion(String name, double weight, Map<String, Integer> scores) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public LocationCriterion {
        scores = Map.copyOf(scores);
    }
}
