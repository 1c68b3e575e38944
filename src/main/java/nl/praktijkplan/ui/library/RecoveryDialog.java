package nl.praktijkplan.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.praktijkplan.store.Backup;
import nl.praktijkplan.store.Salvage;
import nl.praktijkplan.ui.common.I18n;

/**
 * The ways out of a damaged or missing library file, in the order they are offered: salvage every readable case into
 * a new library (when something can be read), each backup with its date and what it holds (newest first), a new
 * empty library, or going on without the library.
 */
final class RecoveryDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault());

    /** What the user chose. */
    sealed interface Choice permits SalvageChoice, BackupChoice, Fresh, WithoutLibrary {
    }

    record SalvageChoice(Salvage salvage) implements Choice {
    }

    record BackupChoice(Backup backup) implements Choice {
    }

    record Fresh() implements Choice {
    }

    record WithoutLibrary() implements Choice {
    }

    private final I18n i18n;

    RecoveryDialog(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * @param header  the dialog's header (damaged or missing)
     * @param text    what happened, for the user
     * @param salvage what can be salvaged, or null
     * @param backups newest first
     */
    Choice ask(Window owner, String header, String text, Salvage salvage, List<Backup> backups) {
        List<Choice> options = new ArrayList<>();
        if (salvage != null) {
            options.add(new SalvageChoice(salvage));
        }
        backups.forEach(b -> options.add(new BackupChoice(b)));

        ListView<Choice> list = new ListView<>();
        list.setId("libRecoveryChoices");
        list.getItems().setAll(options);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        list.setPrefHeight(Math.min(6, Math.max(2, options.size())) * 40 + 6);
        list.getSelectionModel().selectFirst();

        ButtonType recover = new ButtonType(i18n.t("library.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType(i18n.t("library.damaged.fresh"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(i18n.t("library.withoutLibrary"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = options.isEmpty() ? new Alert(Alert.AlertType.ERROR, "", fresh, later)
                : new Alert(Alert.AlertType.ERROR, "", recover, fresh, later);
        Label message = new Label(text);
        message.setWrapText(true);
        VBox content = new VBox(8, message);
        if (!options.isEmpty()) {
            content.getChildren().addAll(new Label(i18n.t("library.recovery.choose")), list);
            ((Button) a.getDialogPane().lookupButton(recover)).disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        a.getDialogPane().setContent(content);
        a.getDialogPane().setPrefWidth(720);
        a.initOwner(owner);
        a.setTitle(i18n.t("library.title"));
        a.setHeaderText(header);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isPresent() && answer.get() == recover) {
            return list.getSelectionModel().getSelectedItem();
        }
        if (answer.isPresent() && answer.get() == fresh) {
            return new Fresh();
        }
        return new WithoutLibrary();
    }

    String describe(Choice c) {
        if (c instanceof SalvageChoice s) {
            return i18n.t("library.recovery.salvage", s.salvage().readableCases(), s.salvage().cases());
        }
        Backup b = ((BackupChoice) c).backup();
        return b.knowsContents() ? i18n.t("library.recovery.backup", WHEN.format(b.createdAt()), b.practices(), b.cases())
                : i18n.t("library.recovery.backupUnknown", WHEN.format(b.createdAt()));
    }
}
