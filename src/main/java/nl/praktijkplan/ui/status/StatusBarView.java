package nl.praktijkplan.ui.status;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.FirstFrame;
import nl.praktijkplan.ui.common.I18n;

/**
 * The status bar: the option the lights speak of (the preferred one), then one traffic light per judgement in the
 * order {@link Verdicts#of} gives them, then the unsaved mark. A light is never narrower than its text and has a
 * fixed minimum width, so that numbers are never cut and the lights do not jump as values change; only the option's
 * name gives way (with a tooltip). A new judgement is one more verdict in {@link Verdicts}: it gets its light here.
 */
public final class StatusBarView {

    /** Minimum widths of the lights in em (the font size): wide enough for their usual values. */
    private static final java.util.Map<String, Double> MIN_EM = java.util.Map.of("plan", 12.0,
            "dscr", 6.0, "ltv", 5.5, "space", 10.5);
    private static final Object TIP_TEXT = "pp.tipText";

    private final HBox box = new HBox(16);
    private final HBox lightsBox = new HBox(14);
    private final I18n i18n;
    private final CaseViewModel vm;
    private final java.util.Map<String, Label> lights = new java.util.HashMap<>();
    private final Label option = new Label();
    private final Label dirty = new Label();
    /** True once the tooltips are there; until then a light keeps its explanation under {@link #TIP_TEXT}. */
    private boolean tipsReady;

    public StatusBarView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        box.getStyleClass().add("pp-status-bar");
        box.setPadding(new Insets(6, 12, 6, 12));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("statusBar");
        option.setId("statusOption");
        option.getStyleClass().add(Styles.TEXT_BOLD);
        option.setMinWidth(80);
        lightsBox.setAlignment(Pos.CENTER_LEFT);
        lightsBox.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        dirty.setId("statusUnsaved");
        dirty.getStyleClass().add(Styles.TEXT_MUTED);
        dirty.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().addAll(option, lightsBox, spacer, dirty);
        vm.on(vm.resultProperty(), () -> update(vm.result()));
        // The result changes before the dirty mark does (and a save changes only the mark): follow both.
        vm.on(vm.dirtyProperty(), this::showDirty);
        update(vm.result());
        // A tooltip is a popup window of its own: the start-up window's first frame comes without them (FirstFrame).
        FirstFrame.after(box, () -> {
            tipsReady = true;
            installTip(option);
            lights.values().forEach(this::installTip);
        });
    }

    /** The light's explanation: shown in its tooltip, or kept until the tooltip comes. */
    private void tip(Label l, String text) {
        l.getProperties().put(TIP_TEXT, text);
        if (l.getTooltip() != null) {
            l.getTooltip().setText(text);
        }
    }

    private void installTip(Label l) {
        Tooltip tip = new Tooltip((String) l.getProperties().get(TIP_TEXT));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(200));
        l.setTooltip(tip);
    }

    private void showDirty() {
        dirty.setText(vm.dirtyProperty().get() ? i18n.t("status.unsaved") : "");
    }

    public HBox node() {
        return box;
    }

    private static String lightKey(Verdicts.Light light) {
        return switch (light) {
            case GREEN -> "status.light.green";
            case AMBER -> "status.light.amber";
            case RED -> "status.light.red";
            case NONE -> "status.light.none";
        };
    }

    /** A light's label: at least its fixed width and never narrower than its text. */
    private static final class Light extends Label {
        private final double minEm;

        Light(double minEm) {
            this.minEm = minEm;
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.max(super.computePrefWidth(height), minEm * getFont().getSize());
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }
    }

    private Label light(Verdicts.Verdict v) {
        return lights.computeIfAbsent(v.id(), id -> {
            Circle dot = new Circle(6);
            dot.getStyleClass().add("pp-light");
            Light l = new Light(MIN_EM.getOrDefault(id, 6.0));
            l.setGraphic(dot);
            l.setId("status-" + id);
            l.getStyleClass().add("pp-verdict");
            l.setFocusTraversable(false);
            if (tipsReady) {
                installTip(l);
            }
            lightsBox.getChildren().add(l);
            return l;
        });
    }

    /** Builds a light the first time its verdict appears, then only changes texts and colours: an edit stays within a frame. */
    private void update(BusinessCaseResult r) {
        String name = r.preferred().option().name();
        option.setText(i18n.t("status.preferred", name));
        tip(option, i18n.t("status.preferred.explain", name));
        for (Verdicts.Verdict v : Verdicts.of(r, i18n)) {
            Label l = light(v);
            l.setText(i18n.t(v.labelKey()) + ": " + v.value());
            Circle dot = (Circle) l.getGraphic();
            dot.getStyleClass().removeIf(c -> c.startsWith("pp-light-"));
            dot.getStyleClass().add("pp-light-" + v.light().name().toLowerCase());
            l.setAccessibleText(name + ": " + i18n.t(v.labelKey()) + " " + v.value() + ", " + i18n.t(lightKey(v.light()))
                    + ". " + v.explanation());
            tip(l, name + ": " + v.explanation());
        }
        showDirty();
    }
}
