package nl.praktijkplan.domain.input;

/**
 * A summary of the balance sheet at the end of a past year.
 *
 * @param fixedAssets   vaste activa (building, fit-out, equipment, goodwill)
 * @param currentAssets vlottende activa (receivables, cash)
 * @param equity        eigen vermogen
 * @param debts         vreemd vermogen (loans, provisions, short-term debts)
 */
public record BalanceSheet(double fixedAssets, double currentAssets, double equity, double debts) {

    public double totalAssets() {
        return fixedAssets + currentAssets;
    }

    /** Solvency: equity / total assets, in percent; null for an empty balance sheet. */
    public Double solvencyPct() {
        double total = totalAssets();
        return total > 0 ? 100 * equity / total : null;
    }
}
