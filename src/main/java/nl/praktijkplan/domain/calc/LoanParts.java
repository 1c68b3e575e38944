package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.praktijkplan.domain.input.LoanPart;

/**
 * The loan parts an option agrees beside its main loan (DOMAIN rule 5: tranches with their own purpose, amount and
 * terms), year by year. A part is drawn at t = 0 as far as the option still needs money after own funds and
 * contributions, in the order the parts are listed, so that sources never exceed uses; the main loan ("as much as
 * allowed") finances what the parts leave. Their interest is deducted for tax and their debt service counts in total
 * debt service, as the existing debts' does.
 */
public final class LoanParts {

    /** One part as drawn: its terms and its schedule over the horizon. */
    public record Drawn(LoanPart part, double amount, AmortisationSchedule schedule) {
        public LoanTerms terms() {
            return schedule.terms();
        }
    }

    static final LoanParts NONE = new LoanParts(List.of());

    private final List<Drawn> drawn;

    private LoanParts(List<Drawn> drawn) {
        this.drawn = Collections.unmodifiableList(drawn);
    }

    /**
     * @param need          what the option still needs after own money and contributions (before the BMKB fee)
     * @param refinanceRate the case's refinancing rate, for a part whose rate is fixed for less than its term
     */
    static LoanParts draw(List<LoanPart> parts, double need, double refinanceRate, int horizonYears) {
        List<Drawn> list = new ArrayList<>(parts.size());
        double left = Math.max(0, need);
        for (LoanPart p : parts) {
            double amount = Math.min(p.amount(), left);
            left -= amount;
            list.add(new Drawn(p, amount, new AmortisationSchedule(amount, terms(p, refinanceRate), horizonYears)));
        }
        return new LoanParts(list);
    }

    /** The parts of an agreed plan: the same amounts and terms, drawn again over the horizon. */
    static LoanParts agreed(List<Drawn> parts, int horizonYears) {
        List<Drawn> list = new ArrayList<>(parts.size());
        for (Drawn d : parts) {
            list.add(new Drawn(d.part(), d.amount(), new AmortisationSchedule(d.amount(), d.terms(), horizonYears)));
        }
        return new LoanParts(list);
    }

    /** A part's rate is fixed for its fixed years (0: its whole term); the case's refinancing rate applies after. */
    static LoanTerms terms(LoanPart p, double refinanceRate) {
        int fixed = p.fixedYears() <= 0 ? p.termYears() : Math.min(p.fixedYears(), p.termYears());
        double rate = p.ratePct() / 100;
        return new LoanTerms(rate, p.termYears(), p.repayment(), p.balloonPct() / 100, fixed,
                fixed >= p.termYears() ? rate : refinanceRate);
    }

    public List<Drawn> drawn() {
        return drawn;
    }

    /** Everything the parts lend at t = 0. */
    public double total() {
        return drawn.stream().mapToDouble(Drawn::amount).sum();
    }

    public double interest(int t) {
        return drawn.stream().mapToDouble(d -> d.schedule().years().get(t - 1).interest()).sum();
    }

    public double principal(int t) {
        return drawn.stream().mapToDouble(d -> d.schedule().years().get(t - 1).principal()).sum();
    }

    public double debtService(int t) {
        return interest(t) + principal(t);
    }

    /** What the parts still owe at the end of plan year t; the amounts drawn at t = 0. */
    public double balanceEnd(int t) {
        return drawn.stream().mapToDouble(d -> d.schedule().balanceAfterYear(t)).sum();
    }

    /** Interest of the first month, for the interest during construction. */
    double firstMonthInterest() {
        return drawn.stream().mapToDouble(d -> d.amount() * d.terms().monthlyRate()).sum();
    }
}
