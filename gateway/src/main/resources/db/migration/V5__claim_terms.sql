-- What a claim's terms are (spec §1), the debtor's contact details and consent to electronic letters, and the
-- invoice's lines.

alter table saatava.claim
    add column consumer_claim            boolean,
    add column commercial_payment        boolean not null default false,
    add column directly_enforceable      boolean not null default false,
    -- Percent per year agreed before the due date (KorkoL 4 § 2 mom), null if none.
    add column contractual_interest_rate numeric(5, 2) check (contractual_interest_rate >= 0);

update saatava.claim c set consumer_claim = (d.debtor_type = 'CONSUMER')
  from saatava.debtor d where d.claim_id = c.id;
alter table saatava.claim alter column consumer_claim set not null;
alter table saatava.claim add check (not (consumer_claim and commercial_payment));

alter table saatava.debtor
    add column email                          text,
    add column phone                          text,
    -- The day the debtor consented to letters by e-mail (valid 12 months, PerintäL 5 § 2 mom), null if never.
    add column electronic_letters_consent_on date,
    add check (electronic_letters_consent_on is null or email is not null);

-- The invoice's lines as the creditor itemised them; they add up to the invoice's principal. An invoice submitted
-- without lines has none.
create table saatava.invoice_line (
    claim_id    uuid           not null references saatava.invoice (claim_id),
    line_number int            not null check (line_number > 0),
    description text           not null,
    amount      numeric(11, 2) not null check (amount > 0),
    primary key (claim_id, line_number)
);
