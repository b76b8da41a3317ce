-- The ledger: per claim, every euro the debtor was charged or paid, as append-only entries. An entry is never
-- updated or deleted (the triggers below refuse it); a correction is a new entry that reverses an earlier one.
-- Balances on any day are the sums of the entries' lines up to that day plus the late interest accrued since the
-- last interest entry, computed with collection-law.

create table saatava.ledger_entry (
    id                uuid primary key,
    claim_id          uuid        not null references saatava.claim (id),
    -- Booking order; within a day, entries apply in this order.
    seq               bigint      generated always as identity unique,
    entry_type        text        not null check (entry_type in
        ('PRINCIPAL', 'ADDITIONAL_CLAIM', 'FEE', 'INTEREST', 'PAYMENT', 'CREDIT_NOTE', 'WRITE_OFF', 'REVERSAL')),
    -- The day the entry takes effect: the invoice date, the letter date, the day of payment. Interest counts by it.
    value_date        date        not null,
    booked_at         timestamptz not null,
    -- The entry's amount: what was charged, paid or credited (positive).
    amount            numeric(11, 2) not null check (amount >= 0),
    -- Why, in words: the invoice line, the fee's legal explanation, the interest rules, the allocation order.
    description       text        not null,
    -- PRINCIPAL, ADDITIONAL_CLAIM: late interest runs from the day after this date.
    interest_from     date,
    -- INTEREST: the interest period, both ends included.
    period_start      date,
    period_end        date,
    -- FEE: the action (collection-law FeeAction), the fee counted towards the caps (F, may exceed what was added to
    -- the debt because of the standard compensation), the statutory maximum, and the letter it was charged for.
    fee_action        text,
    counted_fee       numeric(11, 2),
    fee_maximum       numeric(11, 2),
    -- Deferred: the fee is booked while its letter is being prepared, in the same transaction.
    letter_id         uuid references saatava.letter (id) deferrable initially deferred,
    -- PAYMENT: what exceeded the whole balance (to be refunded, never dropped) and who reported the payment.
    overpayment       numeric(11, 2) check (overpayment >= 0),
    source            text,
    -- REVERSAL: the entry it cancels; each entry can be reversed once.
    reverses_entry_id uuid unique references saatava.ledger_entry (id),
    -- Makes booking retry-safe: the same event (a letter's fee, a creditor event) is booked once.
    idempotency_key   text        unique,
    check ((entry_type = 'FEE') = (fee_action is not null)),
    check ((entry_type = 'INTEREST') = (period_start is not null and period_end is not null)),
    check ((entry_type = 'REVERSAL') = (reverses_entry_id is not null))
);

create index ledger_entry_claim on saatava.ledger_entry (claim_id, value_date, seq);

-- What an entry does to each component of the debt, signed: a charge adds, a payment's allocation lines, a credit
-- note or a write-off subtract. A payment's lines are its allocation (PerintäL 11 a §, spec §5).
create table saatava.ledger_entry_line (
    entry_id    uuid           not null references saatava.ledger_entry (id),
    line_number int            not null check (line_number > 0),
    component   text           not null check (component in ('PRINCIPAL', 'INTEREST', 'COSTS', 'INTEREST_ON_COSTS')),
    amount      numeric(11, 2) not null,
    primary key (entry_id, line_number)
);

create function saatava.refuse_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % is not allowed; book a correcting entry instead',
        tg_op, tg_table_name using errcode = 'integrity_constraint_violation';
end
$$;

create trigger ledger_entry_append_only before update or delete on saatava.ledger_entry
    for each row execute function saatava.refuse_ledger_change();
create trigger ledger_entry_no_truncate before truncate on saatava.ledger_entry
    for each statement execute function saatava.refuse_ledger_change();
create trigger ledger_entry_line_append_only before update or delete on saatava.ledger_entry_line
    for each row execute function saatava.refuse_ledger_change();
create trigger ledger_entry_line_no_truncate before truncate on saatava.ledger_entry_line
    for each statement execute function saatava.refuse_ledger_change();
