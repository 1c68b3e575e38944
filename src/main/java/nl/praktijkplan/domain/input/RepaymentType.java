package nl.praktijkplan.domain.input;

/** How a loan is repaid: equal monthly payments or equal monthly principal. */
public enum RepaymentType { ANNUITY, LINEAR }
