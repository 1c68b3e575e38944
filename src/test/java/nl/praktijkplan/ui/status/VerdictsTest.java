package nl.praktijkplan.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

class VerdictsTest {

    private final I18n i18n = new I18n(I18n.DUTCH);

    private static Verdicts.Verdict find(List<Verdicts.Verdict> list, String id) {
        return list.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void lightsFollowTheBankNormsOfTheCase() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        BusinessCaseResult r = vm.result();
        OptionResult o = r.preferred();
        List<Verdicts.Verdict> v = Verdicts.of(r, i18n);
        assertEquals(6, v.size());
        // The plan's verdict comes first: option B does not close (collateral), whatever its DSCR says.
        assertEquals("plan", v.get(0).id());
        assertEquals(Verdicts.Light.RED, v.get(0).light());
        assertEquals("niet sluitend", v.get(0).value());
        double dscr = o.dscrYear1();
        assertEquals(dscr >= 1.25 ? Verdicts.Light.GREEN : dscr >= 1 ? Verdicts.Light.AMBER : Verdicts.Light.RED,
                find(v, "dscr").light());
        assertEquals(o.financing().financingGap() < 0.5 ? Verdicts.Light.GREEN : Verdicts.Light.RED, find(v, "gap").light());

        // A stricter norm is what the light and its explanation are judged against (the engine resizes the loan).
        assertTrue(vm.setOverride("loan.dscrMin", 1.5).isEmpty());
        Verdicts.Verdict stricter = find(Verdicts.of(vm.result(), i18n), "dscr");
        double after = vm.result().preferred().dscrYear1();
        assertEquals(after >= 1.5 ? Verdicts.Light.GREEN : after >= 1 ? Verdicts.Light.AMBER : Verdicts.Light.RED, stricter.light());
        assertTrue(stricter.explanation().contains("minstens 1,5"), stricter.explanation());
        // LTV: the sample's preferred option borrows up to the 70% collateral limit, which is within the norm.
        assertEquals(Verdicts.Light.GREEN, find(v, "ltv").light());
    }

    @Test
    void aRentOptionHasNoLoanLights() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        vm.addOption(nl.praktijkplan.domain.input.OptionType.RENT, "Huur");
        vm.edit("preferredOption", vm.selectedOption());
        List<Verdicts.Verdict> v = Verdicts.of(vm.result(), i18n);
        assertEquals(Verdicts.Light.NONE, find(v, "top").light());
        assertEquals(Verdicts.Light.NONE, find(v, "ltv").light());
    }
}
