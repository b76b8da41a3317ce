package fi.saatava.gateway.payments;

import fi.saatava.process.ProcessContract;

/** What a claim's collection process was told about an allocated payment, in the allocating transaction. */
public enum ProcessMessage {
    /** {@link ProcessContract.Messages#PAYMENT_RECEIVED}: a balance remains and collection continues. */
    PAYMENT_RECEIVED,
    /** {@link ProcessContract.Messages#CLAIM_PAID_IN_FULL}: nothing is outstanding; collection ended. */
    CLAIM_PAID_IN_FULL,
    /**
     * The process had no subscription for the message (it had ended, or was closing the claim). The payment is in
     * the ledger all the same; an operator finds it with {@code GET /api/admin/payments?processMessage=NOT_DELIVERED}.
     */
    NOT_DELIVERED
}
