package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.Financing;
import nl.praktijkplan.domain.input.HousingOption;
import nl.praktijkplan.domain.input.LegalForm;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.YieldBasis;

/** Computes investment, value, financing, exploitatie and rent-versus-buy of one housing option. */
final class OptionCalculator {

    /** Amounts below a cent are rounding, not a gap. */
    private static final double GAP_TOLERANCE = 0.005;

    private final BusinessCase c;
    private final Assumptions a;
    private final PatientProjection demand;
    private final SpaceRequirement space;
    private final PracticeEconomics economics;
    private final PracticeTax tax;

    OptionCalculator(BusinessCase c, Assumptions a, PatientProjection demand, SpaceRequirement space) {
        this.c = c;
        this.a = a;
        this.demand = demand;
        this.space = space;
        this.economics = new PracticeEconomics(c, a);
        this.tax = new PracticeTax(c.practice(), a);
    }

    /**
     * @param stayServedLastYear patients the current premises serve at the end of the last plan year
     * @param stay               the stay baseline, for the months before the move; null when computing it
     */
    OptionResult compute(HousingOption o, double stayServedLastYear, OptionResult stay) {
        return compute(o, stayServedLastYear, stay, RentVsBuyDetail.FULL);
    }

    /**
     * @param stay   the stay baseline, for the months before the move; null when computing it or when an analysis of one
     *               option has none (the option's own year 1 stands in)
     * @param detail how much of the rent-versus-buy comparison to compute
     */
    OptionResult compute(HousingOption o, double stayServedLastYear, OptionResult stay, RentVsBuyDetail detail) {
        BeforeFinancing b = beforeFinancing(o);
        LoanTerms terms = loanTerms(o);
        ExistingDebtService existing = existingDebts(o);
        LoanParts parts = loanParts(o, b.budget.total() + existing.refinancedBalance());
        LoanCapacity financing = financing(o, b.budget.total(), b.marketValue, b.years[1], terms, existing, parts);
        AmortisationSchedule schedule = new AmortisationSchedule(financing.loan(), terms, c.practice().horizonYears());
        return result(b, financing, schedule, existing, parts, stayServedLastYear, false, detail, stay);
    }

    /** The option's loan parts, drawn as far as the uses before the BMKB fee still need money after own funds. */
    private LoanParts loanParts(HousingOption o, double uses) {
        if (o.type() == OptionType.STAY || o.loanParts().isEmpty()) {
            return LoanParts.NONE;
        }
        double need = uses - o.contributions().total() - c.financing().equityAvailable();
        return LoanParts.draw(o.loanParts(), need, a.rate(REFINANCE_RATE), c.practice().horizonYears());
    }

    /**
     * The option on an agreed financing plan (DOMAIN rule 8): the plan's loan, terms, equity, contributions and BMKB,
     * not the loan the bank would size for this case. The gap is what the uses (investment, debts refinanced, BMKB
     * fee) exceed the plan's sources (equity, contributions, loan) by; the DSCR is that of total debt service: the
     * plan's loan at the case's loan rate in the fixed-rate period and the plan's refinancing rate (plus its increase)
     * after it, and the existing debts that run on, as {@link #compute} counts them. The bank lends the agreed loan and
     * no more: max loan = loan, and the verdict binds a gap on equity.
     *
     * @param detail how much of the rent-versus-buy comparison to compute
     */
    OptionResult computeOnPlan(HousingOption o, double stayServedLastYear, FixedFinancing plan, RentVsBuyDetail detail) {
        BeforeFinancing b = beforeFinancing(o);
        ExistingDebtService existing = existingDebts(o);
        int h = c.practice().horizonYears();
        AmortisationSchedule schedule = new AmortisationSchedule(plan.loan(), plan.termsAt(a.rate(LOAN_RATE)), h);
        LoanParts parts = LoanParts.agreed(plan.loanParts(), h);
        double investment = b.budget.total();
        double uses = investment + plan.refinancedDebts() + plan.bmkbFee();
        double sourcesBeforeLoan = plan.contributions() + plan.equity() + parts.total();
        double gap = Math.max(0, uses - sourcesBeforeLoan - plan.loan());
        double cfads1 = cfads(b.years[1], schedule.years().get(0).interest() + existing.interest(1) + parts.interest(1));
        LoanCapacity financing = new LoanCapacity(cfads1, Math.max(0, cfads1) / a.value(DSCR_MIN), plan.loan(), null,
                Math.max(0, investment + plan.refinancedDebts() - sourcesBeforeLoan), plan.loan(), plan.loan(),
                Math.min(plan.equity(), Math.max(0, uses - plan.contributions() - parts.total() - plan.loan())),
                plan.contributions(), parts.total(), plan.refinancedDebts(), plan.bmkbGuaranteed(), plan.bmkbYears(),
                plan.bmkbFeeRate(), plan.bmkbFee(), gap > GAP_TOLERANCE ? gap : 0, null);
        return result(b, financing, schedule, existing, parts, stayServedLastYear, true, detail, null);
    }

