/**
 * The analysis layer on top of the engine: compare options and see the risk. Pure Java, no UI, no I/O.
 * <ul>
 * <li>{@link nl.praktijkplan.domain.analysis.CaseVariations}: derive a modified case (rate, build cost, rent, growth, yield, tariff, discount rate, equity).</li>
 * <li>{@link nl.praktijkplan.domain.analysis.Driver}: the uncertain inputs, varied by a shift with sensible default swings.</li>
 * <li>{@link nl.praktijkplan.domain.analysis.AnalysisOutput}: the numbers of one option that the analyses follow.</li>
 * <li>{@link nl.praktijkplan.domain.analysis.OptionComparison}: stay plus up to four options side by side, best value per row.</li>
 * <li>{@link nl.praktijkplan.domain.analysis.SensitivityAnalysis}: one-at-a-time sensitivity, the tornado chart.</li>
 * <li>{@link nl.praktijkplan.domain.analysis.MonteCarloSimulation} with {@link nl.praktijkplan.domain.analysis.DriverRange}:
 * P10/P50/P90 and the probability that DSCR falls below the bank norm; deterministic per seed, parallel, cancellable.</li>
 * <li>{@link nl.praktijkplan.domain.analysis.GoalSeek}: highest price, build cost and rent the DSCR norm allows, equity that closes the gap.</li>
 * </ul>
 * All of them call {@link nl.praktijkplan.domain.calc.BusinessCaseEngine#compute} and never re-implement a
 * calculation, so every number they show agrees with the rest of the product. Instances are immutable and thread-safe.
 */
package nl.praktijkplan.domain.analysis;
