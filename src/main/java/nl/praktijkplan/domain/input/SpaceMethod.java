package nl.praktijkplan.domain.input;

/** How the space requirement is computed. */
public enum SpaceMethod {
    /** LHV bouwnorm: 190 m² per 2,439 registered patients. */
    NORM,
    /** Rooms counted from staffing, each with an m² norm, plus support space, times the BVO factor. */
    ROOM_PROGRAMME
}
