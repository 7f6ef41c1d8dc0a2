-- Enrolment in courses: places allocated per unit, nominations by unit liaisons (调训), the waiting list,
-- roles in a course, study groups and in-app notifications.

-- One row per course that has enrolment settings; nominations and promotions lock it (select ... for update) so
-- that concurrent requests never exceed a quota or the capacity.
create table course_enrolment (
    course_id            bigint primary key references course (id),
    -- the last day on which liaisons may nominate; no limit when null
    nomination_deadline  date,
    version              int not null default 0
);

create table unit_quota (
    course_id  bigint not null references course (id),
    unit_id    bigint not null references unit (id),
    places     int not null check (places >= 0),
    primary key (course_id, unit_id)
);

create table enrolment (
    id              bigserial primary key,
    course_id       bigint not null references course (id),
    cadre_id        bigint not null references cadre (id),
    -- the unit whose quota the place comes from; null for a cadre the organiser enrolled directly
    quota_unit_id   bigint references unit (id),
    status          varchar(16) not null,
    course_role     varchar(16) not null default 'PARTICIPANT',
    -- the rejected or withdrawn place this one refills
    replaces_id     bigint references enrolment (id),
    reason          varchar(1000),
    created_at      timestamptz not null,
    created_by      varchar(64) not null,
    -- order on the waiting list
    waitlisted_at   timestamptz,
    decided_at      timestamptz,
    decided_by      varchar(64),
    constraint enrolment_status_known
        check (status in ('NOMINATED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'CANCELLED')),
    constraint enrolment_role_known
        check (course_role in ('TEAM_LEADER', 'CLASS_TEACHER', 'GROUP_LEADER', 'PARTICIPANT', 'STAFF')),
    constraint enrolment_rejected_with_reason check (status <> 'REJECTED' or reason is not null)
);
-- a cadre holds at most one live place in a course
create unique index enrolment_live_unique on enrolment (course_id, cadre_id)
    where status in ('NOMINATED', 'APPROVED', 'WAITLISTED');
-- a freed place is refilled at most once
create unique index enrolment_replaces_unique on enrolment (replaces_id) where replaces_id is not null;
create index enrolment_cadre_idx on enrolment (cadre_id);

create table study_group (
    id         bigserial primary key,
    course_id  bigint not null references course (id),
    name       varchar(100) not null,
    unique (course_id, name)
);

create table study_group_member (
    group_id      bigint not null references study_group (id) on delete cascade,
    enrolment_id  bigint not null references enrolment (id),
    primary key (group_id, enrolment_id)
);
create unique index study_group_member_once on study_group_member (enrolment_id);

create table notification (
    id           bigserial primary key,
    cadre_id     bigint not null references cadre (id),
    course_id    bigint references course (id),
    message_key  varchar(100) not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index notification_unread_idx on notification (cadre_id) where read_at is null;
