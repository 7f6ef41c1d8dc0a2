-- Courses with their agenda, and the two registers they draw on: lecturers (师资库) and sites.

create table site (
    id          bigserial primary key,
    name_zh     varchar(200) not null,
    name_en     varchar(200) not null default '',
    address     varchar(500) not null default '',
    kind        varchar(32)  not null,
    -- how many people the site can take at once; unknown when null
    capacity    int check (capacity is null or capacity > 0),
    active      boolean not null default true,
    version     int not null default 0,
    constraint site_kind_known check (kind in ('TRAINING_SCHOOL', 'MEMORIAL_HALL', 'MUSEUM', 'PARK', 'ENTERPRISE', 'OTHER'))
);
create index site_name_idx on site (name_zh);

-- A lecturer is either one of the institution's cadres (cadre_id set) or an external person.
create table lecturer (
    id           bigserial primary key,
    cadre_id     bigint references cadre (id),
    name         varchar(100) not null,
    affiliation  varchar(200) not null default '',
    title        varchar(200) not null default '',
    topics       varchar(2000) not null default '',
    contact      varchar(200) not null default '',
    active       boolean not null default true,
    version      int not null default 0
);
create unique index lecturer_cadre_unique on lecturer (cadre_id) where cadre_id is not null;
create index lecturer_name_idx on lecturer (name);

create table course (
    id                 bigserial primary key,
    title_zh           varchar(300) not null,
    title_en           varchar(300) not null default '',
    purpose_zh         varchar(4000) not null default '',
    purpose_en         varchar(4000) not null default '',
    organiser_unit_id  bigint not null references unit (id),
    -- an external institution (such as a municipal Party school) that hosts the course, if any
    host_unit_id       bigint references unit (id),
    venue_site_id      bigint references site (id),
    starts_on          date not null,
    ends_on            date not null,
    capacity           int not null check (capacity > 0),
    -- 学时 needed to complete the course, in steps of 0.25
    required_hours     numeric(6, 2) not null check (required_hours >= 0 and mod(required_hours * 4, 1) = 0),
    category           varchar(32) not null,
    status             varchar(32) not null,
    cancel_reason      varchar(1000),
    created_at         timestamptz not null,
    created_by         varchar(64) not null,
    version            int not null default 0,
    constraint course_dates_in_order check (ends_on >= starts_on),
    constraint course_category_known
        check (category in ('THEORY', 'PARTY_SPIRIT', 'SKILLS', 'FIELD_STUDY', 'OTHER')),
    constraint course_status_known check (status in ('DRAFT', 'NOMINATIONS_OPEN', 'NOMINATIONS_CLOSED',
        'IN_PROGRESS', 'COMPLETED', 'ARCHIVED', 'CANCELLED')),
    constraint course_cancelled_with_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index course_starts_idx on course (starts_on);
create index course_status_idx on course (status);

-- One item of a course's agenda. Its 学时 are computed by the institution's rule (credit_hours) unless the
-- organiser fixed them (credit_hours_override).
create table agenda_item (
    id                     bigserial primary key,
    course_id              bigint not null references course (id),
    type                   varchar(32) not null,
    day                    date not null,
    starts_at              time not null,
    ends_at                time not null,
    -- a site of the register; null means the course's main venue
    site_id                bigint references site (id),
    speaker_lecturer_id    bigint references lecturer (id),
    -- a cadre who speaks without being a lecturer, such as the team leader at the opening ceremony
    speaker_cadre_id       bigint references cadre (id),
    speaker_text           varchar(200) not null default '',
    title_zh               varchar(300) not null default '',
    title_en               varchar(300) not null default '',
    mandatory              boolean not null default true,
    credit_hours           numeric(5, 2) not null default 0
        check (credit_hours >= 0 and mod(credit_hours * 4, 1) = 0),
    credit_hours_override  numeric(5, 2)
        check (credit_hours_override >= 0 and mod(credit_hours_override * 4, 1) = 0),
    version                int not null default 0,
    constraint agenda_item_times_in_order check (ends_at > starts_at),
    constraint agenda_item_one_speaker check (num_nonnulls(speaker_lecturer_id, speaker_cadre_id) <= 1),
    constraint agenda_item_type_known check (type in ('OPENING_CEREMONY', 'CLOSING_CEREMONY', 'LECTURE',
        'MICRO_COURSE', 'FIELD_STUDY', 'GROUP_DISCUSSION', 'SELF_STUDY', 'EXAM', 'OTHER'))
);
create index agenda_item_course_idx on agenda_item (course_id, day, starts_at);
-- the double-booking check looks for a speaker's other items on the same day
create index agenda_item_lecturer_idx on agenda_item (speaker_lecturer_id, day) where speaker_lecturer_id is not null;
create index agenda_item_cadre_idx on agenda_item (speaker_cadre_id, day) where speaker_cadre_id is not null;
