-- Leave (请假) from agenda items of a course, and withdrawal (退学) once approved leave exceeds the cap.
create table leave_request (
    id             bigserial primary key,
    course_id      bigint not null references course (id),
    cadre_id       bigint not null references cadre (id),
    reason         varchar(1000) not null,
    status         varchar(16) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    -- the 学时 of the items asked for, fixed when asked
    hours          numeric(8, 2) not null check (hours >= 0),
    requested_at   timestamptz not null,
    requested_by   varchar(64) not null,
    decided_at     timestamptz,
    decided_by     varchar(64),
    decision_note  varchar(1000),
    -- approved although it took the cadre's leave past the cap (the approver was warned)
    past_cap       boolean not null default false,
    constraint leave_rejected_with_note check (status <> 'REJECTED' or decision_note is not null)
);
create index leave_request_course_idx on leave_request (course_id, cadre_id);

create table leave_request_item (
    request_id      bigint not null references leave_request (id),
    agenda_item_id  bigint not null references agenda_item (id),
    primary key (request_id, agenda_item_id)
);

create table course_withdrawal (
    course_id     bigint not null references course (id),
    cadre_id      bigint not null references cadre (id),
    reason        varchar(1000) not null,
    withdrawn_at  timestamptz not null,
    withdrawn_by  varchar(64) not null,
    primary key (course_id, cadre_id)
);
