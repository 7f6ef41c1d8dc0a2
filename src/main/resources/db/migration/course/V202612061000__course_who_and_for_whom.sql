-- Who runs a course and who it is for: organisers after the lead (主办, in order), co-organisers (协办), a contact
-- person, the audience (参训对象), the training form, cohorts run back to back (期/批次) and notes.

alter table course
    add column contact_name_zh varchar(100) not null default '',
    add column contact_name_en varchar(100) not null default '',
    add column contact_phone   varchar(40)  not null default '',
    add column contact_email   varchar(200) not null default '',
    add column training_form   varchar(16)  not null default 'FULL_TIME',
    add column audience_zh     varchar(500) not null default '',
    add column audience_en     varchar(500) not null default '',
    add column notes_zh        varchar(4000) not null default '',
    add column notes_en        varchar(4000) not null default '',
    add constraint course_training_form_known
        check (training_form in ('FULL_TIME', 'PART_TIME', 'ONLINE', 'HYBRID'));

-- Every organiser in order; position 0 is the lead organiser, the same unit as course.organiser_unit_id, which
-- stays the unit that scopes rights and reports.
create table course_organiser (
    course_id bigint not null references course (id) on delete cascade,
    position  int    not null,
    unit_id   bigint not null references unit (id),
    primary key (course_id, position),
    constraint course_organiser_once unique (course_id, unit_id)
);

create table course_co_organiser (
    course_id bigint not null references course (id) on delete cascade,
    position  int    not null,
    unit_id   bigint not null references unit (id),
    primary key (course_id, position),
    constraint course_co_organiser_once unique (course_id, unit_id)
);

-- Who the course is for: each row names a rank level, a cadre category or a unit.
create table course_audience (
    course_id      bigint not null references course (id) on delete cascade,
    position       int    not null,
    rank_code      varchar(32) references cadre_rank (code),
    cadre_category varchar(100),
    unit_id        bigint references unit (id),
    primary key (course_id, position),
    constraint course_audience_one_kind
        check (num_nonnulls(rank_code, cadre_category, unit_id) = 1)
);

create table course_cohort (
    course_id bigint       not null references course (id) on delete cascade,
    position  int          not null,
    name_zh   varchar(100) not null,
    name_en   varchar(100) not null default '',
    starts_on date         not null,
    ends_on   date         not null,
    primary key (course_id, position),
    constraint course_cohort_dates_in_order check (ends_on >= starts_on)
);

-- Courses planned before: their one organiser is the lead.
insert into course_organiser (course_id, position, unit_id)
select id, 0, organiser_unit_id from course;
