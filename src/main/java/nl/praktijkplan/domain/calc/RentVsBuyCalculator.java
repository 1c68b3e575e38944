package nl.praktijkplan.domain.calc;

import static nl.praktijkplan.domain.assumption.AssumptionKeys.*;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.assumption.Assumptions;
import nl.praktijkplan.domain.input.HousingOption;

/**
 * Discounted housing cost of one option over the horizon, at discount rate d with cash flows at the end
 * of each year (PV = CF_t / (1+d)^t) and investments at t = 0.
 * <ul>
 * <li>rent and stay: tenant's fit-out at t = 0, then rent and service costs each year;</li>
 * <li>owned: equity, purchase costs and any gap at t = 0 (investment + BMKB fee − loan − contributions),
 * then debt service and owner costs each year, and at the horizon the value less selling costs less the
 * loan outstanding as an inflow.</li>
 * </ul>
 * An owned option is compared with renting the same m² at its market rent (valuation input).
 */
final class RentVsBuyCalculator {

    private final Assumptions a;
    private final PracticeEconomics economics;

    RentVsBuyCalculator(Assumptions a, PracticeEconomics economics) {
        this.a = a;
        this.economics = economics;
    }

    RentVsBuy compute(HousingOption o, double area, InvestmentBudget budget, LoanCapacity financing,
                      double marketValue, AmortisationSchedule schedule, List<OperatingYear> years) {
        int h = years.size();
        double d = a.rate(DISCOUNT_RATE);
        if (!o.type().owned()) {
            List<Double> cumulative = new ArrayList<>(h + 1);
            double sum = budget.total();
            cumulative.add(sum);
            for (OperatingYear y : years) {
                sum += y.housingCosts() / Math.pow(1 + d, y.year());
                cumulative.add(sum);
            }
            return new RentVsBuy(sum, null, null, null, cumulative, List.of());
        }

        double growth = a.rate(RESIDUAL_GROWTH);
        double selling = a.rate(SELLING_COSTS);
        double outlay = budget.total() + financing.bmkbFee() - financing.loan() - financing.contributions();
        double fitOut = o.tenantFitOut();
        double marketRent = o.valuation().marketRentPerM2() * area;

        List<Double> cumBuy = new ArrayList<>(h + 1);
        List<Double> cumRent = new ArrayList<>(h + 1);
        double paid = outlay;
        double rent = fitOut;
        double rentFactor = 0; // Σ rent index / discount: PV of one euro of year-1 rent per m² per m²
        double servicePv = 0;
        cumBuy.add(outlay - (marketValue * (1 - selling) - financing.loan()));
        cumRent.add(rent);
        Integer breakEven = null;
        for (OperatingYear y : years) {
            int t = y.year();
            double discount = Math.pow(1 + d, t);
            paid += (y.debtService() + y.housingCosts()) / discount;
            double saleEquity = marketValue * Math.pow(1 + growth, t) * (1 - selling) - schedule.balanceAfterYear(t);
            double buyCost = paid - saleEquity / discount;
            double yearRent = marketRent * economics.rentIndex(t);
            double service = area * o.serviceCostsPerM2() * economics.costIndex(t);
            rent += (yearRent + service) / discount;
            rentFactor += area * economics.rentIndex(t) / discount;
            servicePv += service / discount;
            cumBuy.add(buyCost);
            cumRent.add(rent);
            if (breakEven == null && buyCost <= rent) {
                breakEven = y.calendarYear();
            }
        }
        double npvBuy = cumBuy.get(h);
        double breakEvenRent = (npvBuy - fitOut - servicePv) / rentFactor;
        return new RentVsBuy(npvBuy, rent, breakEven, breakEvenRent, cumBuy, cumRent);
    }
}
