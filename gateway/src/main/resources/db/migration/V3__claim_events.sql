-- What happens to a claim besides its letters: closing it, a consumer's request for legal collection
-- (PerintäL 4 c §) and notices for the creditor. Written by the process delegates, shown by the claim API.

alter table saatava.claim
    add column closed_at                     timestamptz,
    -- ProcessContract.CloseReasons
    add column close_reason                  text,
    add column legal_collection_requested_at timestamptz,
    add check ((closed_at is null) = (close_reason is null));

create table saatava.creditor_notice (
    id                   uuid primary key,
    claim_id             uuid        not null references saatava.claim (id),
    -- ProcessContract.CreditorNotices
    notice               text        not null,
    created_at           timestamptz not null,
    -- The notifying task's activity instance: a retried task never records the same notice twice.
    activity_instance_id text        not null unique
);

create index creditor_notice_claim on saatava.creditor_notice (claim_id, created_at);
