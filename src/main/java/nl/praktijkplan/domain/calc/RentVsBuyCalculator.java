package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.Contributions;
import nl.praktijkplan.domain.input.HousingOption;

/**
 * Discounted housing cost of one option over the horizon, at discount rate d with cash flows at the end of each
 * year (PV = CF_t / (1+d)^t) and investments at t = 0. Every path is treated alike:
 * <ul>
 * <li>at t = 0 what the practice pays itself: uses (investment, VAT as paid, BMKB fee) − loan − grants;</li>
 * <li>each year its debt service and housing costs (rent and service costs, or the owner's costs);</li>
 * <li>at the horizon the value less selling costs (owned) less the loan still outstanding.</li>
 * </ul>
 * After tax (the default view) each year also carries the tax the path's deductible items save: rent and service
 * costs, or owner costs, interest and depreciation (tax with them − tax without any housing item, at the
 * practice's own brackets). Pre-tax figures are kept beside it. An owned option is compared with renting the same
 * m² at its market rent, the tenant paying the fit-out.
 */
final class RentVsBuyCalculator {

    private final Assumptions a;
    private final PracticeEconomics economics;
    private final PracticeTax tax;
    /** Investment grants taxed as income in year 1: part of the option, not of the practice's own profit. */
    private final double taxableGrants;

    RentVsBuyCalculator(Assumptions a, PracticeEconomics economics, PracticeTax tax, Contributions grants) {
        this.a = a;
        this.economics = economics;
        this.tax = tax;
        this.taxableGrants = grants.taxable() ? grants.total() : 0;
    }

    /** @param breakEvenRent whether to solve the break-even rent per m² after tax (null when not) */
    RentVsBuy compute(HousingOption o, double area, InvestmentBudget budget, LoanCapacity financing, double marketValue,
                      AmortisationSchedule schedule, LoanParts parts, List<OperatingYear> years, boolean breakEvenRent) {
        int h = years.size();
        double d = a.rate(DISCOUNT_RATE);
        double lent = financing.newLending();
        // Own money at t = 0: everything paid (the existing loans paid off too, which the loan also finances) less what is lent.
        double outlay = budget.total() + financing.refinancedDebts() + financing.bmkbFee() - lent - financing.contributions();
        boolean owned = o.type().owned();
        double growth = a.rate(RESIDUAL_GROWTH);
        double selling = a.rate(SELLING_COSTS);

        List<Double> cumulative = new ArrayList<>(h + 1);
        double saleAtStart = owned ? marketValue * (1 - selling) : 0;
        cumulative.add(outlay - (saleAtStart - lent));
        double paid = outlay;
        double paidPreTax = outlay;
        for (OperatingYear y : years) {
            double discount = Math.pow(1 + d, y.year());
            double cash = y.debtService() + y.housingCosts();
            double saving = tax.tax(withoutHousing(y), y.calendarYear()) - y.tax();
            paid += (cash - saving) / discount;
            paidPreTax += cash / discount;
            double value = owned ? marketValue * Math.pow(1 + growth, y.year()) * (1 - selling) : 0;
            double saleEquity = value - schedule.balanceAfterYear(y.year()) - parts.balanceEnd(y.year());
            cumulative.add(paid - saleEquity / discount);
        }
        double endEquity = (owned ? marketValue * Math.pow(1 + growth, h) * (1 - selling) : 0) - schedule.balanceAfterYear(h)
                - parts.balanceEnd(h);
        double npvPreTax = paidPreTax - endEquity / Math.pow(1 + d, h);
        if (!owned) {
            return new RentVsBuy(cumulative.get(h), npvPreTax, null, null, null, null, null, cumulative, List.of());
        }

        double fitOut = o.tenantFitOut() * (o.worksIncludeVat() ? 1 : 1 + a.rate(VAT));
        double marketRentPerM2 = o.valuation().marketRentPerM2();
        RentReference reference = new RentReference(o, area, fitOut, years, d);
        List<Double> cumRent = reference.cumulative(marketRentPerM2, true);
        Integer breakEven = null;
        for (int t = 1; t <= h && breakEven == null; t++) {
            if (cumulative.get(t) <= cumRent.get(t)) {
                breakEven = years.get(t - 1).calendarYear();
            }
        }
        double npvBuy = cumulative.get(h);
        double npvRentPreTax = reference.cumulative(marketRentPerM2, false).get(h);
        double rentFactor = 0; // Σ m² × rent index / discount: the present value of one euro of year-1 rent per m²
        for (OperatingYear y : years) {
            rentFactor += area * economics.rentIndex(y.year()) / Math.pow(1 + d, y.year());
        }
        Double breakEvenPreTax = rentFactor > 0 ? marketRentPerM2 + (npvPreTax - npvRentPreTax) / rentFactor : null;
        return new RentVsBuy(npvBuy, npvPreTax, cumRent.get(h), npvRentPreTax, breakEven, breakEvenRent ? reference.breakEvenRentPerM2(npvBuy, marketRentPerM2) : null,
                breakEvenPreTax, cumulative, cumRent);
    }

