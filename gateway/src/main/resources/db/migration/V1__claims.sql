-- Claims submitted by creditors through POST /api/v1/claims: one debtor and one invoice each for now.
-- Every table of the gateway lives in schema "saatava", apart from Camunda's ACT_* tables in "public".

-- Bases of the Finnish reference numbers (spec §12.3): the reference is the base plus its 7-3-1 check digit.
create sequence saatava.reference_number_base start with 100000;

create table saatava.claim (
    id                  uuid primary key,
    -- The creditor's own id for the claim, as given; shown back to the creditor.
    creditor_reference  text,
    -- Printed on every letter and matched against incoming payments; digits only, check digit included.
    reference_number    text        not null unique,
    received_at         timestamptz not null,
    process_instance_id text
);

create table saatava.debtor (
    id            uuid primary key,
    claim_id      uuid not null unique references saatava.claim (id),
    debtor_type   text not null check (debtor_type in ('CONSUMER', 'BUSINESS')),
    name          text not null,
    -- Henkilötunnus (CONSUMER) or Y-tunnus (BUSINESS), normalised; personal data: never logged, never in URLs.
    identity_code text not null,
    street        text not null,
    postal_code   text not null,
    city          text not null,
    country       text not null check (country ~ '^[A-Z]{2}$'),
    language      text not null check (language in ('fi', 'sv', 'en'))
);

create table saatava.invoice (
    claim_id              uuid primary key references saatava.claim (id),
    invoice_number        text          not null,
    invoice_date          date          not null,
    due_date              date          not null,
    principal             numeric(11, 2) not null check (principal > 0),
    description           text          not null,
    reminder_already_sent boolean       not null,
    reminder_sent_on      date,
    check (due_date >= invoice_date),
    check (reminder_already_sent = (reminder_sent_on is not null)),
    check (reminder_sent_on is null or reminder_sent_on >= due_date)
);
