-- A batch row's content (the claim as received, with the debtor's identity code) is needed only until the row is
-- processed: then the claim holds the data and the row its result. Processed rows keep no copy of personal data.
alter table saatava.claim_batch_row alter column content drop not null;

update saatava.claim_batch_row set content = null where status <> 'PENDING';

alter table saatava.claim_batch_row
    add constraint claim_batch_row_content_until_processed check ((status = 'PENDING') = (content is not null));
