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
        // The verdict, DSCR, LTV and space: the gap and the top have no lights of their own (the verdict carries the gap).
        assertEquals(List.of("plan", "dscr", "ltv", "space"), v.stream().map(Verdicts.Verdict::id).toList());
        // The plan's verdict comes first: option B does not close (collateral), whatever its DSCR says. It misses
        // 1,246,872 − 150,000 equity − 150,000 insurer − 70% × 935,384.62 = 292,102.77 (BusinessCaseEngineTest).
        assertEquals(Verdicts.Light.RED, v.get(0).light());
        assertEquals("niet sluitend, tekort € 292.103", v.get(0).value());
        double dscr = o.dscrYear1();
        assertEquals(dscr >= 1.25 ? Verdicts.Light.GREEN : dscr >= 1 ? Verdicts.Light.AMBER : Verdicts.Light.RED,
                find(v, "dscr").light());

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
    void aPlanThatClosesIsGreenAndSaysSo() {
        // With 450,000 of equity option B needs 1,246,872 − 450,000 − 150,000 = 646,872 of loan, within the 654,769.23
        // the collateral carries: it closes (MainWindowTest uses the same step).
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        vm.edit("financing.equityAvailable", 450_000);
        Verdicts.Verdict plan = Verdicts.of(vm.result(), i18n).get(0);
        assertEquals(Verdicts.Light.GREEN, plan.light());
        assertEquals("sluitend", plan.value());
    }

    @Test
    void aRentOptionHasNoLoanLights() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        vm.addOption(nl.praktijkplan.domain.input.OptionType.RENT, "Huur");
        vm.edit("preferredOption", vm.selectedOption());
        List<Verdicts.Verdict> v = Verdicts.of(vm.result(), i18n);
        assertEquals(Verdicts.Light.NONE, find(v, "ltv").light());
    }
}
