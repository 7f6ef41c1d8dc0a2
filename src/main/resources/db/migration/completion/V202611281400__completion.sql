-- Completion (结业) of courses: the rule a course adds, each trainee's decision with its reasons, reflection
-- reports (心得体会) and certificates numbered per year.
create table course_completion_rule (
    course_id            bigint primary key references course (id),
    reflection_required  boolean not null default false,
    updated_at           timestamptz not null,
    updated_by           varchar(64) not null
);

create table reflection_report (
    course_id     bigint not null references course (id),
    cadre_id      bigint not null references cadre (id),
    body          text not null check (length(body) between 1 and 20000),
    submitted_at  timestamptz not null,
    updated_at    timestamptz not null,
    primary key (course_id, cadre_id)
);

-- decided once, when the course is completed; never edited afterwards
create table course_completion (
    course_id       bigint not null references course (id),
    cadre_id        bigint not null references cadre (id),
    completed       boolean not null,
    credited_hours  numeric(8, 2) not null check (credited_hours >= 0),
    leave_hours     numeric(8, 2) not null check (leave_hours >= 0),
    decided_at      timestamptz not null,
    primary key (course_id, cadre_id)
);

-- why a trainee did not complete, one row per reason, written in both languages when decided
create table course_completion_reason (
    id         bigserial primary key,
    course_id  bigint not null,
    cadre_id   bigint not null,
    code       varchar(32) not null,
    text_zh    varchar(1000) not null,
    text_en    varchar(1000) not null,
    foreign key (course_id, cadre_id) references course_completion (course_id, cadre_id)
);
create index course_completion_reason_idx on course_completion_reason (course_id, cadre_id);

-- the last number given out in each year; taken under the row's lock, so numbers have no gaps
create table certificate_sequence (
    year         int primary key,
    last_number  int not null
);

create table certificate (
    id                 bigserial primary key,
    course_id          bigint not null references course (id),
    cadre_id           bigint not null references cadre (id),
    year               int not null,
    number             int not null,
    serial             varchar(16) not null unique,
    -- random, so that nobody can find certificates by counting
    verification_code  varchar(32) not null unique,
    hours              numeric(8, 2) not null,
    issued_at          timestamptz not null,
    revoked_at         timestamptz,
    revoked_by         varchar(64),
    revocation_reason  varchar(1000),
    unique (year, number),
    unique (course_id, cadre_id),
    constraint certificate_revoked_with_reason check (revoked_at is null or revocation_reason is not null)
);
create index certificate_cadre_idx on certificate (cadre_id);
