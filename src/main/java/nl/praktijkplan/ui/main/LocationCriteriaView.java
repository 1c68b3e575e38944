package nl.praktijkplan.ui.main;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.praktijkplan.casefile.Problem;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LocationChoice;
import nl.praktijkplan.domain.input.LocationCriterion;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.Form;
import nl.praktijkplan.ui.common.Form.Kind;
import nl.praktijkplan.ui.common.I18n;

/**
 * The qualitative side of the choice of location: criteria with a name and a weight, each option scored 1–5 on each
 * (a grid: criteria down, options across), and each option's weighted score from the domain. The scores are keyed
 * by option name; the view model renames and removes them with the options. Rebuilt when the criteria or the options
 * change in number or name.
 */
final class LocationCriteriaView {

    private static final String PATH = "locationChoice.criteria";

    private final CaseViewModel vm;
    private final I18n i18n;
    private final VBox rows = new VBox(6);
    private final Label weighted = new Label();
    private final Label message = new Label();
    private final VBox node;
    private String shown;

    LocationCriteriaView(CaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        Label intro = new Label(i18n.t("location.intro"));
        intro.setWrapText(true);
        Button add = new Button(i18n.t("location.add"));
        add.setId("addCriterion");
        add.setOnAction(e -> change(items -> items.add(criterion(i18n.t("location.criterion", items.size() + 1)))));
        Button remove = new Button(i18n.t("location.remove"));
        remove.setId("removeCriterion");
        remove.setOnAction(e -> change(items -> items.remove(items.size() - 1)));
        Button standard = new Button(i18n.t("location.standard"));
        standard.setId("standardCriteria");
        standard.setOnAction(e -> change(items -> {
            for (String name : i18n.t("location.standard.names").split("\\|")) {
                items.add(criterion(name));
            }
        }));
        message.getStyleClass().add("pp-field-message");
        message.setWrapText(true);
        weighted.setWrapText(true);
        weighted.setId("locationWeighted");
        node = new VBox(6, intro, rows, weighted, new javafx.scene.layout.FlowPane(8, 6, add, remove, standard), message);
        node.setId("list-locationChoice");
        vm.on(vm.replacedProperty(), this::refresh);
        vm.on(vm.editsProperty(), this::refresh);
        refresh();
    }

    Node node() {
        return node;
    }

    private static ObjectNode criterion(String name) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("name", name);
        c.put("weight", 1);
        c.putObject("scores");
        return c;
    }

    private void change(java.util.function.Consumer<ArrayNode> how) {
        JsonNode current = vm.valueAt(PATH);
        ArrayNode items = current != null && current.isArray() ? ((ArrayNode) current).deepCopy() : JsonNodeFactory.instance.arrayNode();
        how.accept(items);
        show(vm.edit(PATH, items));
    }

    private void show(List<Problem> problems) {
        message.setText(problems.isEmpty() ? "" : problems.get(0).describe(i18n.dutch()));
    }

    /** The grid follows the number of criteria and the options' names; the weighted scores follow every edit. */
    private void refresh() {
        List<HousingOption> options = vm.businessCase().options();
        LocationChoice choice = vm.businessCase().locationChoice();
        String signature = choice.criteria().size() + "|" + options.stream().map(HousingOption::name).toList();
        if (!signature.equals(shown)) {
            shown = signature;
            rebuild(choice, options);
        }
        StringBuilder sb = new StringBuilder();
        for (HousingOption o : options) {
            Double s = choice.weightedScore(o.name());
            sb.append(i18n.t("location.weighted", o.name(), s == null ? i18n.t("location.notScored") : i18n.numbers().format(s, 2)))
                    .append('\n');
        }
        weighted.setText(choice.hasCriteria() ? sb.toString().strip() : "");
    }

    private void rebuild(LocationChoice choice, List<HousingOption> options) {
        rows.getChildren().clear();
        for (int k = 0; k < choice.criteria().size(); k++) {
            String item = PATH + "[" + k + "]";
            Form f = new Form(vm, i18n);
            Label title = new Label(i18n.t("location.criterion", k + 1));
            title.getStyleClass().add("pp-list-item");
            f.add(title);
            f.text(() -> item + ".name", "location.name");
            f.number(item + ".weight", "location.weight", Kind.DECIMAL);
            GridPane scores = new GridPane();
            scores.setHgap(8);
            scores.setVgap(4);
            for (int j = 0; j < options.size(); j++) {
                String option = options.get(j).name();
                Label name = new Label(option);
                name.setWrapText(true);
                name.setMaxWidth(260);
                ComboBox<Integer> score = new ComboBox<>();
                score.setId("score-" + k + "-" + j);
                score.getItems().addAll(1, 2, 3, 4, 5);
                score.setAccessibleText(choice.criteria().get(k).name() + ": " + option);
                name.setLabelFor(score);
                score.setValue(choice.criteria().get(k).scores().get(option));
                int criterion = k;
                score.setOnAction(e -> setScore(criterion, option, score.getValue()));
                scores.addRow(j, name, score);
            }
            f.add(scores);
            rows.getChildren().add(f.node());
        }
    }

    private void setScore(int criterion, String option, Integer value) {
        List<LocationCriterion> criteria = vm.businessCase().locationChoice().criteria();
        if (value == null || criterion >= criteria.size() || value.equals(criteria.get(criterion).scores().get(option))) {
            return;
        }
        JsonNode current = vm.valueAt(PATH + "[" + criterion + "].scores");
        ObjectNode scores = current instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        scores.put(option, value);
        show(vm.edit(PATH + "[" + criterion + "].scores", scores));
    }
}
