package fi.saatava.gateway.events;

/** Who recorded a claim event: the creditor through its API, or a collection operator through the admin API. */
public enum RecordedBy {
    CREDITOR,
    OPERATOR
}
