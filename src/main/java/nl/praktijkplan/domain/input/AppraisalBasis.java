package nl.praktijkplan.domain.input;

/** What an appraisal report states: the market value, or the lower forced-sale value (executiewaarde). */
public enum AppraisalBasis { MARKET_VALUE, FORCED_SALE_VALUE }
