-- Legal collection, post-collection and insolvency: what the authorities were sent and what they decided.
-- Written by the process delegates and the workers' filing calls; every row is written once (retries reuse it).

-- A document filed with an authority: a summons application, an enforcement application or a claim lodged in
-- insolvency proceedings. The id is the filing id (the filing task's id): the first call freezes the document, every
-- retry gets exactly the same text, so the authority can dedupe by it.
create table saatava.filing (
    id                  text primary key,
    claim_id            uuid        not null references saatava.claim (id),
    kind                text        not null check (kind in ('SUMMONS', 'ENFORCEMENT', 'INSOLVENCY_CLAIM')),
    prepared_on         date        not null,
    -- The JSON exactly as served (text, not jsonb: the bytes must never change).
    document            text        not null,
    created_at          timestamptz not null,
    -- The authority's receipt (the first one is kept): the day the filing interrupted limitation (VanhL 11 §).
    authority           text,
    reference           text,
    received_at         timestamptz,
    fee                 numeric(11, 2),
    receipt_recorded_at timestamptz,
    check ((received_at is null) = (receipt_recorded_at is null))
);

create index filing_claim on saatava.filing (claim_id, created_at);

-- A court's decision on a summons (OK 5:13 default judgment, a dispute or a dismissal).
create table saatava.court_decision (
    id                   uuid primary key,
    claim_id             uuid        not null references saatava.claim (id),
    filing_id            text references saatava.filing (id),
    decision             text        not null check (decision in ('DEFAULT_JUDGMENT', 'DISPUTED', 'DISMISSED')),
    judgment_date        date,
    case_number          text,
    -- Default judgment: the legal costs awarded as claimed (tariff + court fee, spec §8).
    legal_costs          numeric(11, 2),
    recorded_at          timestamptz not null,
    -- The recording task: a retried task never records the decision twice.
    activity_instance_id text        not null unique,
    check ((decision = 'DEFAULT_JUDGMENT') = (judgment_date is not null))
);

create index court_decision_claim on saatava.court_decision (claim_id, recorded_at);

-- What the enforcement authority reported: a remittance or a no-assets certificate (spec §9).
create table saatava.enforcement_outcome (
    id                          uuid primary key,
    claim_id                    uuid        not null references saatava.claim (id),
    filing_id                   text references saatava.filing (id),
    outcome                     text        not null check (outcome in ('PAID_IN_FULL', 'PARTIAL_REMITTANCE', 'NO_ASSETS')),
    case_number                 text,
    collected_amount            numeric(11, 2),
    remittance_fee              numeric(11, 2),
    remittance_date             date,
    certificate_date            date,
    -- NO_ASSETS: the passive registration runs until this day (UK 3:102, 2 years from the certificate).
    passive_registration_ends_on date,
    recorded_at                 timestamptz not null,
    activity_instance_id        text        not null unique,
    check ((outcome = 'NO_ASSETS') = (certificate_date is not null)),
    check ((outcome = 'NO_ASSETS') = (passive_registration_ends_on is not null)),
    check ((outcome = 'NO_ASSETS') = (collected_amount is null))
);

create index enforcement_outcome_claim on saatava.enforcement_outcome (claim_id, recorded_at);

-- Each step post-collection scheduled, with its date: the next ability check counts from the previous one.
create table saatava.post_collection_step (
    id                   uuid primary key,
    claim_id             uuid        not null references saatava.claim (id),
    step                 text        not null check (step in ('ABILITY_CHECK', 'LIMITATION_REMINDER', 'FINAL_LIMITATION')),
    due_on               date        not null,
    explanation          text        not null,
    recorded_at          timestamptz not null,
    activity_instance_id text        not null unique
);

create index post_collection_step_claim on saatava.post_collection_step (claim_id, recorded_at);

-- Insolvency proceedings or a death (spec §11): collection is frozen while they run. The details come from the
-- court's or administrator's notice through the operators' API; a procedure the credit check found has none until an
-- operator records them.
create table saatava.insolvency_proceeding (
    id                    uuid primary key,
    claim_id              uuid        not null references saatava.claim (id),
    procedure             text        not null check (procedure in ('BANKRUPTCY', 'DEBT_ADJUSTMENT', 'RESTRUCTURING',
                                                                    'DECEASED_ESTATE')),
    case_number           text,
    -- The start of the proceedings (or the day of death): interest is split or stops here (spec §11).
    start_date            date,
    -- The valvontapäivä, the deadline set for the case or the public summons' määräpäivä.
    lodging_deadline      date,
    administrator_name    text,
    administrator_email   text,
    administrator_street  text,
    administrator_postal_code text,
    administrator_city    text,
    notified_at           timestamptz not null,
    -- When the process froze collection for these proceedings (freezeCollection).
    frozen_at             timestamptz,
    -- A confirmed payment programme's last day (debt adjustment, restructuring).
    programme_end_date    date,
    ended_at              timestamptz,
    -- COLLECTION_RESUMES: ended without settling the claim; SETTLED: the claim was closed in the proceedings.
    end_reason            text check (end_reason in ('COLLECTION_RESUMES', 'SETTLED')),
    check ((ended_at is null) = (end_reason is null))
);

-- A claim has at most one running proceeding.
create unique index insolvency_proceeding_running on saatava.insolvency_proceeding (claim_id) where ended_at is null;
