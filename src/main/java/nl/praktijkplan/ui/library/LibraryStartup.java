package nl.praktijkplan.ui.library;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.OpenResult;
import nl.praktijkplan.ui.common.I18n;

/**
 * Opens the library at start-up on the session's background thread and resolves every {@link OpenResult} with the
 * user: a password prompt, restore-backup-or-start-fresh for a damaged file, a message for a too new or busy file.
 * When the library stays closed the app keeps working with case files.
 */
public final class LibraryStartup {

    private final LibrarySession session;
    private final LibraryOpener opener;
    private final I18n i18n;
    private final Window owner;
    private Runnable onOpened = () -> { };
    private boolean busy;

    public LibraryStartup(LibrarySession session, LibraryOpener opener, I18n i18n, Window owner) {
        this.session = session;
        this.opener = opener;
        this.i18n = i18n;
        this.owner = owner;
    }

    public void start() {
        busy = true;
        attempt(null);
    }

    /** Run (on the FX thread) once the library is open. */
    public LibraryStartup onOpened(Runnable r) {
        this.onOpened = r;
        return this;
    }

    /** Whether this attempt is still under way (a dialog or the background open); false once it gave up or opened. */
    public boolean busy() {
        return busy;
    }

    private void attempt(char[] password) {
        session.background(() -> opener.open(password)).whenComplete((r, e) -> {
            if (e != null) {
                busy = false;
                tell(Alert.AlertType.ERROR, i18n.t("library.unavailable"), session.describe(e));
            } else {
                handle(r, password);
            }
        });
    }

    private void handle(OpenResult r, char[] password) {
        String text = r.message().text(i18n.dutch());
        if (r instanceof OpenResult.Opened o) {
            session.attach(o.library());
            busy = false;
            onOpened.run();
        } else if (r instanceof OpenResult.WrongPassword w) {
            Optional<char[]> pw = askPassword(w.passwordGiven() ? text : null);
            pw.ifPresent(this::attempt);
            busy = pw.isPresent();
        } else if (r instanceof OpenResult.Damaged d) {
            ButtonType restore = new ButtonType(i18n.t("library.damaged.restore"), ButtonBar.ButtonData.YES);
            ButtonType fresh = new ButtonType(i18n.t("library.damaged.fresh"), ButtonBar.ButtonData.NO);
            ButtonType later = new ButtonType(i18n.t("library.withoutLibrary"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = d.backups().isEmpty() ? new Alert(Alert.AlertType.ERROR, text, fresh, later)
                    : new Alert(Alert.AlertType.ERROR, text, restore, fresh, later);
            a.initOwner(owner);
            a.setTitle(i18n.t("library.title"));
            a.setHeaderText(i18n.t("library.damaged.header"));
            Optional<ButtonType> answer = a.showAndWait();
            if (answer.isPresent() && answer.get() == restore) {
                session.background(() -> opener.restoreBackup(d.backups().get(0), password))
                        .whenComplete((r2, e) -> after(r2, e, password));
            } else if (answer.isPresent() && answer.get() == fresh) {
                session.background(() -> opener.startFresh(password)).whenComplete((r2, e) -> after(r2, e, password));
            } else {
                busy = false;
            }
        } else {
            busy = false;
            // TooNew or InUse: the file stays as it is; the app works with case files.
            tell(Alert.AlertType.WARNING, i18n.t("library.unavailable"), text);
        }
    }

    private void after(OpenResult r, Throwable e, char[] password) {
        if (e != null) {
            busy = false;
            tell(Alert.AlertType.ERROR, i18n.t("library.unavailable"), session.describe(e));
        } else {
            handle(r, password);
        }
    }

    private Optional<char[]> askPassword(String problem) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("library.title"));
        d.setHeaderText(i18n.t("library.password.header"));
        PasswordField field = new PasswordField();
        field.setId("libPassword");
        VBox box = new VBox(8);
        if (problem != null) {
            box.getChildren().add(new Label(problem));
        }
        box.getChildren().addAll(new Label(i18n.t("library.password.label")), field);
        d.getDialogPane().setContent(box);
        ButtonType later = new ButtonType(i18n.t("library.withoutLibrary"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, later);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        return d.showAndWait();
    }

    private void tell(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(i18n.t("library.title"));
        a.setHeaderText(header);
        a.show();
    }
}
