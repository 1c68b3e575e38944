package nl.praktijkplan.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.FixedFinancing;
import nl.praktijkplan.domain.calc.OperatingYear;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.calc.RentVsBuyDetail;
import nl.praktijkplan.domain.input.BusinessCase;

/**
 * Monte Carlo simulation of one option: each draw shifts every driver by a value drawn from its
 * {@link DriverRange}, computes the option with the engine, and records the chosen outputs and three events: the
 * plan does not close (the domain's {@link nl.praktijkplan.domain.calc.FinancingVerdict}: a gap, a DSCR below the
 * norm in the fixed-rate period or an LTV above the norm), the DSCR falls below the bank norm ({@code loan.dscrMin}
 * as the case sees it, overrides included) in any year with debt service, and the cash after debt service runs short
 * ({@link OptionResult#cashShortfall()} &gt; 0).
 * <p>
 * <b>Financing.</b> By default every draw keeps the base case's agreed financing ({@link FinancingBasis#AGREED_PLAN},
 * DOMAIN rule 8): the stress test. {@link FinancingBasis#BANK_RESIZES} sizes the loan again in every draw: what would
 * the bank lend then? Draws compute only the option, not the "stay" baseline, no break-even rent, and no rent-versus-buy
 * comparison at all unless an output needs it.
 * <p>
 * <b>Deterministic.</b> Draw {@code i} uses its own generator, {@code new SplittableRandom(mix(seed, i))},
 * and its results are stored at index {@code i}; percentiles are taken after sorting all draws. The same
 * seed therefore gives identical results whatever the executor, the parallelism or the thread timing.
 * <p>
 * <b>Threads.</b> The calling thread works along with {@code parallelism − 1} tasks it submits to the
 * executor, and returns when all draws are done; call it from a background thread, not the FX thread.
 * The progress callback is called from worker threads (marshal it, e.g. with {@code Platform.runLater}).
 * When {@code cancelled} turns true, the run stops within one draw per thread and throws
 * {@link CancellationException}.
 * <p>
 * Each draw computes the case reduced to the chosen option ({@link CaseVariations#onlyOption}): the engine
 * computes options independently, so this gives the same numbers as the full case with less work.
 */
public final class MonteCarloSimulation {

    public static final int DEFAULT_DRAWS = 10_000;
    public static final long DEFAULT_SEED = 20_251_118L;
    /** DSCR counts as below the norm only when lower by more than this; the engine sizes loans at exactly the norm. */
    public static final double DSCR_TOLERANCE = 1e-9;
    private static final int CHUNK = 50;
    /** The events counted per draw, as rows of one array. */
    private static final int NOT_CLOSING = 0;
    private static final int DSCR_BELOW_NORM = 1;
    private static final int CASH_SHORT = 2;
    private static final int EVENTS = 3;

    private final BusinessCaseEngine engine;

    public MonteCarloSimulation(BusinessCaseEngine engine) {
        this.engine = engine;
    }

    /**
     * What to simulate.
     *
     * @param optionIndex the option in the case's options
     * @param ranges      at most one range per driver; drivers without a range keep the case's value
     * @param outputs     the outputs to give percentiles of
     * @param draws       number of draws, at least 1
     * @param basis       the financing each draw is computed on
     */
    public record Settings(int optionIndex, List<DriverRange> ranges, List<AnalysisOutput> outputs, int draws, long seed,
                           FinancingBasis basis) {
        public Settings {
            ranges = List.copyOf(ranges);
            outputs = List.copyOf(outputs);
            if (draws < 1) {
                throw new IllegalArgumentException("draws must be at least 1");
            }
            if (ranges.stream().map(DriverRange::driver).distinct().count() != ranges.size()) {
                throw new IllegalArgumentException("At most one range per driver");
            }
        }

        /** {@link #DEFAULT_DRAWS} draws of every output with {@link #DEFAULT_SEED} on the agreed financing. */
        public static Settings of(int optionIndex, List<DriverRange> ranges) {
            return new Settings(optionIndex, ranges, List.of(AnalysisOutput.values()), DEFAULT_DRAWS, DEFAULT_SEED,
                    FinancingBasis.AGREED_PLAN);
        }

        public Settings withDraws(int n) {
            return new Settings(optionIndex, ranges, outputs, n, seed, basis);
        }

        public Settings withSeed(long s) {
            return new Settings(optionIndex, ranges, outputs, draws, s, basis);
        }

        public Settings withBasis(FinancingBasis b) {
            return new Settings(optionIndex, ranges, outputs, draws, seed, b);
        }
    }

