package nl.praktijkplan.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.FinancingBasis;
import nl.praktijkplan.domain.analysis.MonteCarloSimulation;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.common.NumberFormats;

/**
 * Ranges per driver, seed, number of draws and the financing basis; runs the simulation of the selected option off the
 * FX thread (a {@link Task} with progress and cancel) and shows P10/P50/P90 and the chances that the plan does not
 * close, that the DSCR falls below the bank norm in any year and that the cash runs short. By default every draw keeps
 * the agreed financing (the stress test); "what would the bank lend then?" is a separate, labelled choice.
 */
public final class MonteCarloView {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "monte-carlo");
        t.setDaemon(true);
        return t;
    });

    private final CaseViewModel vm;
    private final I18n i18n;
    private final NumberFormats n;
    private final MonteCarloModel model = new MonteCarloModel();
    private final List<TextField[]> fields = new ArrayList<>();
    private final TextField draws = new TextField();
    private final TextField seed = new TextField();
    private final ComboBox<FinancingBasis> basis = new ComboBox<>();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final GridPane results = new GridPane();
    private final VBox box;
    private Task<MonteCarloSimulation.Result> task;

    public MonteCarloView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.n = i18n.numbers();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label(i18n.t("mc.driver")), new Label(i18n.t("mc.min")), new Label(i18n.t("mc.mode")),
                new Label(i18n.t("mc.max")), new Label());
        int row = 1;
        for (MonteCarloModel.Range r : model.ranges()) {
            TextField[] f = {field(r.min()), field(r.mode()), field(r.max())};
            String id = "mc-" + r.driver().name();
            f[0].setId(id + "-min");
            f[1].setId(id + "-mode");
            f[2].setId(id + "-max");
            String label = r.driver().label(i18n.dutch());
            for (TextField t : f) {
                t.setAccessibleText(label);
            }
            fields.add(f);
            grid.addRow(row++, new Label(label), f[0], f[1], f[2], new Label(MonteCarloModel.unit(r.driver())));
        }
        draws.setId("mcDraws");
        draws.setText(String.valueOf(model.draws()));
        draws.setPrefColumnCount(7);
        seed.setId("mcSeed");
        seed.setText(String.valueOf(model.seed()));
        seed.setPrefColumnCount(10);
        run.setId("mcRun");
        run.setText(i18n.t("mc.run"));
        run.setDefaultButton(false);
        run.setOnAction(e -> start());
        cancel.setId("mcCancel");
        cancel.setText(i18n.t("mc.cancel"));
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        progress.setId("mcProgress");
        progress.setPrefWidth(200);
        status.setId("mcStatus");
        status.setWrapText(true);
        results.setId("mcResults");
        results.setHgap(16);
        results.setVgap(4);
        basis.setId("mcBasis");
        basis.getItems().setAll(FinancingBasis.values());
        basis.setValue(model.basis());
        basis.setButtonCell(basisCell());
        basis.setCellFactory(l -> basisCell());
        basis.setAccessibleText(i18n.t("risk.basis"));
        HBox basisRow = new HBox(8, new Label(i18n.t("risk.basis")), basis);
        basisRow.setAlignment(Pos.CENTER_LEFT);
        Label basisHint = new Label(i18n.t("risk.basis.hint"));
        basisHint.setWrapText(true);
        HBox controls = new HBox(8, new Label(i18n.t("mc.draws")), draws, new Label(i18n.t("mc.seed")), seed, run, cancel,
                progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(i18n.t("mc.hint"));
        hint.setWrapText(true);
        box = new VBox(8, hint, grid, basisRow, basisHint, controls, status, results);
        box.setPadding(new Insets(8, 12, 12, 12));
    }

    private ListCell<FinancingBasis> basisCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(FinancingBasis item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(i18n.dutch()));
            }
        };
    }

    private TextField field(double v) {
        TextField f = new TextField(n.format(v, 2));
        f.setPrefColumnCount(5);
        return f;
    }

    /** Reads the fields into the model; false (and a message) when a value is not a number or out of order. */
    private boolean read() {
        try {
            for (int i = 0; i < fields.size(); i++) {
                TextField[] f = fields.get(i);
                MonteCarloModel.Range r = model.ranges().get(i);
                double lo = number(f[0]);
                double mo = number(f[1]);
                double hi = number(f[2]);
                r.set(lo, mo, hi);
                r.toDriverRange();
            }
            model.setDraws((int) number(draws));
            model.setSeed(Long.parseLong(seed.getText().trim()));
            model.setBasis(basis.getValue());
            return true;
        } catch (IllegalArgumentException e) {
            status.setText(i18n.t("mc.invalid"));
            return false;
        }
    }

    private double number(TextField f) {
        NumberFormats.Parsed p = n.parse(f.getText(), false);
        if (!p.ok() || p.value() == null) {
            throw new IllegalArgumentException(f.getText());
        }
        return p.value();
    }

    /** Starts a run of the selected option off the FX thread. */
    public void start() {
        if (task != null && task.isRunning()) {
            return;
        }
        if (!read()) {
            return;
        }
        BusinessCase c = vm.businessCase();
        int option = Math.min(vm.selectedOption(), c.options().size() - 1);
        if (option < 0) {
            status.setText(i18n.t("risk.noOption"));
            return;
        }
        MonteCarloSimulation.Settings settings = model.settings(option);
        String optionName = c.options().get(option).name();
        AtomicBoolean stop = new AtomicBoolean();
        task = new Task<>() {
            @Override
            protected MonteCarloSimulation.Result call() {
                int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
                return new MonteCarloSimulation(new BusinessCaseEngine()).run(c, settings, POOL, threads,
                        p -> updateProgress(p, 1), () -> stop.get() || isCancelled());
            }

            @Override
            protected void cancelled() {
                stop.set(true);
                finished();
                status.setText(i18n.t("mc.cancelled"));
            }

            @Override
            protected void succeeded() {
                finished();
                show(getValue(), optionName);
            }

            @Override
            protected void failed() {
                finished();
                status.setText(getException() instanceof java.util.concurrent.CancellationException
                        ? i18n.t("mc.cancelled") : i18n.t("mc.failed", String.valueOf(getException().getMessage())));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        run.setDisable(true);
        cancel.setDisable(false);
        status.setText(i18n.t("mc.running", n.format(settings.draws(), 0), optionName));
        POOL.execute(task);
    }

    private void finished() {
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
    }

    private void show(MonteCarloSimulation.Result r, String optionName) {
        progress.setProgress(1);
        results.getChildren().clear();
        results.addRow(0, bold(i18n.t("mc.output")), bold("P10"), bold("P50"), bold("P90"));
        int row = 1;
        for (AnalysisOutput o : MonteCarloModel.OUTPUTS) {
            MonteCarloSimulation.Percentiles p = r.percentiles(o);
            Label name = new Label(SensitivityView.outputLabel(o, i18n));
            results.addRow(row, name, value(o, p.p10(), "mc-p10-" + o.name()), value(o, p.p50(), "mc-p50-" + o.name()),
                    value(o, p.p90(), "mc-p90-" + o.name()));
            row++;
        }
        row = probability(i18n.t("mc.notClosing", n.percent(r.probabilityNotClosing() * 100, 1)), "mcNotClosing", row);
        row = probability(i18n.t("mc.probability", n.percent(r.probabilityDscrBelowNorm() * 100, 1)), "mcProbability", row);
        probability(i18n.t("mc.cashShort", n.percent(r.probabilityCashShortfall() * 100, 1)), "mcCashShort", row);
        status.setText(i18n.t("mc.done", n.format(r.settings().draws(), 0), String.valueOf(r.settings().seed()),
                optionName));
    }

    /** A probability as a bold line across the table at {@code row}; returns the next row. */
    private int probability(String text, String id, int row) {
        Label prob = new Label(text);
        prob.setId(id);
        prob.setWrapText(true);
        prob.setStyle("-fx-font-weight: bold;");
        results.add(prob, 0, row, 4, 1);
        return row + 1;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Label value(AnalysisOutput o, double v, String id) {
        Label l = new Label(format(o, v, n));
        l.setId(id);
        return l;
    }

    /** An output's value as text: DSCR with two decimals, amounts in euros, "–" when it never applied. */
    public static String format(AnalysisOutput o, double v, NumberFormats n) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return o.ratio() ? n.format(v, 2) : n.money(v);
    }

    public VBox node() {
        return box;
    }

    public MonteCarloModel model() {
        return model;
    }

    /** The running or last task (tests). */
    public Task<MonteCarloSimulation.Result> task() {
        return task;
    }

    /** Platform hook to stop a run when the window closes. */
    public void cancel() {
        if (task != null) {
            Platform.runLater(task::cancel);
        }
    }
}
