package nl.praktijkplan.domain.calc;

import java.util.ArrayList;
import java.util.List;

import nl.praktijkplan.domain.input.Contributions;

/**
 * The financieringsbegroting of one option at t = 0, reconciled (DOMAIN rule 7): what is paid (the investment's lines
 * and the BMKB fee) against where the money comes from (equity, each contribution, the loan, and what is still to be
 * covered: the financing gap), so that the sources equal the uses to the cent.
 * <p>
 * The onrendabele top is the part of the investment above the market value. Its coverage is drawn from the same
 * sources, in this order: contributions (insurer, municipality, other), the equity used, the loans (main loan and loan
 * parts) above the value;
 * what is left of the top lies in the financing gap. So "not covered" has one meaning: the gap's share in the top.
 * The rest of the gap lies outside the top: the part of the value (and the loans paid off and the BMKB fee) that the loan does not reach.
 * <p>
 * Contributions larger than the whole investment leave the surplus in the practice's cash: it is a use of its own,
 * so that the two sides still balance.
 */
public record SourcesAndUses(List<Line<Use>> uses, List<Line<Source>> sources, TopCover top) {

    public SourcesAndUses {
        uses = List.copyOf(uses);
        sources = List.copyOf(sources);
    }

    /** A line of the table, named in Dutch and English. */
    public interface Item {
        String label(boolean dutch);
    }

    /** One amount of the table. */
    public record Line<K extends Item>(K item, double amount) {
    }

    /** What the money is spent on at t = 0. */
    public enum Use implements Item {
        ACQUISITION("Koopprijs en grond", "Purchase price and land"),
        TRANSFER_TAX("Overdrachtsbelasting", "Transfer tax"),
        WORKS("Bouw, verbouw en inrichting", "Construction, renovation and fit-out"),
        NON_RECOVERABLE_VAT("Niet-aftrekbare btw", "Non-recoverable VAT"),
        FEES("Kosten koper en bouwrente", "Buyer's costs and construction interest"),
        REFINANCED_DEBTS("Bestaande leningen die worden afgelost", "Existing loans paid off"),
        BMKB_FEE("BMKB-provisie", "BMKB fee"),
        UNSPENT_CONTRIBUTIONS("Overschot bijdragen (blijft in kas)", "Contributions left over (kept as cash)");

        private final String nl;
        private final String en;

        Use(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }

        @Override
        public String label(boolean dutch) {
            return dutch ? nl : en;
        }
    }

    /** Where the money comes from; the gap is what no source covers yet. */
    public enum Source implements Item {
        EQUITY("Eigen geld", "Own equity"),
        INSURER("Zorgverzekeraar (maatwerk)", "Health insurer (tailored support)"),
        MUNICIPALITY("Gemeente", "Municipality"),
        OTHER("Overige bijdragen (o.a. verhuurder)", "Other contributions (e.g. landlord)"),
        LOAN("Lening", "Loan"),
        LOAN_PARTS("Leningdelen (inrichting, apparatuur, overbrugging)", "Loan parts (fit-out, equipment, bridge)"),
        GAP("Nog te dekken (tekort)", "Still to be covered (shortfall)");

        private final String nl;
        private final String en;

        Source(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }

        @Override
        public String label(boolean dutch) {
            return dutch ? nl : en;
        }
    }

    /** Who pays which part of the onrendabele top, in the order the top is covered. */
    public enum TopPart implements Item {
        INSURER("Gedekt door de zorgverzekeraar", "Covered by the health insurer"),
        MUNICIPALITY("Gedekt door de gemeente", "Covered by the municipality"),
        OTHER("Gedekt door overige bijdragen", "Covered by other contributions"),
        EQUITY("Gedekt door eigen geld", "Covered by own equity"),
        LOAN_ABOVE_VALUE("Gedekt door de leningen boven de waarde", "Covered by the loans above the value"),
        GAP("Niet gedekt (deel van het tekort)", "Not covered (part of the shortfall)");

