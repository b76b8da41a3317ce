-- Pending rows are taken row number first, then batch: every batch waiting moves on at the same pace (a small batch
-- is not held up behind a large one), and taking a chunk reads only that chunk from this index, however many rows
-- are pending (ordering by the batches' arrival sorted every pending row for every chunk).
drop index saatava.claim_batch_row_pending;

create index claim_batch_row_pending on saatava.claim_batch_row (row_number, batch_id) where status = 'PENDING';
