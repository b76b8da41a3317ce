package fi.saatava.gateway.claimstatus;

/** Whether a claim is still being collected and, if not, how it ended. */
public enum ClaimStatus {
    /** Collection goes on. */
    OPEN,
    /** Paid in full (closed with the reason PAID). */
    PAID,
    /** Closed with a reason: returned to the creditor, withdrawn, dispute upheld. */
    CLOSED,
    /** Its process ended otherwise (e.g. in insolvency proceedings). */
    ENDED;

    /** The status as SQL over {@code saatava.claim c}, for filtering in the database. */
    static final String SQL = """
            case when c.close_reason = 'PAID' then 'PAID' when c.closed_at is not null then 'CLOSED'
                 when c.ended_at is not null then 'ENDED' else 'OPEN' end""";
}
