-- Enforcement remittances reach the creditor once (spec §9, PerintäL 11 §). The authority's remittance report is the
-- booking (a PAYMENT entry with source ENFORCEMENT: what the debtor paid, allocated by law); the authority's bank
-- credit, the amount collected less the remittance fee it withheld, is the cash that confirms it. A confirmed
-- remittance is client funds: it is in the client-funds report and settled to the creditor, its fee as the
-- creditor's cost; an unconfirmed one is neither (no cash yet).

-- The remittance's PAYMENT entry, and the bank credit that confirmed it (one credit per remittance, and one
-- remittance per credit).
alter table saatava.enforcement_outcome
    add column ledger_entry_id       uuid unique references saatava.ledger_entry (id),
    add column confirming_payment_id uuid unique references saatava.payment (id);

update saatava.enforcement_outcome o
   set ledger_entry_id = e.id
  from saatava.ledger_entry e
 where e.idempotency_key = 'enforcement-remittance:' || o.activity_instance_id;

alter table saatava.enforcement_outcome
    add constraint enforcement_outcome_remittance_entry check ((outcome = 'NO_ASSETS') = (ledger_entry_id is null)),
    add constraint enforcement_outcome_confirmation check (confirming_payment_id is null or ledger_entry_id is not null);

create index enforcement_outcome_awaiting_cash on saatava.enforcement_outcome (claim_id)
    where ledger_entry_id is not null and confirming_payment_id is null;

-- ENFORCEMENT_REMITTANCE: a credit that confirmed an enforcement remittance of claim_id; it is not allocated again.
alter table saatava.payment drop constraint payment_state_check;
alter table saatava.payment
    add constraint payment_state_check check (state in ('MATCHED', 'ALLOCATED', 'UNMATCHED', 'REFUNDED', 'REVERSED',
                                                        'ENFORCEMENT_REMITTANCE'));
alter table saatava.payment drop constraint payment_claim;
alter table saatava.payment
    add constraint payment_claim check ((state in ('MATCHED', 'ALLOCATED', 'ENFORCEMENT_REMITTANCE')
                                         and claim_id is not null)
                                        or (state in ('UNMATCHED', 'REFUNDED') and claim_id is null)
                                        or state = 'REVERSED');

-- The remittance fees the authority withheld from the money settled: the creditor's cost, already out of the cash.
alter table saatava.settlement add column remittance_fees numeric(13, 2) not null default 0;
alter table saatava.settlement drop constraint settlement_check;
alter table saatava.settlement
    add constraint settlement_net check (net = principal + interest + creditor_cost_share - commission
                                               - remittance_fees);

alter table saatava.settlement_line add column remittance_fees numeric(13, 2) not null default 0;
alter table saatava.settlement_line drop constraint settlement_line_check;
alter table saatava.settlement_line
    add constraint settlement_line_net check (net = principal + interest + creditor_cost_share - commission
                                                    - fixed_fee - remittance_fees);
