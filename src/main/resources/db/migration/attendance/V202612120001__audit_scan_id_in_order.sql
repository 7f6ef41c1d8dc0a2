-- A scan id's first use is found by one probe of this index (scan id, then the order of writing), so that the
-- check does not depend on the planner's statistics of a log that grows by thousands of rows a minute.
create index attendance_audit_scan_first_idx on attendance_audit (scan_id, id) where scan_id is not null;
drop index attendance_audit_scan_idx;
