package nl.praktijkplan.domain.input;

/**
 * The practice team apart from its holders, in FTE (aios as a head count: each trainee needs a consulting room).
 * The holders' own GP FTE is in {@link Practice#holders()}.
 *
 * @param employedGpFte GPs employed today (hidha, waarnemer on contract): their cost is in the year-1 costs
 */
public record Staffing(
        double employedGpFte,
        double pohSomaticFte,
        double pohMentalFte,
        double physicianAssistantFte,
        int aiosCount,
        double assistantFte) {
}