    /**
     * The distribution of one output over the draws in which it applies. Percentiles interpolate linearly
     * between order statistics, as Excel's PERCENTILE.INC: rank (n − 1)·p. NaN when it never applies.
     *
     * @param applicableDraws draws in which the output applies (e.g. DSCR only with a loan)
     */
    public record Percentiles(AnalysisOutput output, int applicableDraws, double p10, double p50, double p90, double mean) {
    }

    /**
     * The outcome of a run. {@code sortedValues} maps each simulated output to its applicable values over
     * the draws, ascending; read it with {@link #sortedValues(AnalysisOutput)}.
     *
     * @param probabilityNotClosing    share of all draws whose plan does not close (the domain's verdict)
     * @param probabilityDscrBelowNorm share of all draws with a DSCR below the norm in at least one year with debt service
     * @param probabilityCashShortfall share of all draws whose cash after debt service runs below zero
     */
    public record Result(Settings settings, List<Percentiles> percentiles, double probabilityNotClosing,
                         double probabilityDscrBelowNorm, double probabilityCashShortfall,
                         Map<AnalysisOutput, double[]> sortedValues) {

        public Percentiles percentiles(AnalysisOutput output) {
            for (Percentiles p : percentiles) {
                if (p.output() == output) {
                    return p;
                }
            }
            throw new IllegalArgumentException(output + " was not simulated");
        }

        /** The applicable values of one output over the draws, ascending (for a histogram or S-curve); a copy. */
        public double[] sortedValues(AnalysisOutput output) {
            double[] v = sortedValues.get(output);
            if (v == null) {
                throw new IllegalArgumentException(output + " was not simulated");
            }
            return v.clone();
        }
    }

    /** Runs in parallel on the common pool over all processors, without progress reports or cancellation. */
    public Result run(BusinessCase c, Settings s) {
        return run(c, s, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors(), f -> { }, () -> false);
    }

