package fi.saatava.gateway.payments;

/** Where a payment's money is (see the payment table in the database migrations). */
public enum PaymentState {
    /** Belongs to a claim and waits for its allocation in the claim's ledger. */
    MATCHED,
    /** Applied to a claim; an overpayment became a refund. */
    ALLOCATED,
    /** Waits for an operator to assign it to a claim or refund it. */
    UNMATCHED,
    /** The whole payment is owed back to the payer. */
    REFUNDED,
    /** The bank took the payment back. */
    REVERSED,
    /**
     * The enforcement authority's transfer of a remittance already booked in the claim's ledger from its report
     * (spec §9): it confirms the remittance's cash and is not allocated again.
     */
    ENFORCEMENT_REMITTANCE
}
