-- Batches of claims (POST /api/v1/claim-batches): every row is stored as received when the batch is accepted, then
-- processed in the background. A row's claim and the row's result commit in one transaction, so after a crash a row
-- is either done (with its claim) or still PENDING (without one) and is picked up again.

create table saatava.claim_batch (
    id          uuid primary key,
    creditor_id uuid        not null references saatava.creditor (id),
    format      text        not null check (format in ('JSON_LINES', 'CSV')),
    -- CSV: the header line, which names each column; null for JSON lines.
    header      text,
    row_count   int         not null check (row_count >= 0),
    received_at timestamptz not null
);

create index claim_batch_creditor on saatava.claim_batch (creditor_id, received_at);

create table saatava.claim_batch_row (
    batch_id     uuid        not null references saatava.claim_batch (id),
    -- 1 for the first claim (CSV: the line after the header).
    row_number   int         not null check (row_number > 0),
    content      text        not null,
    status       text        not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    claim_id     uuid references saatava.claim (id),
    -- ACCEPTED: whether the claim had been submitted earlier with the same reference and content (a replay).
    replayed     boolean,
    -- REJECTED: [{"field": …, "message": …}]
    errors       jsonb,
    processed_at timestamptz,
    primary key (batch_id, row_number),
    check ((status = 'ACCEPTED') = (claim_id is not null)),
    check ((status = 'REJECTED') = (errors is not null))
);

create index claim_batch_row_pending on saatava.claim_batch_row (batch_id, row_number) where status = 'PENDING';
