package nl.praktijkplan.ui.status;

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
        vm.resultProperty().addListener((o, a, r) -> update(r));
        update(vm.result());
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

    private void update(BusinessCaseResult r) {
        box.getChildren().clear();
        Label option = new Label(i18n.t("status.preferred", r.preferred().option().name()));
        option.getStyleClass().add(Styles.TEXT_MUTED);
        option.setMaxWidth(260);
        option.setTooltip(new Tooltip(r.preferred().option().name()));
        box.getChildren().add(option);
        for (Verdicts.Verdict v : Verdicts.of(r, i18n)) {
            Circle dot = new Circle(6);
            dot.getStyleClass().addAll("pp-light", "pp-light-" + v.light().name().toLowerCase());
            Label l = new Label(i18n.t(v.labelKey()) + ": " + v.value(), dot);
            l.setId("status-" + v.id());
            l.getStyleClass().add("pp-verdict");
            l.setAccessibleText(i18n.t(v.labelKey()) + " " + v.value() + ", " + i18n.t(lightKey(v.light())) + ". " + v.explanation());
            l.setFocusTraversable(false);
            Tooltip tip = new Tooltip(v.explanation());
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDelay(Duration.millis(200));
            l.setTooltip(tip);
            box.getChildren().add(l);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label dirty = new Label(vm.dirtyProperty().get() ? i18n.t("status.unsaved") : "");
        dirty.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().addAll(spacer, dirty);
    }
}
