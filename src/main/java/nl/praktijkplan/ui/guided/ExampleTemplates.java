package nl.praktijkplan.ui.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.StarterOption;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.main.NewCase;

/**
 * Where example values come from: the sample case the app opens first, a new case, and a new location's starting
 * figures for its type and m². A value no template holds is the user's own, also after the case is reopened.
 */
final class ExampleTemplates {

    private static final Pattern OPTION = Pattern.compile("^options\\[(\\d+)]\\.(.*)$");
    private static final CaseFileWriter WRITER = new CaseFileWriter();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<JsonNode> cases;

    private ExampleTemplates() {
    }

    /** Whether a template holds {@code now} at {@code path} of {@code current} (for an option: any template option). */
    static boolean hold(String path, JsonNode now, BusinessCase current) {
        Matcher m = OPTION.matcher(path);
        if (!m.matches()) {
            return templates().stream().anyMatch(t -> ExampleValues.same(CaseViewModel.valueAt(t, path), now));
        }
        String field = m.group(2);
        List<JsonNode> options = new ArrayList<>();
        templates().forEach(t -> t.get("options").forEach(options::add));
        int index = Integer.parseInt(m.group(1));
        if (index < current.options().size()) {
            HousingOption o = current.options().get(index);
            options.add(MAPPER.valueToTree(StarterOption.of(o.type(), o.name(), o.areaM2())));
        }
        return options.stream().anyMatch(t -> ExampleValues.same(CaseViewModel.valueAt(t, field), now));
    }

    private static synchronized List<JsonNode> templates() {
        if (cases == null) {
            cases = List.of(WRITER.toTree(SampleCases.load(SampleCases.FIRST)), WRITER.toTree(NewCase.create(true)));
        }
        return cases;
    }
}