    /** The practice's existing debts beside an option's new loan; a move pays off those marked for refinancing. */
    private ExistingDebtService existingDebts(HousingOption o) {
        return new ExistingDebtService(c.financing().existingDebts(), o.type() != OptionType.STAY,
                c.practice().horizonYears());
    }

    /** What an option's figures are before its financing: budget, value, depreciation and each year before the loan. */
    private record BeforeFinancing(HousingOption option, double area, double capacity, InvestmentBudget budget,
                                   double marketValue, DepreciationPlan depreciation, double[] served,
                                   YearBeforeFinancing[] years) {
    }

    private BeforeFinancing beforeFinancing(HousingOption o) {
        int h = c.practice().horizonYears();
        double area = o.type() == OptionType.STAY ? c.currentPremises().areaM2() : o.areaM2();
        double capacity = space.capacity(area);
        InvestmentBudget budget = investment(o);
        double marketValue = marketValue(o, area, budget);
        double[] served = new double[h + 1];
        for (int t = 0; t <= h; t++) {
            served[t] = served(capacity, t);
        }
        double woz = o.taxBasis().wozValue() > 0 ? o.taxBasis().wozValue() : marketValue;
        DepreciationPlan depreciation = new DepreciationPlan(o, budget, woz, tax.bodemwaardeRate(), a, h);
        YearBeforeFinancing[] before = new YearBeforeFinancing[h + 1];
        double avgYear1 = (served[0] + served[1]) / 2;
        for (int t = 1; t <= h; t++) {
            before[t] = yearBeforeFinancing(o, area, t, (served[t - 1] + served[t]) / 2, avgYear1, depreciation.year(t));
        }
        return new BeforeFinancing(o, area, capacity, budget, marketValue, depreciation, served, before);
    }

    /** CFADS of a year with {@code interest} (the new loan's and the existing debts') deducted for tax. */
    private double cfads(YearBeforeFinancing y, double interest) {
        return y.ebitda() - tax.tax(y.profitBeforeInterest() - interest, y.calendarYear()) - y.drawings();
    }

