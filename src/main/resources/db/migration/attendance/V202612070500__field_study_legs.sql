-- A field study's vehicles (1号车, 2号车 ...) and who is seated in which: the organiser counts heads per vehicle.
create table attendance_vehicle (
    id              bigserial primary key,
    agenda_item_id  bigint not null references agenda_item (id),
    name            varchar(40) not null,
    capacity        int check (capacity between 1 and 999),
    unique (agenda_item_id, name)
);

create table attendance_vehicle_seat (
    agenda_item_id  bigint not null references agenda_item (id),
    cadre_id        bigint not null references cadre (id),
    vehicle_id      bigint not null references attendance_vehicle (id),
    assigned_by     varchar(64) not null,
    assigned_at     timestamptz not null,
    primary key (agenda_item_id, cadre_id)
);
create index attendance_vehicle_seat_vehicle_idx on attendance_vehicle_seat (vehicle_id);

-- Each headcount at a leg of a field study (depart, arrive, leave the site, return), with the vehicle the person
-- was counted on (which may differ from the one they were assigned). Kept apart from attendance_check: a depart and
-- a leave-the-site count are also written there as the check-in and check-out, under the same scan id, so the
-- presence arithmetic stays as it is. A scan id is bound to its person, item and leg.
create table attendance_leg (
    id              bigserial primary key,
    agenda_item_id  bigint not null references agenda_item (id),
    cadre_id        bigint not null references cadre (id),
    leg             varchar(10) not null check (leg in ('DEPART', 'ARRIVE', 'LEAVE_SITE', 'RETURN')),
    vehicle_id      bigint references attendance_vehicle (id),
    counted_at      timestamptz not null,
    scan_id         uuid not null unique,
    method          varchar(16) not null,
    device          varchar(100),
    grant_id        bigint,
    recorded_by     varchar(64) not null,
    recorded_at     timestamptz not null
);
create index attendance_leg_item_idx on attendance_leg (agenda_item_id, leg, cadre_id, counted_at);
