-- Payment plans agreed with debtors (PerintäL 10 a § 1 mom 7 k, 10 c §, 10 e § 1 mom 6 k, 10 g §; spec §2.1, §3.1,
-- §3.2): the instalments as agreed, and what the plan's process found. The plan fee itself is a ledger entry, charged
-- with the written confirmation.

create table saatava.payment_plan (
    id                   uuid primary key,
    claim_id             uuid        not null references saatava.claim (id),
    requested_at         timestamptz not null,
    -- 'creditor:<id>' (creditor API) or the operator's user id (admin API).
    requested_by         text        not null,
    -- Payments valued on or after this day count towards the instalments.
    agreed_on            date        not null,
    -- REQUESTED: the process checks it; NEEDS_APPROVAL: beyond the operators' limits, an operator decides; ACTIVE:
    -- confirmed, instalments followed; DEFAULTED: an instalment was missed, collection resumed; KEPT: every
    -- instalment paid.
    status               text        not null check (status in ('REQUESTED', 'NEEDS_APPROVAL', 'ACTIVE', 'DEFAULTED',
                                                                'KEPT')),
    -- Why the check answered as it did: the limits exceeded, and the fee the law allows with its explanation.
    check_explanation    text,
    -- DEFAULTED: the instalment that was missed.
    missed_instalment    int,
    check ((status = 'DEFAULTED') = (missed_instalment is not null))
);

create index payment_plan_claim on saatava.payment_plan (claim_id, requested_at);

create table saatava.payment_plan_instalment (
    plan_id  uuid           not null references saatava.payment_plan (id),
    number   int            not null check (number > 0),
    due_date date           not null,
    amount   numeric(11, 2) not null check (amount > 0),
    primary key (plan_id, number)
);
