package fi.saatava.law.allocation;

/** The parts of a claim a payment can reduce (spec §5). */
public enum BalanceComponent {
    /** Interest on the principal: contractual and late-payment interest. */
    INTEREST,
    PRINCIPAL,
    /** Collection costs (perintäkulut), including the standard compensation. */
    COSTS,
    /** Interest on the collection costs. */
    INTEREST_ON_COSTS
}
