package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Income;
import nl.praktijkplan.domain.input.RegionContext;
import nl.praktijkplan.domain.input.Segment3Arrangement;
import nl.praktijkplan.report.ReportSnapshot;

/** The chapters a credit committee and an insurer's purchaser ask for, in every sample and both languages. */
class DossierChaptersTest {

    private static final String LHV = "lhv-bouwadvies.json";
    private static final String DUO = "duo-huurpraktijk.json";

    static java.util.stream.Stream<String> samples() {
        return SampleCases.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theNewChaptersStandInEveryDossierInBothLanguages(String sample) {
        BusinessCase c = SampleCases.load(sample);
        String nl = html(c, "nl-NL");
        for (String title : List.of("Aanvragers en rechtsvorm", "Cijfers van de afgelopen jaren", "Zekerheden en bestaande financieringen",
                "Keuze van de locatie")) {
            assertTrue(nl.matches("(?s).*<h1 id=\"[a-z]+\">\\d+ " + title + "</h1>.*"), sample + ": " + title);
        }
        String en = html(c, "en");
        for (String title : List.of("Applicants and legal form", "Figures of the past years", "Securities and existing financing",
                "Choice of location")) {
            assertTrue(en.matches("(?s).*<h1 id=\"[a-z]+\">\\d+ " + title + "</h1>.*"), sample + ": " + title);
        }
    }

    @Test
    void theMaatwerkCaseStandsOnlyInADossierThatAsksTheInsurer() {
        String maatwerk = "Onderbouwing maatwerkverzoek zorgverzekeraar</h1>";
        BusinessCase lhv = SampleCases.load(LHV); // option B asks the insurer € 150,000
        assertTrue(html(lhv, "nl-NL").contains(maatwerk));
        assertFalse(html(withInsurer(lhv, 0), "nl-NL").contains(maatwerk), "nothing asked: no maatwerk chapter");

        BusinessCase duo = SampleCases.load(DUO); // asks nobody
        assertFalse(html(duo, "nl-NL").contains(maatwerk));
        Income i = duo.income();
        Income withSegment3 = new Income(i.method(), i.accountsRevenue(), i.otherRevenuePerPatient(), i.tariffHousingChangePct(),
                i.tariffChangeFromYear(), i.tariffBackPayment(), i.pohGgz(), i.mtvp(), i.gpConsultsPerPatient(),
                List.of(new Segment3Arrangement("Tijdelijke compensatie", 40_000, 2026, 3)));
        assertTrue(html(duo.withIncome(withSegment3), "nl-NL").contains(maatwerk), "a yearly segment-3 amount is asked too");
    }

    @Test
    void theImpactCountsPlacesAddedAndTheAmountAskedPerPlace() {
        String x = html(SampleCases.load(LHV), "nl-NL");
        // LHV norm, no adjusters: capacity = m² × 2,439 / 190. Current 180 m² → 2,310.6; option B 320 m² → 4,107.8;
        // places added = 140 × 2,439 / 190 = 1,797.2; asked per place = € 150,000 / 1,797.2 = € 83.46.
        assertTrue(x.contains(row("Capaciteit huidige huisvesting (180\u00a0m²)", "2.311")), x);
        assertTrue(x.contains(row("Patiëntplaatsen erbij (capaciteit nieuw − huidig)", "1.797")));
        assertTrue(x.contains(row("Gevraagd per toegevoegde patiëntplaats", "€\u00a083")));
        // today's 4,000 patients against 2,310.6 places: 4,000 / 2,310.6 − 1 = 73.1% above the norm capacity
        assertTrue(x.contains("ligt al 73,1% boven de normcapaciteit"));
        // 1,797.2 places against the region's 1,200 insured people without a GP = 149.8%
        assertTrue(x.contains(row("Patiëntplaatsen erbij als deel daarvan", "149,8%")));
    }

    @Test
    void anIndicatorNotFilledInReadsNietOpgegeven() {
        BusinessCase c = SampleCases.load(LHV);
        RegionContext r = c.region();
        RegionContext partial = new RegionContext(null, r.expectedGpOutflowPct(), null, r.populationGrowthPct(), r.share65PlusPct(),
                r.shareLowSesPct(), r.problem(), r.monitoring());
        BusinessCase withPartial = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(), c.costs(),
                c.privateFinances(), c.financing(), c.options(), c.preferredOption(), partial, c.assumptionOverrides(), c.notes(),
                c.pastYears(), c.locationChoice(), c.dossierLanguage());
        String x = html(withPartial, "nl-NL");
        assertTrue(x.contains(row("Huisartsendichtheid (fte per 10.000 inwoners)", "niet opgegeven")), x);
        assertTrue(x.contains(row("Verzekerden zonder huisarts in de regio", "niet opgegeven")));
        assertFalse(x.contains(row("Verzekerden zonder huisarts in de regio", "0")), "never a printed 0");
        assertTrue(html(withPartial, "en").contains(row("Insured people without a GP in the region", "not given")));
    }

