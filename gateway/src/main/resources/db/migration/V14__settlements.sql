-- Settlements: collected client funds paid on to the creditors (PerintäL 11 §), by the settlement-run process. Every
-- ledger entry a settlement covers is listed in settled_entry, whose primary key makes settling it twice impossible.

-- The creditor's share of the collection costs collected (its terms; the rest is the agency's fee income), and how
-- often it is settled: by every run (weekly by default) or by the first run of each calendar month.
alter table saatava.creditor
    add column fee_share_percent numeric(5, 2) not null default 0
        check (fee_share_percent >= 0 and fee_share_percent <= 100),
    add column settlement_interval text not null default 'EVERY_RUN'
        check (settlement_interval in ('EVERY_RUN', 'MONTHLY'));

create table saatava.settlement_run (
    id                  uuid primary key,
    -- The run's process instance: a retried first step finds its run again.
    process_instance_id text        not null unique,
    started_at          timestamptz not null,
    -- Entries booked up to this instant are settled by the run; later ones wait for the next.
    cutoff              timestamptz not null,
    -- The pain.001 file paying the run's settlements; null until written, and for a run with nothing to pay.
    transfer_file_id    uuid references saatava.credit_transfer_file (id),
    finished_at         timestamptz
);

create table saatava.settlement (
    id                   uuid primary key,
    run_id               uuid           not null references saatava.settlement_run (id),
    creditor_id          uuid           not null references saatava.creditor (id),
    settled_on           date           not null,
    -- What the debtors paid towards each component, net of reversals since the last settlement.
    principal            numeric(13, 2) not null,
    interest             numeric(13, 2) not null,
    costs                numeric(13, 2) not null,
    -- The creditor's share of the costs, the agency's commission (fixed fees included) and what the creditor gets.
    creditor_cost_share  numeric(13, 2) not null,
    commission           numeric(13, 2) not null,
    net                  numeric(13, 2) not null,
    -- The terms applied, as they were that day.
    commission_percent   numeric(5, 2)  not null,
    fixed_fee_per_claim  numeric(11, 2) not null,
    fee_share_percent    numeric(5, 2)  not null,
    payee_iban           text           not null,
    report_csv           bytea          not null,
    report_pdf           bytea          not null,
    created_at           timestamptz    not null,
    unique (run_id, creditor_id),
    check (net = principal + interest + creditor_cost_share - commission)
);

create index settlement_creditor on saatava.settlement (creditor_id, settled_on);

-- One line per claim of a settlement.
create table saatava.settlement_line (
    settlement_id       uuid           not null references saatava.settlement (id),
    claim_id            uuid           not null references saatava.claim (id),
    principal           numeric(13, 2) not null,
    interest            numeric(13, 2) not null,
    costs               numeric(13, 2) not null,
    creditor_cost_share numeric(13, 2) not null,
    -- The percentage commission and, in the claim's first settlement, the fixed fee per claim.
    commission          numeric(13, 2) not null,
    fixed_fee           numeric(11, 2) not null,
    net                 numeric(13, 2) not null,
    primary key (settlement_id, claim_id),
    check (net = principal + interest + creditor_cost_share - commission - fixed_fee)
);

create index settlement_line_claim on saatava.settlement_line (claim_id);

-- The ledger entries (client-funds payments and their reversals) each settlement covers; an entry is settled once.
create table saatava.settled_entry (
    ledger_entry_id uuid primary key references saatava.ledger_entry (id),
    settlement_id   uuid not null references saatava.settlement (id)
);
