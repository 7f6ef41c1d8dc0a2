-- An online record's ledger entry is found by the entry's own reference ('online-record:<id>', unique per cadre and
-- source in credit_entry), as a course item's or a superior course's is; the separate link column cost the import an
-- update of every record after its entry was written (a fifth of the write of 50,000 records).
drop index online_record_entry_idx;
alter table online_record drop column credit_entry_id;
