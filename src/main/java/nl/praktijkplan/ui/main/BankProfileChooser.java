package nl.praktijkplan.ui.main;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.BankProfile;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

/**
 * Picks a bank profile and copies its norms into the case (one undoable step); says which norms the case uses now,
 * "aangepast" once one of them was changed by hand.
 */
final class BankProfileChooser {

    private final VBox node;

    BankProfileChooser(CaseViewModel vm, I18n i18n) {
        boolean dutch = "nl".equals(i18n.locale().getLanguage());
        ComboBox<BankProfile> box = new ComboBox<>();
        box.setId("bank-profile");
        box.getItems().setAll(BankProfile.builtIn());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BankProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
                setTooltip(empty || p == null ? null : new Tooltip(p.source()));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setPromptText(i18n.t("bankProfile.choose"));
        HBox.setHgrow(box, Priority.ALWAYS);
        Button apply = new Button(i18n.t("bankProfile.apply"));
        apply.setId("bank-profile-apply");
        apply.setMinWidth(Region.USE_PREF_SIZE); // the list takes the room that is left, the button keeps its words
        apply.disableProperty().bind(box.valueProperty().isNull());
        Label current = new Label();
        current.setId("bank-profile-current");
        current.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add("pp-field-message");
        message.setWrapText(true);
        apply.setOnAction(e -> {
            List<Problem> problems = vm.applyBankProfile(box.getValue());
            message.setText(problems.isEmpty() ? "" : problems.get(0).describe(dutch));
        });
        Runnable show = () -> current.setText(i18n.t("bankProfile.current",
                BankProfile.describe(vm.businessCase(), vm.result().assumptions(), dutch)));
        vm.on(vm.resultProperty(), show);
        show.run();
        node = new VBox(4, new Label(i18n.t("bankProfile.label")), new HBox(8, box, apply), current, message);
    }

    VBox node() {
        return node;
    }
}