        private final String nl;
        private final String en;

        TopPart(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }

        @Override
        public String label(boolean dutch) {
            return dutch ? nl : en;
        }
    }

    /**
     * The onrendabele top of an owned option and its coverage.
     *
     * @param parts         the top's coverage, one line per {@link TopPart}; all zero without a top
     * @param gapOutsideTop the part of the financing gap that does not lie in the top
     */
    public record TopCover(double investment, double marketValue, List<Line<TopPart>> parts, double gapOutsideTop) {

        public TopCover {
            parts = List.copyOf(parts);
        }

        /** Investment − market value; negative when the value lies above the investment. */
        public double amount() {
            return investment - marketValue;
        }

        /** How far the value lies above the investment (0 with a top). */
        public double surplus() {
            return Math.max(0, -amount());
        }

        /** The part of the top that one source covers. */
        public double part(TopPart part) {
            return parts.get(part.ordinal()).amount();
        }

        /** The part of the top in the financing gap: what "not covered" means. */
        public double notCovered() {
            return part(TopPart.GAP);
        }
    }

    public static SourcesAndUses of(OptionResult r) {
        InvestmentBudget b = r.investment();
        LoanCapacity f = r.financing();
        Contributions k = r.option().contributions();
        double spent = r.totalUses();
        List<Line<Use>> uses = List.of(
                new Line<>(Use.ACQUISITION, b.acquisition()),
                new Line<>(Use.TRANSFER_TAX, b.transferTax()),
                new Line<>(Use.WORKS, b.works()),
                new Line<>(Use.NON_RECOVERABLE_VAT, b.nonRecoverableVat()),
                new Line<>(Use.FEES, b.fees()),
                new Line<>(Use.REFINANCED_DEBTS, f.refinancedDebts()),
                new Line<>(Use.BMKB_FEE, f.bmkbFee()),
                new Line<>(Use.UNSPENT_CONTRIBUTIONS, Math.max(0, k.total() - spent)));
        List<Line<Source>> sources = List.of(
                new Line<>(Source.EQUITY, f.equityUsed()),
                new Line<>(Source.INSURER, k.insurer()),
                new Line<>(Source.MUNICIPALITY, k.municipality()),
                new Line<>(Source.OTHER, k.other()),
                new Line<>(Source.LOAN, f.loan()),
                new Line<>(Source.LOAN_PARTS, f.loanParts()),
                new Line<>(Source.GAP, f.financingGap()));
        return new SourcesAndUses(uses, sources, r.option().type().owned() ? topCover(r, k) : null);
    }

    /** The top covered in {@link TopPart}'s order, each part as far as its source and what is left of the top allow. */
    private static TopCover topCover(OptionResult r, Contributions k) {
        double value = r.marketValue();
        double left = Math.max(0, r.investmentTotal() - value);
        double[] available = {k.insurer(), k.municipality(), k.other(), r.financing().equityUsed(),
                Math.max(0, r.financing().newLending() - value)};
        List<Line<TopPart>> parts = new ArrayList<>();
        for (int i = 0; i < available.length; i++) {
            double part = Math.min(left, available[i]);
            parts.add(new Line<>(TopPart.values()[i], part));
            left -= part;
        }
        parts.add(new Line<>(TopPart.GAP, left));
        // With a part of the top in the gap, every source before it went into the top, so the gap is that part plus the
        // value and fee the loan does not reach: never less than the part. max() only drops rounding below a cent.
        return new TopCover(r.investmentTotal(), value, parts, Math.max(0, r.financing().financingGap() - left));
    }

    public double totalUses() {
        return uses.stream().mapToDouble(Line::amount).sum();
    }

    public double totalSources() {
        return sources.stream().mapToDouble(Line::amount).sum();
    }

    /** The financing gap: the balancing source, what is still to be covered. */
    public double gap() {
        return sources.get(Source.GAP.ordinal()).amount();
    }
}
