-- The creditor's name in the contract, or the original creditor of a transferred claim, when the claim was submitted
-- by a creditor under another name: every demand states it (PerintäL 5 a § 3 mom, spec §3.6). Optional.

alter table saatava.claim
    add column original_creditor_name text check (original_creditor_name is null
                                                  or (length(original_creditor_name) between 1 and 200
                                                      and original_creditor_name ~ '\S'));
