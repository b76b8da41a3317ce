-- Money received on the agency's client-funds account (PerintäL 11 §): bank statements (camt.054), the payments in
-- them or entered one by one, what became of each payment, and refunds to payers.

-- A bank file as received; kept byte for byte so every payment can be traced back to what the bank said.
create table saatava.bank_statement (
    id           uuid primary key,
    -- GrpHdr/MsgId of the file.
    message_id   text        not null,
    sha256       text        not null unique,
    content      bytea       not null,
    received_at  timestamptz not null,
    received_by  text        not null
);

-- One payment in (a CRDT transaction of a statement, or a single payment entered through the API). The bank's facts
-- never change; state, claim and reason record where the money went and change only by the actions below.
create table saatava.payment (
    id                 uuid primary key,
    -- The bank's archive reference (AcctSvcrRef) or the reference given with a single payment: a payment is imported
    -- once, however often its file arrives.
    bank_reference     text           not null unique,
    statement_id       uuid references saatava.bank_statement (id),
    amount             numeric(11, 2) not null check (amount > 0),
    booking_date       date           not null,
    value_date         date           not null,
    -- The creditor reference as the payer gave it, and the national reference it stands for (RF references too).
    reference_given    text,
    reference_number   text,
    payer_name         text,
    payer_iban         text,
    message            text,
    received_at        timestamptz    not null,
    -- MATCHED: belongs to claim_id and waits for its allocation in the claim's ledger; ALLOCATED: applied to claim_id
    -- (any overpayment is a refund); UNMATCHED: waits for an operator; REFUNDED: the whole payment is owed back to
    -- the payer; REVERSED: the bank took it back.
    state              text           not null check (state in ('MATCHED', 'ALLOCATED', 'UNMATCHED', 'REFUNDED',
                                                                'REVERSED')),
    claim_id           uuid references saatava.claim (id),
    -- Why a payment waits for an operator (UNMATCHED) or was refunded; null once allocated.
    reason             text check (reason in ('NO_REFERENCE', 'INVALID_REFERENCE', 'UNKNOWN_REFERENCE',
                                              'CLAIM_CLOSED', 'OPERATOR_REFUND')),
    resolved_by        text,
    resolved_at        timestamptz,
    check ((state in ('MATCHED', 'ALLOCATED')) = (claim_id is not null))
);

create index payment_claim on saatava.payment (claim_id);
create index payment_unmatched on saatava.payment (received_at) where state = 'UNMATCHED';
create index payment_reference on saatava.payment (reference_number, amount);

-- The bank took a payment back (RvslInd): the reversal's own archive reference makes a repeated import harmless.
create table saatava.payment_reversal (
    id             uuid primary key,
    bank_reference text           not null unique,
    statement_id   uuid references saatava.bank_statement (id),
    -- Null when no payment of that reference and amount is known: an operator must look into it.
    payment_id     uuid unique references saatava.payment (id),
    amount         numeric(11, 2) not null check (amount > 0),
    booking_date   date           not null,
    reference_given text,
    received_at    timestamptz    not null
);

-- Money owed back to a payer: an overpayment, or a payment an operator decided to return.
create table saatava.refund (
    id          uuid primary key,
    payment_id  uuid           not null unique references saatava.payment (id),
    amount      numeric(11, 2) not null check (amount > 0),
    reason      text           not null check (reason in ('OVERPAYMENT', 'OPERATOR_REFUND')),
    payee_name  text           not null,
    payee_iban  text,
    created_at  timestamptz    not null,
    -- Set when the bank took the payment back before the refund was paid: nothing is owed any more.
    cancelled_at timestamptz,
    -- Set when the refund went out in a credit transfer file.
    transfer_id uuid,
    paid_at     timestamptz
);

create index refund_due on saatava.refund (created_at) where transfer_id is null and cancelled_at is null;

-- A pain.001.001.03 file of credit transfers from the client-funds account (refunds, settlements).
create table saatava.credit_transfer_file (
    id             uuid primary key,
    message_id     text           not null unique,
    purpose        text           not null check (purpose in ('REFUNDS', 'SETTLEMENT')),
    execution_date date           not null,
    total          numeric(13, 2) not null,
    transfers      integer        not null,
    content        bytea          not null,
    created_at     timestamptz    not null,
    created_by     text           not null
);

alter table saatava.refund
    add constraint refund_transfer foreign key (transfer_id) references saatava.credit_transfer_file (id);
