package nl.praktijkplan.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Practice;

/**
 * A full recompute of a 30-year case with three options (the LHV sample's two purchase options plus a
 * rent option, horizon set to 30), as the screen does on every keystroke. Run: {@code .ci/bench EngineBench}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EngineBench {

    private final BusinessCaseEngine engine = new BusinessCaseEngine();
    private BusinessCase thirtyYearsThreeOptions;

    @Setup
    public void setUp() {
        thirtyYearsThreeOptions = thirtyYearsThreeOptions();
    }

    /** The LHV sample over 30 years with a third, rented option taken from the duo sample. */
    public static BusinessCase thirtyYearsThreeOptions() {
        BusinessCase lhv = SampleCases.load("lhv-bouwadvies.json");
        HousingOption rent = SampleCases.load("duo-huurpraktijk.json").options().get(0);
        List<HousingOption> options = new ArrayList<>(lhv.options());
        options.add(rent);
        Practice p = lhv.practice();
        Practice thirty = p.withHorizonYears(30);
        return new BusinessCase(lhv.caseName(), thirty, lhv.staffing(), lhv.currentPremises(), lhv.growth(), lhv.income(),
                lhv.costs(), lhv.privateFinances(), lhv.financing(), options, lhv.preferredOption(), lhv.region(),
                new HashMap<>(), lhv.notes());
    }

    @Benchmark
    public BusinessCaseResult fullRecompute() {
        return engine.compute(thirtyYearsThreeOptions);
    }
}
