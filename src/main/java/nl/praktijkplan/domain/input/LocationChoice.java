package nl.praktijkplan.domain.input;

import java.util.List;

/**
 * The qualitative side of choosing a location: weighted criteria, each option scored 1–5 on each, so that the
 * dossier can explain a choice the numbers alone do not (the LHV sample's listed building, closer to the patients).
 */
public record LocationChoice(List<LocationCriterion> criteria) {

    public static final LocationChoice NONE = new LocationChoice(List.of());

    public LocationChoice {
        criteria = List.copyOf(criteria);
    }

    public boolean hasCriteria() {
        return !criteria.isEmpty();
    }

    /** The sum of the weights. */
    public double totalWeight() {
        return criteria.stream().mapToDouble(LocationCriterion::weight).sum();
    }

    /** A criterion's share of the total weight, in percent (0 when no criterion has weight). */
    public double weightSharePct(LocationCriterion c) {
        double total = totalWeight();
        return total > 0 ? 100 * c.weight() / total : 0;
    }

    /**
     * The option's weighted score: Σ share × score over the criteria, on the 1–5 scale; null when a criterion with
     * weight has no score for the option yet (or no criterion has weight).
     */
    public Double weightedScore(String optionName) {
        double total = totalWeight();
        if (total <= 0) {
            return null;
        }
        double sum = 0;
        for (LocationCriterion c : criteria) {
            Integer s = c.scores().get(optionName);
            if (s == null && c.weight() > 0) {
                return null;
            }
            sum += s == null ? 0 : c.weight() * s;
        }
        return sum / total;
    }

    /** The criteria on which option {@code a} scores above ({@code better}) or below option {@code b}, both scored. */
    public List<String> criteriaWhere(String a, String b, boolean better) {
        return criteria.stream().filter(c -> {
            Integer sa = c.scores().get(a);
            Integer sb = c.scores().get(b);
            return sa != null && sb != null && (better ? sa > sb : sa < sb);
        }).map(LocationCriterion::name).toList();
    }
}
