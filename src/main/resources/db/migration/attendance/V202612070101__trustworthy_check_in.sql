-- An item's own check-in window: how many minutes before its start check-in opens, where it differs from the
-- institution's setting.
alter table attendance_item_rule
    add column opens_minutes_before int check (opens_minutes_before >= 0);

-- Every refusal and conflict says why in a reason code (outside_window, scan_id_conflict, ...), the failed-scan log
-- the organiser reads per item. A scan id used before for someone else names that other person too.
alter table attendance_audit add column reason_code varchar(32);
alter table attendance_audit add column other_cadre_id bigint;
alter table attendance_audit add column grant_id bigint;
create index attendance_audit_failed_idx on attendance_audit (agenda_item_id, id)
    where outcome in ('REFUSED', 'CONFLICT');

-- A staff device's grant: who opened the device page for which course, when the chain of its tokens began
-- (issued_at: a scan may not be older than that), until when its latest token holds, when it was last used, and
-- whether the organiser revoked it. Each token names its grant, so revocation and the holder's rights are checked
-- here on every use, the same on every node.
create table attendance_device_grant (
    id            bigserial primary key,
    course_id     bigint not null references course (id),
    account_id    bigint not null,
    username      varchar(64) not null,
    cadre_id      bigint,
    institution   boolean not null,
    issued_at     timestamptz not null,
    renewed_at    timestamptz not null,
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(64)
);
create index attendance_device_grant_course_idx on attendance_device_grant (course_id, id);

-- Changes of an item's check-in window are kept with the other threshold changes.
alter table attendance_rule_change add column opens_minutes_before int;
