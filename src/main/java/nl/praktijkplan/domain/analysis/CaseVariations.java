package nl.praktijkplan.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.CurrentPremises;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.Growth;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.Income;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.Valuation;
import nl.praktijkplan.domain.input.ValuationMethod;

/**
 * Derives a modified {@link BusinessCase} from a given one: the "what if" of the analysis layer. The input
 * records are immutable, so every method returns a new case and leaves its argument untouched.
 * <p>
 * Case-wide assumptions (interest rate, rent indexation, discount rate) are changed through
 * {@link BusinessCase#assumptionOverrides()}, exactly as a user override would, so the engine and every
 * report see them as overridden assumptions. Option-specific changes take an option index into
 * {@link BusinessCase#options()}; {@link #ALL_OPTIONS} applies the change to every option.
 * <p>
 * Catalogue defaults are read from {@link AssumptionCatalogue#standard()}, the catalogue the engine uses by default.
 */
public final class CaseVariations {

    /** Option index that means: apply the change to every option of the case. */
    public static final int ALL_OPTIONS = -1;

    private CaseVariations() {
    }

    // ---------------------------------------------------------------- assumptions

    /** The value of an assumption as this case sees it (its override, else the catalogue default), in its own unit. */
    public static double assumption(BusinessCase c, String key) {
        Double o = c.assumptionOverrides().get(key);
        return o != null ? o : AssumptionCatalogue.standard().get(key).value();
    }

    /** The case with assumption {@code key} overridden to {@code value} (in the assumption's own unit, so percent as percent). */
    public static BusinessCase withAssumption(BusinessCase c, String key, double value) {
        AssumptionCatalogue.standard().get(key); // fail fast on an unknown key
        Map<String, Double> overrides = new HashMap<>(c.assumptionOverrides());
        overrides.put(key, value);
        return copy(c, c.growth(), c.income(), c.financing(), c.options(), c.preferredOption(), overrides);
    }

    /** Loan interest rate (assumption {@code loan.ratePct}), nominal yearly percent. */
    public static BusinessCase withLoanRatePct(BusinessCase c, double pct) {
        return withAssumption(c, AssumptionKeys.LOAN_RATE, pct);
    }

    /** Yearly rent indexation (assumption {@code rent.indexPct}), percent. */
    public static BusinessCase withRentIndexationPct(BusinessCase c, double pct) {
        return withAssumption(c, AssumptionKeys.RENT_INDEX, pct);
    }

    /** Discount rate of the rent-versus-buy comparison (assumption {@code npv.discountRatePct}), percent. */
    public static BusinessCase withDiscountRatePct(BusinessCase c, double pct) {
        return withAssumption(c, AssumptionKeys.DISCOUNT_RATE, pct);
    }

    /** The bank's DSCR norm (assumption {@code loan.dscrMin}) as this case sees it. */
    public static double dscrNorm(BusinessCase c) {
        return assumption(c, AssumptionKeys.DSCR_MIN);
    }

    // ---------------------------------------------------------------- case inputs

    /** Yearly population growth of the municipality ({@link Growth#municipalGrowthPct()}), percent. */
    public static BusinessCase withMunicipalGrowthPct(BusinessCase c, double pct) {
        Growth g = c.growth();
        Growth changed = new Growth(pct, g.newDwellingsPerYear(), g.dwellingYears(), g.captureSharePct(),
                g.leaversPerYear(), g.capAtCapacity(), g.inflowPerYear(), g.inflowYears());
        return copy(c, changed, c.income(), c.financing(), c.options(), c.preferredOption(), c.assumptionOverrides());
    }

    /** Expected change of the tariffs' housing component after the NZa recalculation ({@link Income#tariffHousingChangePct()}), percent. */
    public static BusinessCase withTariffHousingChangePct(BusinessCase c, double pct) {
        Income i = c.income();
        Income changed = new Income(i.method(), i.accountsRevenue(), i.otherRevenuePerPatient(), pct, i.tariffChangeFromYear(),
                i.tariffBackPayment(), i.pohGgz(), i.mtvp(), i.gpConsultsPerPatient(), i.segment3());
        return copy(c, c.growth(), changed, c.financing(), c.options(), c.preferredOption(), c.assumptionOverrides());
    }

    /** Own money the practice can put in ({@link Financing#equityAvailable()}), euros. */
    public static BusinessCase withEquityAvailable(BusinessCase c, double euros) {
        Financing f = c.financing();
        Financing changed = new Financing(f.repayment(), f.balloonPct(), euros, f.useBmkb(), f.starter(), f.bankProfile(), f.existingDebts(), f.openingCash());
        return copy(c, c.growth(), c.income(), changed, c.options(), c.preferredOption(), c.assumptionOverrides());
    }

    // ---------------------------------------------------------------- options

    /** The case with option {@code index} replaced. */
    public static BusinessCase withOption(BusinessCase c, int index, HousingOption option) {
        List<HousingOption> options = new ArrayList<>(c.options());
        options.set(index, option);
        return copy(c, c.growth(), c.income(), c.financing(), options, c.preferredOption(), c.assumptionOverrides());
    }