    private OptionResult result(BeforeFinancing b, LoanCapacity financing, AmortisationSchedule schedule,
                                ExistingDebtService existing, LoanParts parts, double stayServedLastYear, boolean loanFixed,
                                RentVsBuyDetail detail, OptionResult stay) {
        HousingOption o = b.option;
        int h = c.practice().horizonYears();
        double marketValue = b.marketValue;
        double growth = a.rate(RESIDUAL_GROWTH);
        List<OperatingYear> years = new ArrayList<>(h);
        for (int t = 1; t <= h; t++) {
            YearBeforeFinancing y = b.years[t];
            AmortisationSchedule.Year loanYear = schedule.years().get(t - 1);
            double interest = loanYear.interest() + existing.interest(t) + parts.interest(t);
            double profit = y.profitBeforeInterest() - interest;
            double yearTax = tax.tax(profit, y.calendarYear());
            double cfads = y.ebitda() - yearTax - y.drawings();
            double ds = loanYear.debtService() + existing.debtService(t) + parts.debtService(t);
            double valueStart = marketValue * Math.pow(1 + growth, t - 1);
            double balanceStart = schedule.balanceAfterYear(t - 1) + parts.balanceEnd(t - 1);
            years.add(new OperatingYear(t, y.calendarYear(), y.avgPatients(), y.revenue(), y.gpLabour(), y.staffAndOther(),
                    y.housing(), y.ebitda(), y.depreciation(), interest, profit, yearTax, y.drawings(), cfads,
                    loanYear.principal() + existing.principal(t) + parts.principal(t), ds,
                    loanYear.balanceEnd() + parts.balanceEnd(t), ds > 0 ? cfads / ds : null,
                    valueStart, valueStart > 0 ? balanceStart / valueStart : null));
        }

        double investment = b.budget.total();
        Double top = o.type().owned() ? investment - marketValue : null;
        RentVsBuy rentVsBuy = detail == RentVsBuyDetail.NONE ? null
                : new RentVsBuyCalculator(a, economics, tax, o.contributions()).compute(o, b.area, b.budget, financing,
                        marketValue, schedule, parts, years, detail == RentVsBuyDetail.FULL);
        FinancingVerdict verdict = verdict(o, financing, marketValue, schedule, parts, years, loanFixed);
        LiquidityForecast liquidity = LiquidityForecast.of(c.financing().openingCash(), o.relocation(), b.budget, financing,
                constructionMonthlyRate(financing, schedule, parts), years, (stay == null ? years : stay.years()).get(0), existing.debtService(1),
                a.value(LIQUIDITY_BUFFER_MONTHS));
        double avgYear1 = (b.served[0] + b.served[1]) / 2;
        return new OptionResult(o, b.area, b.capacity, spaceRunsOut(b.area), b.budget, marketValue, top, financing,
                schedule, existing, parts, years, rentVsBuy, b.depreciation, verdict, economics.breakdown(1, avgYear1, avgYear1),
                b.served[h] - stayServedLastYear, liquidity);
    }

    /** The monthly rate of all new lending together (main loan and parts), for the interest during construction. */
    private static double constructionMonthlyRate(LoanCapacity f, AmortisationSchedule schedule, LoanParts parts) {
        double lent = f.newLending();
        return lent > 0 ? (f.loan() * schedule.terms().monthlyRate() + parts.firstMonthInterest()) / lent
                : schedule.terms().monthlyRate();
    }

    /** One plan year's figures that do not depend on the loan. */
    private record YearBeforeFinancing(int calendarYear, double avgPatients, double revenue, double gpLabour,
                                       double staffAndOther, double housing, double ebitda, double depreciation,
                                       double drawings, boolean bv, double taxableGrants) {
        /**
         * EBITDA − depreciation, in a BV − the directors' salaries (a cost of the BV), and + investment grants that
         * are taxed as income (in year 1, when they are received).
         */
        double profitBeforeInterest() {
            return ebitda - depreciation - (bv ? drawings : 0) + taxableGrants;
        }
    }

    private YearBeforeFinancing yearBeforeFinancing(HousingOption o, double area, int t, double avgPatients,
                                                    double avgYear1, double depreciation) {
        double revenue = economics.revenue(t, avgPatients, avgYear1).total();
        double gpLabour = economics.gpLabourCost(t, avgPatients);
        double staffAndOther = economics.staffAndOtherCosts(t, avgPatients, avgYear1);
        double housing = housingCosts(o, area, t);
        return new YearBeforeFinancing(economics.calendarYear(t), avgPatients, revenue, gpLabour, staffAndOther, housing,
                revenue - gpLabour - staffAndOther - housing, depreciation, economics.drawings(t),
                c.practice().legalForm() == LegalForm.BV,
                t == 1 && o.contributions().taxable() ? o.contributions().total() : 0);
    }

    /** Patients the current premises serve at the end of the last plan year: the baseline of the extra patients. */
    double stayServedLastYear() {
        return served(space.capacity(c.currentPremises().areaM2()), c.practice().horizonYears());
    }

    /**
     * Patients on the list at the end of plan year t (t = 0: now) in premises with room for {@code capacity}
     * patients: the demand, up to the capacity. A practice keeps the patients it has, even in premises that are
     * too small; it just cannot grow.
     */
    double served(double capacity, int t) {
        return Math.min(demand.patients(t), Math.max(capacity, c.practice().patients()));
    }

