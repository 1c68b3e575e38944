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
 * view and chart updated (synchronous; JFreeChart's ChartCanvas redraws on the chart change), and (b) until the
 * layout pass of the next pulse has finished. Scenario 1: only the first chapter built (the practice chapter with
 * one chart). Scenario 2: after every chapter has been opened once (all nine chapters and their eight charts listen).
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s '-screen 0 1366x768x24' java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     nl.praktijkplan.bench.RecomputeRedraw
 * </pre>
 */
public final class RecomputeRedraw {

    private static final int WARM_UP = 30;
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
            List<Long> update = new ArrayList<>();
            List<Long> pulse = new ArrayList<>();
            step(0, field, update, pulse, () -> {
                System.out.printf("%s: recompute+update median %.2f ms, p95 %.2f ms; to end of next layout pulse median %.2f ms, p95 %.2f ms (n=%d)%n",
                        scenario, ms(update, 50), ms(update, 95), ms(pulse, 50), ms(pulse, 95), update.size());
                System.out.printf("%s: engine alone (last run) %.3f ms%n", scenario, viewModel().lastComputeNanos() / 1e6);
                breakdown(scenario);
                then.run();
            });
        }

        private void step(int i, TextField field, List<Long> update, List<Long> pulse, Runnable done) {
            if (i == WARM_UP + RUNS) {
                done.run();
                return;
            }
            long t0 = System.nanoTime();
            field.setText(i % 2 == 0 ? "4.100" : "4.000");
            long t1 = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                long t2 = System.nanoTime();
                scene.removePostLayoutPulseListener(listener[0]);
                if (i >= WARM_UP) {
                    update.add(t1 - t0);
                    pulse.add(t2 - t0);
                }
                Platform.runLater(() -> step(i + 1, field, update, pulse, done));
            };
            scene.addPostLayoutPulseListener(listener[0]);
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
