package nl.praktijkplan.domain.input;

/** The legal form of the practice: it decides which tax applies to its profit. */
public enum LegalForm {
    /** One holder, income tax (box 1) on the profit. */
    EENMANSZAAK,
    /** A partnership of holders, each taxed in box 1 on their profit share. */
    MAATSCHAP,
    /** A private company: corporate tax on the profit after the directors' salaries. */
    BV
}
