package nl.praktijkplan.ui.library;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.praktijkplan.ui.common.I18n;

/**
 * File › Library › Password…: the current password (when the library has one) and the new one twice. An empty new
 * password removes the password. The two new ones must match before OK is accepted.
 */
final class PasswordDialog {

    /** The passwords entered; {@code next} is empty to remove the password. */
    record Change(char[] current, char[] next) {
    }

    private final I18n i18n;
    private final boolean protectedNow;

    PasswordDialog(I18n i18n, boolean protectedNow) {
        this.i18n = i18n;
        this.protectedNow = protectedNow;
    }

    Optional<Change> ask(Window owner) {
        Dialog<Change> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("library.title"));
        d.setHeaderText(i18n.t("library.changePassword.title"));
        PasswordField current = field("libPwCurrent");
        PasswordField next = field("libPwNew");
        PasswordField repeat = field("libPwRepeat");
        Label explain = new Label(i18n.t("library.changePassword.explain"));
        explain.setWrapText(true);
        Label problem = new Label();
        problem.setId("libPwProblem");
        problem.getStyleClass().add("danger");
        VBox box = new VBox(6, explain);
        if (protectedNow) {
            box.getChildren().addAll(new Label(i18n.t("library.changePassword.current")), current);
        }
        box.getChildren().addAll(new Label(i18n.t("library.changePassword.new")), next,
                new Label(i18n.t("library.changePassword.repeat")), repeat, problem);
        box.setPrefWidth(460);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!next.getText().equals(repeat.getText())) {
                problem.setText(i18n.t("library.changePassword.mismatch"));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Change(current.getText().toCharArray(), next.getText().toCharArray()) : null);
        Optional<Change> answer = d.showAndWait();
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.clear();
        }
        // No password now and none given: nothing to change.
        return answer.filter(c -> protectedNow || c.next().length > 0);
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        return f;
    }
}
