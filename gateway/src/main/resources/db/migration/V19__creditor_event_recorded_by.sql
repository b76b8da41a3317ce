-- Who recorded the event: the creditor through its API, or an operator through the admin API (a debtor who disputed
-- straight to the agency). Existing events were all the creditor's.
alter table saatava.creditor_event
    add column recorded_by text not null default 'CREDITOR' check (recorded_by in ('CREDITOR', 'OPERATOR'));
