package nl.praktijkplan.ui.main;

import java.time.Year;
import java.util.List;
import java.util.Map;

import nl.praktijkplan.domain.input.*;

/** The case File › New starts from: one GP, a modest list, current rent, and one rental option to fill in. */
public final class NewCase {

    private NewCase() {
    }

    public static BusinessCase create(boolean dutch) {
        int start = Year.now().getValue() + 1;
        // 20% aged 65+ split as the national over-65s (CBS 2020: 57.1 / 31.6 / 11.3%).
        AgeMix ages = new AgeMix(80, 11.42, 6.32, 2.26);
        Practice practice = new Practice(dutch ? "Nieuwe praktijk" : "New practice", "", start, 20, 2_500, ages, 0,
                SpaceMethod.NORM, false, 0, 0, LegalForm.EENMANSZAAK,
                List.of(new Holder(dutch ? "Praktijkhouder" : "Practice holder", 100, 1.0, 0)), true);
        Staffing staffing = new Staffing(0, 0.5, 0.3, 0, 0, 2.0);
        CurrentPremises current = new CurrentPremises(150, 180, 0);
        Growth growth = new Growth(0.5, 0, 0, 0, 0, false, 0, 0);
        Income income = new Income(IncomeMethod.TARIFFS, 0, 60, 0, start, 0, true, true, null, List.of());
        OperatingCosts costs = new OperatingCosts(400_000);
        PrivateFinances privateFinances = new PrivateFinances(75_000);
        Financing financing = new Financing(RepaymentType.ANNUITY, 0, 50_000, false, false, "", List.of(), 0);
        HousingOption rent = StarterOption.of(OptionType.RENT, dutch ? "Huren: nieuwe ruimte" : "Rent: new premises", 200);
        return new BusinessCase(dutch ? "Nieuwe casus" : "New case", practice, staffing, current, growth, income, costs,
                privateFinances, financing, List.of(rent), 0, RegionContext.EMPTY, Map.of(), "");
    }
}
