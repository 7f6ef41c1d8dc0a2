-- A course a superior body sent cadres to (上级调训) or another institution held: recorded once by the organiser with
-- its evidence, and each attendee's ledger entry (source EXTERNAL, reference 'superior-course:<id>') links to it here.
create table superior_course (
    id              bigserial primary key,
    kind            varchar(24) not null check (kind in ('HIGHER_LEVEL', 'OTHER_INSTITUTION')),
    title           varchar(300) not null,
    provider        varchar(300) not null,
    starts_on       date not null,
    ends_on         date not null,
    hours           numeric(8, 2) not null check (hours > 0 and hours * 4 = trunc(hours * 4)),
    evidence_name   varchar(255) not null,
    evidence_type   varchar(64) not null,
    evidence_size   int not null,
    evidence        bytea not null,
    recorded_at     timestamptz not null,
    recorded_by     varchar(64) not null,
    constraint superior_course_dates check (ends_on >= starts_on),
    constraint superior_course_one_year check (extract(year from starts_on) = extract(year from ends_on))
);
create table superior_course_attendee (
    course_id        bigint not null references superior_course (id),
    cadre_id         bigint not null references cadre (id),
    credit_entry_id  bigint not null references credit_entry (id),
    primary key (course_id, cadre_id)
);
