package nl.praktijkplan.domain.calc;

import java.util.List;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Segment3Arrangement;

/**
 * The impact an option offers the health insurer, in the Leidraad's terms (DOMAIN rule 11): the patient places it
 * adds (capacity of its m² minus capacity of the current m², by the space requirement), the patients it serves in
 * the last plan year beyond staying, the region's insured people without a GP set against those places, and what is
 * asked of the insurer: a one-off contribution and yearly segment-3 amounts, per added place.
 *
 * @param placesAdded          patient places the option's m² add to the current m² (≥ 0)
 * @param currentCapacity      patients the current m² hold by the norm
 * @param patientsNow          registered patients today
 * @param extraServed          patients served in the last plan year beyond staying
 * @param oneOff               one-off contribution asked towards the investment
 * @param yearly               segment-3 amounts per year (start year and duration each)
 * @param totalAsked           one-off + every yearly amount × its years
 */
public record InsurerImpact(double placesAdded, double currentCapacity, double patientsNow, double extraServed,
                            Integer insuredWithoutGp, double oneOff, List<Segment3Arrangement> yearly, double totalAsked) {

    public InsurerImpact {
        yearly = List.copyOf(yearly);
    }

    public static InsurerImpact of(BusinessCaseResult r, OptionResult option) {
        BusinessCase c = r.input();
        double places = placesAdded(option, r.stay());
        double oneOff = option.option().contributions().insurer();
        List<Segment3Arrangement> yearly = c.income().segment3();
        double total = oneOff + yearly.stream().mapToDouble(s -> s.amountPerYear() * s.years()).sum();
        return new InsurerImpact(places, r.stay().capacityPatients(), c.practice().patients(), option.extraPatientsVsStay(),
                c.region().insuredWithoutGp(), oneOff, yearly, total);
    }

    /** Patient places an option's m² add to the current m² (the stay baseline's): the difference of their capacities, ≥ 0. */
    public static double placesAdded(OptionResult option, OptionResult stay) {
        return Math.max(0, option.capacityPatients() - stay.capacityPatients());
    }

    /** Whether anything is asked of the insurer (a one-off contribution or a yearly segment-3 amount). */
    public boolean asked() {
        return totalAsked > 0;
    }

    /** How far today's list lies above the current m²'s norm capacity, in percent; null when it fits. */
    public Double todayAboveCapacityPct() {
        return currentCapacity > 0 && patientsNow > currentCapacity ? 100 * (patientsNow / currentCapacity - 1) : null;
    }

    /** The added places as a share of the region's insured people without a GP, in percent; null without both. */
    public Double placesShareOfWithoutGpPct() {
        return insuredWithoutGp != null && insuredWithoutGp > 0 && placesAdded > 0 ? 100 * placesAdded / insuredWithoutGp : null;
    }

    /** Everything asked of the insurer per added patient place; null without a place or without an amount asked. */
    public Double askedPerPlace() {
        return placesAdded >= 1 && totalAsked > 0 ? totalAsked / placesAdded : null;
    }
}
