package nl.praktijkplan.ui.main;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.praktijkplan.casefile.PastYearsWorkbook;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.I18n;

/**
 * The past years' annual accounts in the Practice chapter: year, revenue and costs per year, and the workbook
 * template an accountant fills in (with the balance sheet) and imports back. Writing and reading the workbook run off
 * the FX thread; a wrong file gives a sentence under the buttons and changes nothing.
 */
final class PastYearsSection {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final Label message = new Label();
    private final VBox node;

    PastYearsSection(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        ListEditor years = new ListEditor(vm, i18n, "pastYears", "list.pastYear", "list.pastYear.add", "list.pastYear.remove", 0,
                this::newYear, (f, item) -> {
                    f.number(item + ".year", "field.pastYear.year", Kind.YEAR);
                    f.number(item + ".revenue", "field.pastYear.revenue", Kind.MONEY);
                    f.number(item + ".costs", "field.pastYear.costs", Kind.MONEY);
                });
        Label note = new Label(i18n.t("pastYears.note"));
        note.setWrapText(true);
        Button template = new Button(i18n.t("pastYears.template"));
        template.setId("pastYearsTemplate");
        template.setOnAction(e -> saveTemplate(template));
        Button load = new Button(i18n.t("pastYears.import"));
        load.setId("pastYearsImport");
        load.setOnAction(e -> importWorkbook(load));
        message.setWrapText(true);
        message.setId("pastYearsMessage");
        node = new VBox(6, note, years.node(), new HBox(8, template, load), message);
    }

    Node node() {
        return node;
    }

    /** A year before the earliest one entered (or before the first plan year), with no amounts yet. */
    private ObjectNode newYear() {
        BusinessCase c = vm.businessCase();
        int year = c.pastYears().isEmpty() ? c.practice().startYear() - 1 : c.pastYears().get(0).year() - 1;
        ObjectNode y = JsonNodeFactory.instance.objectNode();
        y.put("year", year);
        y.put("revenue", 0);
        y.put("costs", 0);
        return y;
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        return fc;
    }

    private void saveTemplate(Node owner) {
        FileChooser fc = chooser();
        fc.setInitialFileName((i18n.dutch() ? "jaarcijfers-" : "past-years-") + vm.businessCase().practice().name()
                .replaceAll("[^\\p{L}\\p{N}]+", "-") + ".xlsx");
        java.io.File file = fc.showSaveDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        BusinessCase c = vm.businessCase();
        boolean dutch = i18n.dutch();
        run(new Task<Path>() {
            @Override
            protected Path call() throws Exception {
                new PastYearsWorkbook().writeTemplate(c, dutch, file.toPath());
                return file.toPath();
            }
        }, p -> message.setText(i18n.t("pastYears.saved", p.getFileName().toString())));
    }

    private void importWorkbook(Node owner) {
        java.io.File file = chooser().showOpenDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        run(new Task<PastYearsWorkbook.Imported>() {
            @Override
            protected PastYearsWorkbook.Imported call() {
                return new PastYearsWorkbook().read(file.toPath());
            }
        }, imported -> {
            List<Problem> problems = imported.ok() ? vm.edit("pastYears", (JsonNode) imported.pastYears()) : imported.problems();
            message.setText(problems.isEmpty() ? i18n.t("pastYears.imported", imported.pastYears().size())
                    : problems.get(0).describe(i18n.dutch()));
        });
    }

    private <T> void run(Task<T> task, java.util.function.Consumer<T> done) {
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> message.setText(i18n.t("pastYears.failed", String.valueOf(task.getException().getMessage()))));
        Thread t = new Thread(task, "past-years-workbook");
        t.setDaemon(true);
        t.start();
    }
}
