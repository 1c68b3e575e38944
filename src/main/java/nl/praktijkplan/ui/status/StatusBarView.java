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
import nl.praktijkplan.ui.common.I18n;

/** The status bar: the preferred option's name and a traffic light per bank norm. */
public final class StatusBarView {

    private final HBox box = new HBox(18);
    private final I18n i18n;
    private final CaseViewModel vm;

    public StatusBarView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        box.getStyleClass().add("pp-status-bar");
        box.setPadding(new Insets(6, 12, 6, 12));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("statusBar");
        vm.on(vm.resultProperty(), () -> update(vm.result()));
        // The result changes before the dirty mark does (and a save changes only the mark): follow both.
        vm.on(vm.dirtyProperty(), this::showDirty);
        update(vm.result());
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

    private final java.util.Map<String, Label> lights = new java.util.HashMap<>();
    private Label option;
    private Label dirty;

    /** Builds the labels once, then only changes their texts and colours: an edit must stay well within a frame. */
    private void update(BusinessCaseResult r) {
        List<Verdicts.Verdict> verdicts = Verdicts.of(r, i18n);
        if (option == null) {
            option = new Label();
            option.getStyleClass().add(Styles.TEXT_MUTED);
            option.setMaxWidth(260);
            option.setTooltip(new Tooltip());
            box.getChildren().add(option);
            for (Verdicts.Verdict v : verdicts) {
                Circle dot = new Circle(6);
                dot.getStyleClass().add("pp-light");
                Label l = new Label("", dot);
                l.setId("status-" + v.id());
                l.getStyleClass().add("pp-verdict");
                l.setFocusTraversable(false);
                Tooltip tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(380);
                tip.setShowDelay(Duration.millis(200));
                l.setTooltip(tip);
                lights.put(v.id(), l);
                box.getChildren().add(l);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            dirty = new Label();
            dirty.setId("statusUnsaved");
            dirty.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().addAll(spacer, dirty);
        }
        option.setText(i18n.t("status.preferred", r.preferred().option().name()));
        option.getTooltip().setText(r.preferred().option().name());
        for (Verdicts.Verdict v : verdicts) {
            Label l = lights.get(v.id());
            l.setText(i18n.t(v.labelKey()) + ": " + v.value());
            Circle dot = (Circle) l.getGraphic();
            dot.getStyleClass().removeIf(c -> c.startsWith("pp-light-"));
            dot.getStyleClass().add("pp-light-" + v.light().name().toLowerCase());
            l.setAccessibleText(i18n.t(v.labelKey()) + " " + v.value() + ", " + i18n.t(lightKey(v.light())) + ". " + v.explanation());
            l.getTooltip().setText(v.explanation());
        }
        showDirty();
    }
}