    /**
     * The practice's taxable profit of the year without any housing item: no housing costs, depreciation, interest or
     * taxable investment grant (the grant belongs to the option, not to the practice).
     */
    private double withoutHousing(OperatingYear y) {
        return y.profitBeforeTax() + y.housingCosts() + y.depreciation() + y.interest() - (y.year() == 1 ? taxableGrants : 0);
    }

    /** Renting the owned option's m² instead: fit-out at t = 0, then rent at a given year-1 rent per m² and service costs. */
    private final class RentReference {
        private final HousingOption o;
        private final double area;
        private final double fitOut;
        private final List<OperatingYear> years;
        private final double d;
        private final DepreciationPlan.Component fitOutDepreciation;

        RentReference(HousingOption o, double area, double fitOut, List<OperatingYear> years, double d) {
            this.o = o;
            this.area = area;
            this.fitOut = fitOut;
            this.years = years;
            this.d = d;
            this.fitOutDepreciation = new DepreciationPlan.Component(DepreciationPlan.FIT_OUT, fitOut, a.value(FIT_OUT_YEARS));
        }

        List<Double> cumulative(double rentPerM2, boolean afterTax) {
            List<Double> list = new ArrayList<>(years.size() + 1);
            double sum = fitOut;
            list.add(sum);
            for (OperatingYear y : years) {
                int t = y.year();
                double cash = area * (rentPerM2 * economics.rentIndex(t) + o.serviceCostsPerM2() * economics.costIndex(t));
                double saving = 0;
                if (afterTax) {
                    double base = withoutHousing(y);
                    saving = tax.tax(base, y.calendarYear())
                            - tax.tax(base - cash - fitOutDepreciation.scheduled(t), y.calendarYear());
                }
                sum += (cash - saving) / Math.pow(1 + d, t);
                list.add(sum);
            }
            return list;
        }

        /** Year-1 rent per m² at which renting costs (after tax) what buying does; null if buying is cheaper even at no rent. */
        Double breakEvenRentPerM2(double npvBuy, double marketRentGuess) {
            DoubleToNpv npv = r -> cumulative(r, true).get(years.size());
            if (npv.at(0) >= npvBuy) {
                return null;
            }
            // The cost of renting rises with the rent, piecewise linearly (tax brackets): false position with the
            // Illinois step keeps a bracket and converges in a few steps where bisection needs dozens.
            double lo = 0;
            double fLo = npv.at(lo) - npvBuy;
            double hi = Math.max(1, marketRentGuess);
            double fHi = npv.at(hi) - npvBuy;
            for (int i = 0; i < 60 && fHi < 0; i++) {
                lo = hi;
                fLo = fHi;
                hi *= 2;
                fHi = npv.at(hi) - npvBuy;
            }
            int side = 0;
            for (int i = 0; i < 100 && hi - lo > 1e-6; i++) {
                double r = (lo * fHi - hi * fLo) / (fHi - fLo);
                double fr = npv.at(r) - npvBuy;
                if (fr == 0) {
                    return r;
                }
                if (fr < 0) {
                    lo = r;
                    fLo = fr;
                    if (side == -1) {
                        fHi /= 2;
                    }
                    side = -1;
                } else {
                    hi = r;
                    fHi = fr;
                    if (side == 1) {
                        fLo /= 2;
                    }
                    side = 1;
                }
                if (Math.abs(fr) < 1e-9 * Math.max(1, Math.abs(npvBuy))) {
                    return r;
                }
            }
            return (lo + hi) / 2;
        }
    }

    private interface DoubleToNpv {
        double at(double rentPerM2);
    }
}
