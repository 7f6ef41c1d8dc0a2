-- Attendance at agenda items. attendance_check holds the check-ins and check-outs that count: the first check-in of
-- a cadre at an item wins (unique index) and is never overwritten. Scans carry an id made on the device, so a retry
-- of the same scan is recognised and never counted twice.
create table attendance_check (
    id              bigserial primary key,
    agenda_item_id  bigint not null references agenda_item (id),
    cadre_id        bigint not null references cadre (id),
    direction       varchar(3) not null check (direction in ('IN', 'OUT')),
    checked_at      timestamptz not null,
    method          varchar(16) not null check (method in ('ROTATING_CODE', 'STAFF_TAP', 'BADGE_SCAN', 'MANUAL')),
    scan_id         uuid unique,
    recorded_by     varchar(64) not null,
    recorded_at     timestamptz not null,
    reason          varchar(1000),
    constraint attendance_manual_has_reason check (method <> 'MANUAL' or reason is not null)
);
create unique index attendance_first_check_in on attendance_check (agenda_item_id, cadre_id) where direction = 'IN';
create index attendance_check_item_idx on attendance_check (agenda_item_id, cadre_id, checked_at);

-- The organiser's decision on a trainee's status at an item (present or absent), with a reason; the latest counts,
-- the earlier ones stay.
create table attendance_override (
    id              bigserial primary key,
    agenda_item_id  bigint not null references agenda_item (id),
    cadre_id        bigint not null references cadre (id),
    status          varchar(16) not null check (status in ('PRESENT', 'ABSENT')),
    reason          varchar(1000) not null,
    decided_by      varchar(64) not null,
    decided_at      timestamptz not null
);
create index attendance_override_item_idx on attendance_override (agenda_item_id, cadre_id, id);

-- An item's own thresholds for late and leaving early, where they differ from the institution's.
create table attendance_item_rule (
    agenda_item_id       bigint primary key references agenda_item (id),
    late_after_minutes   int check (late_after_minutes >= 0),
    early_leave_minutes  int check (early_leave_minutes >= 0)
);