    private Integer spaceRunsOut(double area) {
        for (int t = 0; t <= c.practice().horizonYears(); t++) {
            if (space.m2Needed(demand.patients(t)) > area) {
                return economics.calendarYear(Math.max(t, 1));
            }
        }
        return null;
    }

    InvestmentBudget investment(HousingOption o) {
        return switch (o.type()) {
            case STAY -> new InvestmentBudget(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            case RENT -> new InvestmentBudget(0, 0, 0, 0, 0, 0, 0,
                    o.worksIncludeVat() ? 0 : o.tenantFitOut() * a.rate(VAT), 0, 0, o.tenantFitOut());
            default -> new InvestmentBudget(
                    o.purchasePrice(),
                    o.purchaseTax() == PurchaseTax.TRANSFER_TAX ? o.purchasePrice() * a.rate(TRANSFER_TAX) : 0,
                    o.landCost(), o.constructionCost(), o.medicalExtras(), o.renovationCost(), o.fitOutCost(),
                    o.worksIncludeVat() ? 0 : o.worksCost() * a.rate(VAT),
                    o.buyerCosts(), o.constructionFinancingCosts(), 0);
        };
    }

    /**
     * Market value: BAR = market rent / gross yield; NAR = (market rent − owner costs) / net yield; or an appraisal.
     * A NAR value is never negative: owner costs above the market rent leave no value to capitalise.
     */
    double marketValue(HousingOption o, double area, InvestmentBudget budget) {
        if (!o.type().owned()) {
            return 0;
        }
        double marketRent = o.valuation().marketRentPerM2() * area;
        return switch (o.valuation().method()) {
            case BAR -> valueKk(o, marketRent / initialYield(o, BAR));
            case NAR -> valueKk(o, Math.max(0, marketRent - ownerCosts(o, area, budget, 1)) / initialYield(o, NAR));
            case APPRAISAL -> o.valuation().appraisedValue();
        };
    }

    /**
     * Banks lend on the value k.k. (DOMAIN rule 6). A yield quoted von relates the rent to the price with the buyer's
     * costs, so rent / yield is a von value: value k.k. = value von / (1 + buyer's costs).
     */
    private double valueKk(HousingOption o, double capitalised) {
        return o.valuation().yieldBasis() == YieldBasis.VON ? capitalised / (1 + a.rate(VALUATION_BUYER_COSTS)) : capitalised;
    }

    private double initialYield(HousingOption o, String assumptionKey) {
        double own = o.valuation().yieldPct();
        return own > 0 ? own / 100 : a.rate(assumptionKey);
    }

    /** Housing costs of plan year t: rent and service costs, or the owner's maintenance, property tax and insurance. */
    double housingCosts(HousingOption o, double area, int t) {
        return switch (o.type()) {
            case STAY -> area * (c.currentPremises().rentPerM2() * economics.rentIndex(t)
                    + c.currentPremises().serviceCostsPerM2() * economics.costIndex(t));
            case RENT -> area * (o.rentPerM2() * economics.rentIndex(t) + o.serviceCostsPerM2() * economics.costIndex(t));
            default -> ownerCosts(o, area, investment(o), t);
        };
    }

    /** Maintenance as a share of the building cost as paid (non-recoverable VAT included), property tax and insurance. */
    private double ownerCosts(HousingOption o, double area, InvestmentBudget budget, int t) {
        double buildingAsPaid = o.buildingCost() + budget.nonRecoverableVat();
        return (o.maintenancePct() / 100 * buildingAsPaid + o.propertyTaxInsurancePerM2() * area) * economics.costIndex(t);
    }

    /**
     * A tenant's fit-out is lent over at most the fit-out term and not beyond the lease; a building over the property
     * loan's term. The rate is fixed for the fixed-rate period (at most the term), the refinancing rate applies after.
     */
    LoanTerms loanTerms(HousingOption o) {
        Financing f = c.financing();
        int term = a.whole(LOAN_TERM);
        if (o.type() == OptionType.RENT) {
            term = Math.min(term, a.whole(FIT_OUT_LOAN_TERM));
            term = o.leaseYears() > 0 ? Math.min(term, o.leaseYears()) : term;
        }
        return new LoanTerms(a.rate(LOAN_RATE), term, f.repayment(), f.balloonPct() / 100,
                Math.min(term, a.whole(FIXED_RATE_YEARS)), a.rate(REFINANCE_RATE));
    }

    /**
     * Uses (investment, debts refinanced, BMKB fee) against sources (contributions, equity, the loan parts, the largest
     * main loan the bank allows). The main loan's limit counts the debt service of the debts that run on and of the
     * loan parts (total debt service); its collateral limit what the parts already take of the LTV norm.
     */
    private LoanCapacity financing(HousingOption o, double investment, double marketValue, YearBeforeFinancing year1,
                                   LoanTerms terms, ExistingDebtService existing, LoanParts parts) {
        Financing f = c.financing();
        CashFlowLimit limit = new CashFlowLimit(year1, terms, existing, parts);
        double maxByCashFlow = limit.maxLoan();
        double secured = o.type().owned() ? Math.max(0, a.rate(LTV_MAX) * marketValue - parts.total()) : 0;
        Double maxByCollateral = o.type().owned() ? collateralLimit(secured) : null;
        double maxLoan = maxByCollateral == null ? maxByCashFlow : Math.min(maxByCashFlow, maxByCollateral);
        double uses = investment + existing.refinancedBalance();
        if (uses == 0) {
            maxLoan = 0;
        }
        double contributions = o.contributions().total();
        double equity = f.equityAvailable();
        double beforeLoan = contributions + equity + parts.total();
        double need = Math.max(0, uses - beforeLoan);
        double guaranteed = 0;
        int guaranteeYears = 0;
        double feeRate = 0;
        if (f.useBmkb() && need > 0) {
            guaranteeYears = bmkbYears(o, terms);
            feeRate = bmkbFeeRate(guaranteeYears);
            guaranteed = bmkbGuaranteedWithFee(need, maxLoan, secured, feeRate);
            if (guaranteed <= 0) {
                guaranteeYears = 0;
                feeRate = 0;
            }
        }
        double fee = guaranteed * feeRate;
        double loan = Math.min(maxLoan, Math.max(0, uses + fee - beforeLoan));
        if (loan < GAP_TOLERANCE) {
            loan = 0; // a loan of less than a cent (a value of almost nothing) is no loan: no DSCR of cent fractions
        }
        double equityUsed = Math.min(equity, Math.max(0, uses + fee - contributions - parts.total() - loan));
        double gap = Math.max(0, uses + fee - beforeLoan - maxLoan);
        double debtServiceOfNeed = need * limit.debtServicePerEuro + limit.otherDebtService;
        return new LoanCapacity(limit.cfads(loan), Math.max(0, limit.cfads(loan)) / a.value(DSCR_MIN), maxByCashFlow, maxByCollateral,
                need, maxLoan, loan, equityUsed, contributions, parts.total(), existing.refinancedBalance(), guaranteed,
                guaranteeYears, feeRate, fee, gap, debtServiceOfNeed > 0 ? limit.cfads(need) / debtServiceOfNeed : null);
    }

    /** The guarantee runs as long as the loan, at most 12 years for a building and 6 years for other credit (RVO). */
    private int bmkbYears(HousingOption o, LoanTerms terms) {
        return Math.min(terms.termYears(), a.whole(o.type().owned() ? BMKB_YEARS_REAL_ESTATE : BMKB_YEARS_OTHER));
    }

    /** RVO's one-off fee by the guarantee's term in quarters: up to 8, 9 to 24, 25 to 48. */
    private double bmkbFeeRate(int guaranteeYears) {
        int quarters = guaranteeYears * 4;
        return a.rate(quarters <= 8 ? BMKB_FEE_UP_TO_8_QUARTERS
                : quarters <= 24 ? BMKB_FEE_9_TO_24_QUARTERS : BMKB_FEE_25_TO_48_QUARTERS);
    }

    /**
     * The cash-flow limit with interest deductible for tax: the largest L with DSCR_min × DS₁(L) ≤ CFADS₁(L), where
     * CFADS₁(L) = EBITDA₁ − tax(profit₁ − interest₁(L)) − drawings₁. Interest and debt service are linear in L and the
     * tax shield of a euro of loan (≤ the top tax rate × its interest) is below DSCR_min × its debt service (the
     * catalogue keeps DSCR_min ≥ 1 and tax rates below 100%), so CFADS₁(L) − DSCR_min × DS₁(L) falls strictly with L:
     * bisection converges, also at 0% interest.
     */
    private final class CashFlowLimit {
        private final YearBeforeFinancing year1;
        private final double interestPerEuro;
        private final double debtServicePerEuro;
        /** Year-1 interest and debt service of the existing debts that run on and of the loan parts. */
        private final double otherInterest;
        private final double otherDebtService;
        private final double dscrMin = a.value(DSCR_MIN);

        CashFlowLimit(YearBeforeFinancing year1, LoanTerms terms, ExistingDebtService existing, LoanParts parts) {
            this.year1 = year1;
            AmortisationSchedule.Year perEuro = new AmortisationSchedule(1, terms, 1).years().get(0);
            this.interestPerEuro = perEuro.interest();
            this.debtServicePerEuro = perEuro.debtService();
            this.otherInterest = existing.interest(1) + parts.interest(1);
            this.otherDebtService = existing.debtService(1) + parts.debtService(1);
        }

        double cfads(double loan) {
            double profit = year1.profitBeforeInterest() - otherInterest - interestPerEuro * loan;
            return year1.ebitda() - tax.tax(profit, year1.calendarYear()) - year1.drawings();
        }

        private double headroom(double loan) {
            return cfads(loan) - dscrMin * (debtServicePerEuro * loan + otherDebtService);
        }

        double maxLoan() {
            if (debtServicePerEuro <= 0 || headroom(0) <= 0) {
                return 0;
            }
            double lo = 0;
            double hi = Math.max(1, cfads(0) / (dscrMin * debtServicePerEuro));
            for (int i = 0; i < 200 && headroom(hi) > 0; i++) {
                lo = hi;
                hi *= 2;
            }
            for (int i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, hi); i++) {
                double mid = lo + (hi - lo) / 2;
                if (headroom(mid) > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * DOMAIN rule 7. The loan limit that binds is the lower of the cash-flow and collateral limits (the guarantee
     * maximum when BMKB is used up); a gap always means the equity falls short too. DSCR is checked in every year of the
     * fixed-rate period on the loan drawn; the LTV on the part of the property loan that the guarantee does not cover.
     * On an agreed plan ({@code loanFixed}) the bank lends the agreed loan and no more, so a gap binds on equity alone.
     */
    private FinancingVerdict verdict(HousingOption o, LoanCapacity f, double marketValue, AmortisationSchedule schedule,
                                     LoanParts parts, List<OperatingYear> years, boolean loanFixed) {
        EnumSet<FinancingVerdict.Constraint> binding = EnumSet.noneOf(FinancingVerdict.Constraint.class);
        double shortfall = f.financingGap() > GAP_TOLERANCE ? f.financingGap() : 0;
        if (shortfall > 0 && !loanFixed) {
            Double collateral = f.maxByCollateral();
            if (collateral != null && collateral < f.maxByCashFlow()) {
                boolean guaranteeUsedUp = c.financing().useBmkb() && f.bmkbGuaranteed() >= bmkbMax() - GAP_TOLERANCE;
                binding.add(guaranteeUsedUp ? FinancingVerdict.Constraint.GUARANTEE_MAX : FinancingVerdict.Constraint.COLLATERAL);
            } else {
                binding.add(FinancingVerdict.Constraint.CASH_FLOW);
            }
        }
        if (shortfall > 0) {
            binding.add(FinancingVerdict.Constraint.EQUITY); // on an agreed plan the loan is fixed: own money must cover it
        }
        double norm = a.value(DSCR_MIN);
        int fixed = Math.min(years.size(), a.whole(FIXED_RATE_YEARS));
        Double lowest = null;
        Integer firstBelow = null;
        for (OperatingYear y : years.subList(0, fixed)) {
            if (y.dscr() == null) {
                continue;
            }
            lowest = lowest == null ? y.dscr() : Math.min(lowest, y.dscr());
            // A loan at the cash-flow limit has DSCR = norm up to the solver's tolerance.
            if (firstBelow == null && y.dscr() < norm * (1 - 1e-9)) {
                firstBelow = y.calendarYear();
            }
        }
        if (firstBelow != null) {
            binding.add(FinancingVerdict.Constraint.CASH_FLOW);
        }
        if (o.type().owned() && marketValue > 0
                && (f.loan() + parts.total() - f.bmkbGuaranteed() > a.rate(LTV_MAX) * marketValue + GAP_TOLERANCE
                || exceedsLtvWhenGuaranteeEnds(f, schedule, parts, years))) {
            binding.add(FinancingVerdict.Constraint.COLLATERAL);
        }
        return new FinancingVerdict(binding.isEmpty() ? FinancingVerdict.Status.SLUITEND : FinancingVerdict.Status.NIET_SLUITEND,
                List.copyOf(binding), shortfall, lowest, firstBelow);
    }

    /**
     * After the guarantee ends the LTV norm applies to the whole balance (DOMAIN rule 5): the balance at the end of the
     * guarantee's last year against the value at the start of the next. Beyond the horizon there is nothing to check.
     */
    private boolean exceedsLtvWhenGuaranteeEnds(LoanCapacity f, AmortisationSchedule schedule, LoanParts parts,
                                                List<OperatingYear> years) {
        int end = f.bmkbYears();
        if (f.bmkbGuaranteed() <= 0 || end >= years.size()) {
            return false;
        }
        return schedule.balanceAfterYear(end) + parts.balanceEnd(end)
                > a.rate(LTV_MAX) * years.get(end).marketValueStart() + GAP_TOLERANCE;
    }

    /**
     * The main loan's limit on the collateral: S = LTV_max × value less the loan parts, which the same mortgage secures;
     * with BMKB the bank may also lend the guaranteed part G = min(G_max, share × L) beyond it:
     * L − G ≤ S gives L ≤ S / (1 − share) while share·L ≤ G_max, else L ≤ S + G_max.
     */
    private double collateralLimit(double secured) {
        if (!c.financing().useBmkb()) {
            return secured;
        }
        double share = bmkbShare();
        double max = bmkbMax();
        if (share >= 1) {
            return secured + max;
        }
        double byShare = secured / (1 - share);
        return share * byShare <= max ? byShare : secured + max;
    }

    /**
     * The BMKB fee is a use of funds, borrowed too, and the guarantee covers the loan with its fee: G = g(N + r·G) with
     * g(L) = min(L − S, share·L, max), S the secured part. Each branch of g is affine with slope ≤ 1 and r < 1, so the
     * fixed point is the smallest of the branches' fixed points: (N − S)/(1 − r), share·N/(1 − share·r), max. A loan
     * the limit caps takes the guarantee of the cap.
     */
    private double bmkbGuaranteedWithFee(double need, double maxLoan, double secured, double feeRate) {
        double share = bmkbShare();
        double fixedPoint = Math.max(0, Math.min(Math.min((need - secured) / (1 - feeRate),
                share * need / (1 - share * feeRate)), bmkbMax()));
        return bmkbGuaranteed(Math.min(maxLoan, need + feeRate * fixedPoint), secured);
    }

    /** The guaranteed part: what the loan exceeds the secured part S by, within the BMKB share and maximum. */
    private double bmkbGuaranteed(double loan, double secured) {
        double aboveCollateral = Math.max(0, loan - secured);
        return Math.min(aboveCollateral, Math.min(bmkbShare() * loan, bmkbMax()));
    }

    private double bmkbShare() {
        return a.rate(c.financing().starter() ? BMKB_STARTER_SHARE : BMKB_SHARE);
    }

    private double bmkbMax() {
        return a.value(c.financing().starter() ? BMKB_STARTER_MAX : BMKB_MAX);
    }
}