    /**
     * The case reduced to the single option {@code index} (then the preferred option). The engine computes
     * each option independently of the others, so this option's result is the same as in the full case,
     * at a fraction of the work; the analyses use it when they only look at one option.
     */
    public static BusinessCase onlyOption(BusinessCase c, int index) {
        return copy(c, c.growth(), c.income(), c.financing(), List.of(c.options().get(index)), 0, c.assumptionOverrides());
    }

    /**
     * Build cost or purchase price scaled by {@code factor} (1.15 for +15%): purchase price, construction,
     * medical extras, renovation and fit-out of an owned option, the tenant's fit-out of a rent option.
     * Land, buyer's costs and financing costs during construction are not scaled.
     */
    public static BusinessCase withBuildCostScaled(BusinessCase c, int optionIndex, double factor) {
        return mapOptions(c, optionIndex, o -> o.type().owned()
                ? withCosts(o, o.purchasePrice() * factor, o.constructionCost() * factor, o.medicalExtras() * factor,
                        o.renovationCost() * factor, o.fitOutCost() * factor, o.tenantFitOut())
                : o.type() == OptionType.RENT
                        ? withCosts(o, o.purchasePrice(), o.constructionCost(), o.medicalExtras(), o.renovationCost(),
                                o.fitOutCost(), o.tenantFitOut() * factor)
                        : o);
    }

