package nl.praktijkplan.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.praktijkplan.app.PraktijkplanApp;

/**
 * Recompute-and-redraw time of the real window after one input change (not a unit test; run it under a display):
 * sets a field's text on the FX thread and measures (a) until the change has been recomputed and every listening
 * view and chart updated (synchronous; JFreeChart's ChartCanvas redraws on the chart change), and (b) the CSS and
 * layout pass of the next pulse (pre- to post-layout listener). (a) + (b) is the FX thread's work for the frame,
 * the figure held against the 16 ms budget; the latency to the end of that pulse is printed too, but it also holds
 * the wait for JavaFX's 60 Hz pulse timer, which is idle time, not work. Scenario 1: only the first chapter built (the practice chapter with
 * one chart). Scenario 2: after every chapter has been opened once (all nine chapters and their eight charts listen).
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s '-screen 0 1366x768x24' java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     nl.praktijkplan.bench.RecomputeRedraw
 * </pre>
 * By default each scenario measures 200 edits after 30 warm-up edits: the JIT is still compiling the chart code
 * then, which is what a user meets in the first minutes. {@code -DwarmUp=400} measures the warmed-up window.
 */
public final class RecomputeRedraw {

    private static final int WARM_UP = Integer.getInteger("warmUp", 30);
    private static final int RUNS = 200;

    private RecomputeRedraw() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("praktijkplan.configDir", Files.createTempDirectory("pp-bench").toString());
        Application.launch(Harness.class, args);
    }

    public static final class Harness extends PraktijkplanApp {

        private Scene scene;

        @Override
        public void start(Stage stage) {
            super.start(stage);
            scene = stage.getScene();
            PauseTransition settle = new PauseTransition(Duration.seconds(3));
            settle.setOnFinished(e -> run("first chapter only", () -> {
                for (String id : new String[] {"space", "options", "investment", "financing", "operations", "comparison",
                        "report", "assumptions", "practice"}) {
                    view().select(id);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }
                PauseTransition again = new PauseTransition(Duration.seconds(1));
                again.setOnFinished(x -> run("all chapters built", Platform::exit));
                again.play();
            }));
            settle.play();
        }

        private void run(String scenario, Runnable then) {
            TextField field = (TextField) scene.getRoot().lookup("#practice-patients");
            Samples samples = new Samples();
            step(0, field, samples, () -> {
                System.out.printf("%s (n=%d, after %d warm-up edits):%n", scenario, samples.update.size(), WARM_UP);
                System.out.printf("  recompute + update of every listening view and chart: median %.2f ms, p95 %.2f ms%n",
                        ms(samples.update, 50), ms(samples.update, 95));
                System.out.printf("  CSS + layout of the next pulse:                       median %.2f ms, p95 %.2f ms%n",
                        ms(samples.layout, 50), ms(samples.layout, 95));
                System.out.printf("  work per edit on the FX thread (the sum):             median %.2f ms, p95 %.2f ms%n",
                        ms(samples.work, 50), ms(samples.work, 95));
                System.out.printf("  latency to the end of that pulse (incl. waiting for the 60 Hz pulse timer): median %.2f ms%n",
                        ms(samples.latency, 50));
                System.out.printf("  engine alone (last edit) %.3f ms%n", viewModel().lastComputeNanos() / 1e6);
                breakdown(scenario);
                then.run();
            });
        }

        /** Per edit: the synchronous update, the pulse's CSS and layout, their sum, and the latency to the pulse's end. */
        private static final class Samples {
            final List<Long> update = new ArrayList<>();
            final List<Long> layout = new ArrayList<>();
            final List<Long> work = new ArrayList<>();
            final List<Long> latency = new ArrayList<>();
        }

        private void step(int i, TextField field, Samples samples, Runnable done) {
            if (i == WARM_UP + RUNS) {
                done.run();
                return;
            }
            long t0 = System.nanoTime();
            field.setText(i % 2 == 0 ? "4.100" : "4.000");
            field.fireEvent(new javafx.event.ActionEvent()); // Enter applies the typing
            long t1 = System.nanoTime();
            long[] layoutStart = new long[1];
            Runnable[] pre = new Runnable[1];
            Runnable[] post = new Runnable[1];
            pre[0] = () -> {
                layoutStart[0] = System.nanoTime();
                scene.removePreLayoutPulseListener(pre[0]);
            };
            post[0] = () -> {
                long t2 = System.nanoTime();
                scene.removePostLayoutPulseListener(post[0]);
                if (i >= WARM_UP) {
                    samples.update.add(t1 - t0);
                    samples.layout.add(t2 - layoutStart[0]);
                    samples.work.add(t1 - t0 + t2 - layoutStart[0]);
                    samples.latency.add(t2 - t0);
                }
                Platform.runLater(() -> step(i + 1, field, samples, done));
            };
            scene.addPreLayoutPulseListener(pre[0]);
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        }

        /** Where the time goes: the edit without views, building a chart, drawing it into the viewer. */
        private void breakdown(String scenario) {
            var vm = viewModel();
            var charts = new nl.praktijkplan.report.charts.BusinessCaseCharts(nl.praktijkplan.ui.common.I18n.DUTCH,
                    nl.praktijkplan.report.charts.ChartPalette.LIGHT);
            var viewer = (org.jfree.chart.fx.ChartViewer) scene.getRoot().lookup("#chart-patients");
            List<Long> edit = new ArrayList<>();
            List<Long> build = new ArrayList<>();
            List<Long> draw = new ArrayList<>();
            var reader = new nl.praktijkplan.casefile.CaseFileReader();
            var writer = new nl.praktijkplan.casefile.CaseFileWriter();
            var engine = new nl.praktijkplan.domain.calc.BusinessCaseEngine();
            var tree = writer.toTree(vm.businessCase());
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                var candidate = tree.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) candidate.get("practice")).put("patients", i % 2 == 0 ? 4100 : 4000);
                var read = reader.read(candidate);
                engine.compute(read.businessCase());
                long t1 = System.nanoTime();
                var chart = charts.patientsAndSpace(vm.result());
                long t2 = System.nanoTime();
                viewer.setChart(chart);
                long t3 = System.nanoTime();
                edit.add(t1 - t0);
                build.add(t2 - t1);
                draw.add(t3 - t2);
            }
            System.out.printf("%s: breakdown medians: copy+validate+compute %.2f ms, build chart %.2f ms, draw chart %.2f ms%n",
                    scenario, ms(edit, 50), ms(build, 50), ms(draw, 50));
        }

        private static double ms(List<Long> values, int percentile) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int idx = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, idx)) / 1e6;
        }
    }
}
