package nl.praktijkplan.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.I18n;

class GoalSeekModelTest {

    @Test
    void ownedOptionsGetPriceBuildCostAndEquity() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        I18n i18n = new I18n(I18n.DUTCH);
        for (int i = 0; i < c.options().size(); i++) {
            List<GoalSeekModel.Line> lines = GoalSeekModel.lines(c, i, i18n);
            List<String> ids = lines.stream().map(GoalSeekModel.Line::id).toList();
            assertTrue(ids.contains("gsEquity"), ids.toString());
            if (c.options().get(i).type().owned()) {
                assertEquals(List.of("gsPrice", "gsBuild", "gsEquity"), ids);
            } else {
                assertEquals(List.of("gsRent", "gsEquity"), ids);
            }
            for (GoalSeekModel.Line l : lines) {
                assertFalse(l.value().isBlank(), l.id());
                assertFalse(l.value().startsWith("!"), l.id());
            }
        }
    }
}
