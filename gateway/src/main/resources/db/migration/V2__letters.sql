-- Letters of a claim: the snapshot of everything a letter prints (taken once, inside the engine transaction that
-- starts the letter task), the rendered document and the dispatch record.

create table saatava.letter (
    id          uuid primary key,
    claim_id    uuid        not null references saatava.claim (id),
    -- ProcessContract.LetterTypes; one letter of each type per claim, so a re-run letter task never makes a second.
    letter_type text        not null,
    created_at  timestamptz not null,
    due_date    date        not null,
    content     jsonb       not null,
    unique (claim_id, letter_type)
);

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