    /**
     * Runs the simulation.
     *
     * @param executor    runs the helper tasks; {@code Runnable::run} makes the run single-threaded
     * @param parallelism threads working on the draws, the caller's included (1 = the caller alone)
     * @param progress    receives the fraction of draws done, 0..1, after each block of draws
     * @param cancelled   polled once per draw; true stops the run
     * @throws CancellationException when cancelled
     */
    public Result run(BusinessCase c, Settings s, Executor executor, int parallelism, DoubleConsumer progress,
                      BooleanSupplier cancelled) {
        BusinessCase single = CaseVariations.onlyOption(c, s.optionIndex());
        FixedFinancing plan = FixedFinancing.of(single, engine.computeOption(single, 0, RentVsBuyDetail.NONE));
        RentVsBuyDetail detail = s.outputs().stream().anyMatch(AnalysisOutput::needsRentVsBuy)
                ? RentVsBuyDetail.WITHOUT_BREAK_EVEN_RENT : RentVsBuyDetail.NONE;
        int n = s.draws();
        int outputs = s.outputs().size();
        double[][] values = new double[outputs][n];
        boolean[][] events = new boolean[EVENTS][n];

        int chunks = (n + CHUNK - 1) / CHUNK;
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch chunksFinished = new CountDownLatch(chunks);
        Runnable worker = () -> {
            int k;
            while ((k = nextChunk.getAndIncrement()) < chunks) {
                try {
                    if (failure.get() != null || cancelled.getAsBoolean()) {
                        continue;
                    }
                    int from = k * CHUNK;
                    int to = Math.min(n, from + CHUNK);
                    int computed = 0;
                    for (int i = from; i < to && !cancelled.getAsBoolean(); i++) {
                        draw(single, plan, detail, s, i, values, events);
                        computed++;
                    }
                    progress.accept(done.addAndGet(computed) / (double) n);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    chunksFinished.countDown();
                }
            }
        };
        for (int w = 1; w < Math.min(parallelism, chunks); w++) {
            try {
                executor.execute(worker);
            } catch (RejectedExecutionException e) {
                break; // the caller does the rest
            }
        }
        worker.run();
        try {
            chunksFinished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Monte Carlo draw failed", failure.get());
        }
        if (done.get() < n) {
            throw new CancellationException("Monte Carlo simulation cancelled");
        }

        List<Percentiles> percentiles = new ArrayList<>(outputs);
        Map<AnalysisOutput, double[]> sorted = new EnumMap<>(AnalysisOutput.class);
        for (int j = 0; j < outputs; j++) {
            double[] v = Arrays.stream(values[j]).filter(x -> !Double.isNaN(x)).toArray();
            Arrays.sort(v);
            sorted.put(s.outputs().get(j), v);
            percentiles.add(new Percentiles(s.outputs().get(j), v.length, percentile(v, 0.10), percentile(v, 0.50),
                    percentile(v, 0.90), mean(v)));
        }
        return new Result(s, percentiles, share(events[NOT_CLOSING]), share(events[DSCR_BELOW_NORM]),
                share(events[CASH_SHORT]), sorted);
    }

    private static double share(boolean[] happened) {
        int count = 0;
        for (boolean b : happened) {
            if (b) {
                count++;
            }
        }
        return count / (double) happened.length;
    }

    /** The generator of draw {@code i}: a SplitMix64 finaliser of seed and index, so draws are independent of order. */
    static SplittableRandom generator(long seed, int i) {
        return new SplittableRandom(mix64(seed + 0x9E3779B97F4A7C15L * (i + 1L)));
    }

    private void draw(BusinessCase single, FixedFinancing plan, RentVsBuyDetail detail, Settings s, int i, double[][] values,
                      boolean[][] events) {
        SplittableRandom rng = generator(s.seed(), i);
        BusinessCase v = single;
        for (DriverRange r : s.ranges()) {
            v = r.driver().apply(v, 0, r.draw(rng));
        }
        OptionResult o = s.basis().compute(engine, v, 0, plan, detail);
        for (int j = 0; j < values.length; j++) {
            Double x = s.outputs().get(j).of(o);
            values[j][i] = x == null ? Double.NaN : x;
        }
        events[NOT_CLOSING][i] = !o.verdict().closes();
        events[DSCR_BELOW_NORM][i] = dscrBelowNorm(o, CaseVariations.dscrNorm(v));
        events[CASH_SHORT][i] = o.cashShortfall() > 0;
    }

    /** Whether any year with debt service has a DSCR below the norm (by more than {@link #DSCR_TOLERANCE}). */
    public static boolean dscrBelowNorm(OptionResult o, double norm) {
        for (OperatingYear y : o.years()) {
            if (y.dscr() != null && y.dscr() < norm - DSCR_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** Linear interpolation between order statistics at rank (n − 1)·p (Excel PERCENTILE.INC); NaN for no values. */
    public static double percentile(double[] sortedAscending, double p) {
        int n = sortedAscending.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sortedAscending[n - 1];
        }
        return sortedAscending[lo] + (h - lo) * (sortedAscending[lo + 1] - sortedAscending[lo]);
    }

    private static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
