package nl.praktijkplan.domain.input;

/** The practice team in FTE (aios as a head count: each trainee needs a consulting room). */
public record Staffing(
        double gpFte,
        double pohSomaticFte,
        double pohMentalFte,
        double physicianAssistantFte,
        int aiosCount,
        double assistantFte) {
}
