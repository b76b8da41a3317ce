-- Where each claim stands, kept up to date by the engine (an execution listener on the activities that start a
-- stage, and on the end of the claim's process), so the creditor API can list and filter claims by it.

alter table saatava.claim
    add column stage            text,
    add column stage_changed_at timestamptz,
    -- When the claim's process ended.
    add column ended_at         timestamptz;

create index claim_creditor_received on saatava.claim (creditor_id, received_at desc, id);
