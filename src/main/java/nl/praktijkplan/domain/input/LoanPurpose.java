package nl.praktijkplan.domain.input;

/** What a loan part pays for; banks set its term by it (a fit-out over at most ten years, a building over twenty). */
public enum LoanPurpose {
    /** Inrichting: the practice's fit-out inside the building. */
    FIT_OUT("inrichting", "fit-out"),
    /** Apparatuur en inventaris: medical equipment and furniture. */
    EQUIPMENT("apparatuur en inventaris", "equipment and furniture"),
    /** Overbrugging: until a sale, a grant or an insurer contribution comes in. */
    BRIDGE("overbrugging", "bridge loan"),
    /** Anything else the practice agrees with its bank. */
    OTHER("overig", "other");

    private final String dutch;
    private final String english;

    LoanPurpose(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(boolean inDutch) {
        return inDutch ? dutch : english;
    }
}
