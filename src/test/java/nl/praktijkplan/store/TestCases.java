package nl.praktijkplan.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Practice;

/** Sample content and small edits for the store tests. */
final class TestCases {

    private TestCases() {
    }

    static BusinessCase sample() {
        return SampleCases.load(SampleCases.FIRST);
    }

    static BusinessCase named(String practice, String municipality, String caseName) {
        return CaseContent.withNames(sample(), caseName, practice, municipality);
    }

    /** The case with edit number {@code n} in its notes (the edit counter the persistence tests look for). */
    static BusinessCase edit(BusinessCase c, int n) {
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(),
                c.assumptionOverrides(), "edit " + n);
    }

    /** The edit counter of {@link #edit}, or -1. */
    static int editNumber(BusinessCase c) {
        String notes = c.notes();
        return notes != null && notes.startsWith("edit ") ? Integer.parseInt(notes.substring(5)) : -1;
    }

    static BusinessCase withPatients(BusinessCase c, int patients) {
        return c.withPractice(c.practice().withPatients(patients));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
