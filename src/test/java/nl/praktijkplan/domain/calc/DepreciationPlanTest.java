package nl.praktijkplan.domain.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The depreciation by component that the Investment chapter shows, reconciled with the year-1 total. */
class DepreciationPlanTest {

    @Test
    void lhvOptionBComponentsLessWhatTheBodemwaardeHoldsGiveYearOne() {
        OptionResult b = new BusinessCaseEngine().compute(TestCases.lhv()).options().get(1);
        DepreciationPlan d = b.depreciation();
        // Land 20% × 768,000 = 153,600. Base = 1,246,872 − 153,600 − 150,000 insurer grant (kostprijsvermindering)
        // = 943,272: shell 60% = 565,963.2 over 40 years = 14,149.08; installations 25% = 235,818 over 15 = 15,721.2;
        // fit-out 15% = 141,490.8 over 10 = 14,149.08. Together 44,019.36 a year.
        assertEquals(153_600, d.land(), 1e-6);
        assertEquals(565_963.2, d.components().get(0).cost(), 1e-6);
        assertEquals(14_149.08, d.components().get(0).scheduled(1), 1e-6);
        assertEquals(15_721.2, d.components().get(1).scheduled(1), 1e-6);
        assertEquals(14_149.08, d.components().get(2).scheduled(1), 1e-6);
        // Bodemwaarde 100% of the WOZ value (= the market value 935,384.615…): land + shell + installations
        // (955,381.2) may lose only 19,996.585… in year 1 instead of 29,870.28, so 9,873.695… is held back and
        // year 1 is 19,996.585… + 14,149.08 = 34,145.665….
        assertEquals(935_384.6153846154, d.bodemwaarde(), 1e-6);
        assertEquals(9_873.6953846154, d.heldByBodemwaarde(1), 1e-6);
        assertEquals(34_145.6646153846, d.year(1), 1e-6);
    }
}
