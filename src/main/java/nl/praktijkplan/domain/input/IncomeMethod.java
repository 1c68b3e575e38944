package nl.praktijkplan.domain.input;

/** Where the practice's revenue comes from in the plan. */
public enum IncomeMethod {
    /** NZa maximum tariffs times registered patients. */
    TARIFFS,
    /** The practice's own annual accounts, scaled per patient. */
    ACCOUNTS
}