    /** The insurer's contribution (maatwerk) to an option, euros; the other contributions stay. */
    public static BusinessCase withInsurerContribution(BusinessCase c, int optionIndex, double euros) {
        return mapOptions(c, optionIndex, o -> {
            Contributions k = o.contributions();
            return new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2(), o.tenantFitOut(),
                    o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(), o.medicalExtras(),
                    o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(), o.constructionFinancingCosts(),
                    o.valuation(), o.maintenancePct(), o.propertyTaxInsurancePerM2(),
                    new Contributions(euros, k.municipality(), k.other(), k.taxable()), o.taxBasis(), o.leaseYears(), o.relocation(), o.notes(), o.loanParts());
        });
    }

    /** The purchase price (koopsom) of an option, excluding transfer tax, euros. */
    public static BusinessCase withPurchasePrice(BusinessCase c, int optionIndex, double euros) {
        return mapOptions(c, optionIndex, o -> withCosts(o, euros, o.constructionCost(), o.medicalExtras(),
                o.renovationCost(), o.fitOutCost(), o.tenantFitOut()));
    }

    /**
     * Build cost per m²: the works (construction, medical extras, renovation, fit-out; see
     * {@link HousingOption#worksCost()}) divided by the option's m². Setting it scales every works line in
     * proportion; an option without any works gets it all as construction cost.
     */
    public static BusinessCase withBuildCostPerM2(BusinessCase c, int optionIndex, double eurosPerM2) {
        return mapOptions(c, optionIndex, o -> {
            double target = eurosPerM2 * o.areaM2();
            double works = o.worksCost();
            if (works == 0) {
                return withCosts(o, o.purchasePrice(), target, 0, 0, 0, o.tenantFitOut());
            }
            double f = target / works;
            return withCosts(o, o.purchasePrice(), o.constructionCost() * f, o.medicalExtras() * f,
                    o.renovationCost() * f, o.fitOutCost() * f, o.tenantFitOut());
        });
    }

    /** The build cost per m² of an option as defined at {@link #withBuildCostPerM2}. */
    public static double buildCostPerM2(HousingOption o) {
        return o.areaM2() > 0 ? o.worksCost() / o.areaM2() : 0;
    }

    /**
     * Rent per m² per year: the contract rent of a rent option, the market rent of the valuation of an owned
     * option (which is also the rent of its "rent the same space instead" comparison and, with BAR or NAR,
     * drives its market value). The current premises (stay) keep their contract rent.
     */
    public static BusinessCase withRentPerM2(BusinessCase c, int optionIndex, double eurosPerM2) {
        return mapOptions(c, optionIndex, o -> withRent(o, eurosPerM2));
    }

    /**
     * Contract rents scaled by {@code factor}: the rent per m² of every rented option and of the current premises;
     * the market rent behind an owned option's valuation stays as it is.
     */
    public static BusinessCase withContractRentScaled(BusinessCase c, double factor) {
        CurrentPremises p = c.currentPremises();
        BusinessCase rents = mapOptions(c, ALL_OPTIONS, o -> o.type() == OptionType.RENT ? withRent(o, o.rentPerM2() * factor) : o);
        return new BusinessCase(c.caseName(), c.practice(), c.staffing(),
                new CurrentPremises(p.areaM2(), p.rentPerM2() * factor, p.serviceCostsPerM2()), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), rents.options(), c.preferredOption(), c.region(),
                c.assumptionOverrides(), c.notes());
    }

    /** The market rent behind the valuation of every owned option scaled by {@code factor}; rented options stay. */
    public static BusinessCase withMarketRentScaled(BusinessCase c, double factor) {
        return mapOptions(c, ALL_OPTIONS, o -> o.type().owned() ? withRent(o, o.valuation().marketRentPerM2() * factor) : o);
    }

    /** The rent level scaled by {@code factor}: every affected option's rent per m² as at {@link #withRentPerM2}. */
    public static BusinessCase withRentLevelScaled(BusinessCase c, int optionIndex, double factor) {
        return mapOptions(c, optionIndex, o -> withRent(o, rentPerM2(o) * factor));
    }

    /** The rent per m² of an option as defined at {@link #withRentPerM2}; for stay, the current contract rent is not covered (0). */
    public static double rentPerM2(HousingOption o) {
        return switch (o.type()) {
            case RENT -> o.rentPerM2();
            case STAY -> 0;
            default -> o.valuation().marketRentPerM2();
        };
    }

    /**
     * The initial yield (BAR, or NAR for a NAR valuation) with which an owned option's market value is
     * capitalised, in percent. It is set on the option itself, so other options keep theirs.
     */
    public static BusinessCase withInitialYieldPct(BusinessCase c, int optionIndex, double pct) {
        return mapOptions(c, optionIndex, o -> o.type().owned() ? withYield(o, pct) : o);
    }

    /** The initial yield the engine uses for an option: its own, else the catalogue's BAR or NAR as this case sees it. */
    public static double initialYieldPct(BusinessCase c, HousingOption o) {
        if (o.valuation().yieldPct() > 0) {
            return o.valuation().yieldPct();
        }
        return assumption(c, o.valuation().method() == ValuationMethod.NAR ? AssumptionKeys.NAR : AssumptionKeys.BAR);
    }

    // ---------------------------------------------------------------- plumbing

    private interface OptionChange {
        HousingOption apply(HousingOption o);
    }

    private static BusinessCase mapOptions(BusinessCase c, int optionIndex, OptionChange change) {
        List<HousingOption> options = new ArrayList<>(c.options());
        for (int i = 0; i < options.size(); i++) {
            if (optionIndex == ALL_OPTIONS || optionIndex == i) {
                options.set(i, change.apply(options.get(i)));
            }
        }
        if (optionIndex != ALL_OPTIONS && (optionIndex < 0 || optionIndex >= options.size())) {
            throw new IndexOutOfBoundsException("No option " + optionIndex + " in case with " + options.size() + " options");
        }
        return copy(c, c.growth(), c.income(), c.financing(), options, c.preferredOption(), c.assumptionOverrides());
    }

    private static BusinessCase copy(BusinessCase c, Growth growth, Income income, Financing financing,
                                     List<HousingOption> options, int preferred, Map<String, Double> overrides) {
        return c.withScenario(growth, income, financing, options, preferred, overrides);
    }

    private static HousingOption withCosts(HousingOption o, double purchasePrice, double construction, double extras,
                                           double renovation, double fitOut, double tenantFitOut) {
        return new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2(), tenantFitOut,
                purchasePrice, o.purchaseTax(), o.landCost(), construction, extras, renovation, fitOut,
                o.worksIncludeVat(), o.buyerCosts(), o.constructionFinancingCosts(), o.valuation(), o.maintenancePct(),
                o.propertyTaxInsurancePerM2(), o.contributions(), o.taxBasis(), o.leaseYears(), o.relocation(), o.notes(), o.loanParts());
    }

    private static HousingOption withRent(HousingOption o, double eurosPerM2) {
        return switch (o.type()) {
            case STAY -> o;
            case RENT -> new HousingOption(o.name(), o.type(), o.areaM2(), eurosPerM2, o.serviceCostsPerM2(),
                    o.tenantFitOut(), o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(),
                    o.medicalExtras(), o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(),
                    o.constructionFinancingCosts(), o.valuation(), o.maintenancePct(), o.propertyTaxInsurancePerM2(),
                    o.contributions(), o.taxBasis(), o.leaseYears(), o.relocation(), o.notes(), o.loanParts());
            default -> withValuation(o, o.valuation().withMarketRentPerM2(eurosPerM2));
        };
    }

    private static HousingOption withYield(HousingOption o, double pct) {
        return withValuation(o, o.valuation().withYieldPct(pct));
    }

    private static HousingOption withValuation(HousingOption o, Valuation v) {
        return new HousingOption(o.name(), o.type(), o.areaM2(), o.rentPerM2(), o.serviceCostsPerM2(), o.tenantFitOut(),
                o.purchasePrice(), o.purchaseTax(), o.landCost(), o.constructionCost(), o.medicalExtras(),
                o.renovationCost(), o.fitOutCost(), o.worksIncludeVat(), o.buyerCosts(), o.constructionFinancingCosts(),
                v, o.maintenancePct(), o.propertyTaxInsurancePerM2(), o.contributions(), o.taxBasis(), o.leaseYears(), o.relocation(), o.notes(), o.loanParts());
    }
}
