-- Letters of a claim: the snapshot of everything a letter prints (taken once, inside the engine transaction that
-- starts the letter task), the rendered document and the dispatch record.

create table saatava.letter (
    id              uuid primary key,
    claim_id        uuid        not null references saatava.claim (id),
    -- ProcessContract.LetterTypes
    letter_type     text        not null,
    -- Makes preparing a letter idempotent: "<claim>:<type>" for letters a claim gets once (a re-run letter task
    -- reuses the letter instead of writing a second one), "<claim>:<type>:<activity instance>" for letters that may
    -- repeat. Cleared when the letter is voided, so collection that resumes later can prepare the letter anew.
    idempotency_key text unique,
    created_at      timestamptz not null,
    due_date        date        not null,
    content         jsonb       not null,
    -- Set when the letter task was cancelled before the letter was dispatched; a voided letter is never sent.
    voided_at       timestamptz
);

create index letter_claim on saatava.letter (claim_id, created_at);

-- The document the letters worker rendered; the first upload is kept (it is what the debtor received).
create table saatava.letter_document (
    letter_id  uuid primary key references saatava.letter (id),
    media_type text        not null,
    content    bytea       not null,
    sha256     text        not null,
    stored_at  timestamptz not null
);

-- When and how the letter left; the first report is kept. The next letter's earliest date counts from it.
create table saatava.letter_dispatch (
    letter_id     uuid primary key references saatava.letter (id),
    channel       text        not null check (channel in ('PRINT', 'EMAIL', 'OUTBOX')),
    dispatched_at timestamptz not null,
    recorded_at   timestamptz not null
);