    @Test
    void theLocationChapterExplainsWhyTheListedBuilding() {
        String x = html(SampleCases.load(LHV), "nl-NL");
        // weights 30/15/15/10/15/15; B scores 5,3,3,2,2,4 → (150 + 45 + 45 + 20 + 30 + 60) / 100 = 3.50
        assertTrue(x.contains("<td>Gewogen score (1–5)</td><td class=\"num\">100,0%</td>"), x);
        assertTrue(x.contains("Ten opzichte van A: hoger op Bereikbaarheid voor patiënten, Parkeren, Samenwerking in de wijk; "
                + "lager op Toegankelijkheid en lift, Uitbreidbaarheid, Duurzaamheid en energielabel (gewogen 3,5 tegen"), x);
    }

    @Test
    void thePastYearsStandBesideTheFirstPlanYear() {
        String x = html(SampleCases.load(LHV), "nl-NL");
        // 2024: 930,000 − 770,000 = 160,000; 2026 solvency 150,000 / 240,000 = 62.5%
        assertTrue(x.contains("<th class=\"num\">Plan 2027</th>"), x);
        assertTrue(x.contains("<td>Resultaat vóór belasting</td><td class=\"num\">€\u00a0160.000</td>"), x);
        assertTrue(x.contains("<td class=\"num\">62,5%</td></tr>"), x);
        assertTrue(html(SampleCases.load(DUO), "nl-NL").contains("Er zijn geen jaarcijfers opgegeven"));
    }

    @Test
    void theExistingLoansStandBesideTheSecurities() {
        BusinessCase c = SampleCases.load(LHV);
        var f = c.financing();
        var goodwill = new nl.praktijkplan.domain.input.ExistingDebt("Rabobank, goodwill overname", 60_000, 5.5, 6,
                nl.praktijkplan.domain.input.RepaymentType.LINEAR, false);
        var withDebt = new nl.praktijkplan.domain.input.Financing(f.repayment(), f.balloonPct(), f.equityAvailable(), f.useBmkb(),
                f.starter(), f.bankProfile(), List.of(goodwill), f.openingCash());
        BusinessCase indebted = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), withDebt, c.options(), c.preferredOption(), c.region(), c.assumptionOverrides(), c.notes(),
                c.pastYears(), c.locationChoice(), c.dossierLanguage());
        String x = html(indebted, "nl-NL");
        assertTrue(x.contains("<td>Rabobank, goodwill overname</td><td class=\"num\">€\u00a060.000</td><td class=\"num\">5,5%</td>"
                + "<td class=\"num\">6 jaar</td><td>lineair</td><td>nee, loopt door</td>"), x);
        // € 60,000 linear over 6 years: € 10,000 principal a year; interest on the balance 60,000 → 50,000 at 5.5% / 12 a
        // month: 5.5% × (60,000 − 10,000 × 5.5 / 12) = 3,300 − 252.08 = 3,047.92 (average balance over the 12 months)
        assertTrue(x.contains("<tr><th>Rente en aflossing op doorlopende leningen in 2027</th><td class=\"num\">€\u00a013.048</td>"), x);
        assertTrue(html(c, "nl-NL").contains("De praktijk heeft geen bestaande leningen opgegeven."));
        // option B is valued by BAR, quoted k.k. in the sample
        assertTrue(x.contains("het rendement is kosten koper opgegeven"));
    }

    private static BusinessCase withInsurer(BusinessCase c, double amount) {
        List<HousingOption> options = c.options().stream().map(o -> {
            Contributions k = o.contributions();
            return new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2(), o.tenantFitOut(),
                    o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(), o.medicalExtras(), o.renovationCost(),
                    o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(), o.constructionFinancingCosts(), o.valuation(),
                    o.maintenancePct(), o.propertyTaxInsurancePerM2(), new Contributions(amount, k.municipality(), k.other(), k.taxable()),
                    o.taxBasis(), o.leaseYears(), o.relocation(), o.notes(), o.loanParts());
        }).toList();
        return c.withOptions(options, c.preferredOption(), c.currentPremises());
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td class=\"num\">" + value + "</td>";
    }

    private static String html(BusinessCase c, String lang) {
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 11, 29),
                ReportSnapshot.APP_VERSION, "A. Accountant", Locale.forLanguageTag(lang));
        return new DossierHtml(s).render(EnumSet.allOf(Chapter.class));
    }
}
