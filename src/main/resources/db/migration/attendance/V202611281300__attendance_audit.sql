-- Every scan a check-in desk received, whatever became of it: recorded, a retry of a scan already recorded
-- (same scan id, counted once), a conflicting later scan (the first check-in stands) or refused. Nothing a device
-- sent is ever lost, and each row says what, from which device, when, by whom and with what outcome.
create table attendance_audit (
    id              bigserial primary key,
    agenda_item_id  bigint not null, -- as the device sent it: a refused scan may name no such item
    cadre_id        bigint,
    direction       varchar(3) not null check (direction in ('IN', 'OUT')),
    method          varchar(16) not null,
    scan_id         uuid,
    device          varchar(100),
    scanned_at      timestamptz not null,
    recorded_by     varchar(64) not null,
    received_at     timestamptz not null,
    outcome         varchar(16) not null check (outcome in ('RECORDED', 'DUPLICATE', 'CONFLICT', 'REFUSED')),
    reason          varchar(1000)
);
create index attendance_audit_item_idx on attendance_audit (agenda_item_id, cadre_id, id);
create index attendance_audit_scan_idx on attendance_audit (scan_id);

-- Who changed an item's thresholds, when: the thresholds decide who was late, so their changes are kept too.
create table attendance_rule_change (
    id                   bigserial primary key,
    agenda_item_id       bigint not null references agenda_item (id),
    late_after_minutes   int,
    early_leave_minutes  int,
    changed_by           varchar(64) not null,
    changed_at           timestamptz not null
);
