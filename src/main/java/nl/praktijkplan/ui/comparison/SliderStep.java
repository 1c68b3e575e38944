package nl.praktijkplan.ui.comparison;

/** The step of a consultation slider (plain arithmetic, apart from the slider so that it needs no JavaFX toolkit). */
final class SliderStep {

    private SliderStep() {
    }

    /**
     * A round step near one hundredth of {@code scale}: 1, 2 or 5 times a power of ten (768,000 → 10,000;
     * 200 €/m² → 2).
     */
    static double nice(double scale) {
        double raw = Math.abs(scale) / 100;
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * power;
    }
}
