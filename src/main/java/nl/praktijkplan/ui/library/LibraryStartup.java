package nl.praktijkplan.ui.library;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.praktijkplan.store.Backup;
import nl.praktijkplan.store.LibraryOpener;
import nl.praktijkplan.store.OpenResult;
import nl.praktijkplan.store.Salvage;
import nl.praktijkplan.ui.common.I18n;

/**
 * Opens the library at start-up on the session's background thread and resolves every {@link OpenResult} with the
 * user: a password prompt; for a damaged or missing file the {@link RecoveryDialog} (salvage, a backup with its date
 * and contents, or an empty library); a message for a too new or busy file.
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
            session.attach(o.library(), opener, password);
            busy = false;
            onOpened.run();
        } else if (r instanceof OpenResult.WrongPassword w) {
            Optional<char[]> pw = askPassword(w.passwordGiven() ? text : null);
            pw.ifPresent(this::attempt);
            busy = pw.isPresent();
        } else if (r instanceof OpenResult.Damaged d) {
            recover(i18n.t("library.damaged.header"), text, d.salvage(), d.backups(), password);
        } else if (r instanceof OpenResult.Missing m) {
            recover(i18n.t("library.missing.header"), text, null, m.backups(), password);
        } else {
            busy = false;
            // TooNew or InUse: the file stays as it is; the app works with case files.
            tell(Alert.AlertType.WARNING, i18n.t("library.unavailable"), text);
        }
    }

    /** Salvage, a backup, an empty library or none: the user chooses; the choice runs off the FX thread. */
    private void recover(String header, String text, Salvage salvage, List<Backup> backups, char[] password) {
        RecoveryDialog.Choice choice = new RecoveryDialog(i18n).ask(owner, header, text, salvage, backups);
        if (choice instanceof RecoveryDialog.SalvageChoice s) {
            session.background(() -> opener.salvage(s.salvage(), password)).whenComplete((r2, e) -> after(r2, e, password));
        } else if (choice instanceof RecoveryDialog.BackupChoice b) {
            session.background(() -> opener.restoreBackup(b.backup(), password)).whenComplete((r2, e) -> after(r2, e, password));
        } else if (choice instanceof RecoveryDialog.Fresh) {
            session.background(() -> opener.startFresh(password)).whenComplete((r2, e) -> after(r2, e, password));
        } else {
            busy = false;
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
