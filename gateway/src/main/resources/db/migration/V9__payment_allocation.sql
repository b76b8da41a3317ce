-- Payments applied in the claims' ledgers (PerintäL 11 a §, spec §5): each allocated payment points at its PAYMENT
-- entry, each reversal of an allocated payment at the REVERSAL entry that cancels it (the ledger is never updated),
-- and the payment records what the claim's process was told. A claim paid in full is closed with the reason PAID on
-- the day it was paid (the payment notice to the credit register states that day, LTL 18 § 2 mom).

alter table saatava.claim
    add column paid_on date,
    add constraint claim_paid_on check ((close_reason = 'PAID') = (paid_on is not null));

alter table saatava.payment
    add column ledger_entry_id uuid unique references saatava.ledger_entry (id),
    -- The message correlated in the allocating transaction (ProcessContract.Messages): PAYMENT_RECEIVED or
    -- CLAIM_PAID_IN_FULL; NOT_DELIVERED when the claim's process had no subscription for it at that moment (it had
    -- ended, or was closing the claim): the ledger is right all the same and an operator looks at the claim.
    add column process_message text check (process_message in ('PAYMENT_RECEIVED', 'CLAIM_PAID_IN_FULL',
                                                                'NOT_DELIVERED')),
    add constraint payment_allocated_in_ledger check (state <> 'ALLOCATED' or ledger_entry_id is not null);

-- A payment the bank took back keeps the claim it was applied to, so the correcting entry can be traced; only queued
-- and refunded payments have none.
alter table saatava.payment drop constraint payment_check;
alter table saatava.payment
    add constraint payment_claim check ((state in ('MATCHED', 'ALLOCATED') and claim_id is not null)
                                        or (state in ('UNMATCHED', 'REFUNDED') and claim_id is null)
                                        or state = 'REVERSED');

alter table saatava.payment_reversal
    add column ledger_entry_id uuid unique references saatava.ledger_entry (id);

create index payment_matched on saatava.payment (received_at) where state = 'MATCHED';
