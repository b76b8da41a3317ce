-- Creditors (the agency's clients) and their API keys. Every claim belongs to the creditor whose key submitted it.

create table saatava.creditor (
    id                   uuid primary key,
    name                 text          not null,
    -- Y-tunnus, checksum-validated; printed on letters as the creditor's identity (PerintäL 5 a § 1 mom 1 k).
    business_id          text          not null unique,
    -- Where the agency settles collected funds (PerintäL 11 §: client funds are paid on from a separate account).
    settlement_iban      text          not null,
    street               text          not null,
    postal_code          text          not null,
    city                 text          not null,
    country              text          not null check (country ~ '^[A-Z]{2}$'),
    contact_name         text          not null,
    contact_email        text          not null,
    contact_phone        text,
    -- The letter language of a claim whose debtor's language the creditor does not give.
    letter_language      text          not null check (letter_language in ('fi', 'sv', 'en')),
    -- Commission terms: a share of what is collected and a fixed fee per claim handed over.
    commission_percent   numeric(5, 2) not null check (commission_percent >= 0 and commission_percent <= 100),
    commission_fixed_fee numeric(11, 2) not null check (commission_fixed_fee >= 0),
    created_at           timestamptz   not null
);

-- Keys are shown once and stored only as their SHA-256: 256 random bits need no salt or slow hash, and a lookup by
-- hash is one index probe per request.
create table saatava.creditor_api_key (
    id          uuid primary key,
    creditor_id uuid        not null references saatava.creditor (id),
    key_sha256  text        not null unique,
    -- The key's first characters, so a creditor and an operator can tell keys apart without the secret.
    key_prefix  text        not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

create index creditor_api_key_creditor on saatava.creditor_api_key (creditor_id);

-- Claims stored before creditors existed were collected for the single creditor configured then (saatava.creditor.*
-- in application.yml, whose placeholder values are used here); they get that creditor, which has no API key.
insert into saatava.creditor (id, name, business_id, settlement_iban, street, postal_code, city, country, contact_name,
                              contact_email, letter_language, commission_percent, commission_fixed_fee, created_at)
select '00000000-0000-0000-0000-000000000001', 'Esimerkki Energia Oy', '1234567-1', 'FI3715903000000776',
       'Voimalatie 5', '33100', 'Tampere', 'FI', 'Placeholder creditor', 'placeholder@saatava.example', 'fi', 0, 0, now()
 where exists (select 1 from saatava.claim);

alter table saatava.claim add column creditor_id uuid references saatava.creditor (id);
update saatava.claim set creditor_id = '00000000-0000-0000-0000-000000000001';
alter table saatava.claim alter column creditor_id set not null;

-- The creditor's own reference is the idempotency key of a submission: unique per creditor.
update saatava.claim set creditor_reference = 'legacy-' || id where creditor_reference is null;
alter table saatava.claim alter column creditor_reference set not null;
alter table saatava.claim add constraint claim_creditor_reference unique (creditor_id, creditor_reference);
-- SHA-256 of the submission as understood (canonical JSON): a replay of the same reference is identical only if
-- this matches. Null for claims stored before submissions were kept: a replay of those is a conflict.
alter table saatava.claim add column request_sha256 text;
