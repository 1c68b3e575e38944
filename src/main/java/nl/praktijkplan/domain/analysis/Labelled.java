package nl.praktijkplan.domain.analysis;

/** Something with a Dutch and an English label (outputs, drivers, comparison metrics). */
public interface Labelled {

    String labelNl();

    String labelEn();

    default String label(boolean dutch) {
        return dutch ? labelNl() : labelEn();
    }
}
