package nl.praktijkplan.domain.input;

/** What the practice holders take out to live on; it comes before debt service in the bank's eyes. */
public record PrivateFinances(int practiceHolders, double drawingsPerHolder) {

    public double drawingsYear1() {
        return practiceHolders * drawingsPerHolder;
    }
}
