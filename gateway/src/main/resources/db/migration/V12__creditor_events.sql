-- What creditors report about their claims (POST /api/v1/claims/{id}/events): direct payments, credit notes,
-- additional claims, withdrawals and disputes. Each is kept as received, with the ledger entry it booked and the
-- BPMN message it sent the claim's process. The creditor's event reference makes a report safe to retry.

create table saatava.creditor_event (
    id               uuid primary key,
    claim_id         uuid        not null references saatava.claim (id),
    event_type       text        not null check (event_type in
        ('DIRECT_PAYMENT', 'CREDIT_NOTE', 'ADDITIONAL_CLAIM', 'WITHDRAWAL', 'DISPUTE_NOTICE')),
    event_reference  text        not null,
    -- SHA-256 of the event as understood: a replay of the reference is identical only if this matches.
    request_sha256   text        not null,
    -- The event as submitted and validated.
    body             jsonb       not null,
    received_at      timestamptz not null,
    ledger_entry_id  uuid references saatava.ledger_entry (id),
    -- The message correlated to the claim's process, null if none was (e.g. the process had ended).
    message_name     text,
    unique (claim_id, event_reference)
);

create index creditor_event_claim on saatava.creditor_event (claim_id, received_at);

create trigger creditor_event_append_only before update or delete on saatava.creditor_event
    for each row execute function saatava.refuse_ledger_change();
