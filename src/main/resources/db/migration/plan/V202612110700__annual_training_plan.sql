-- The annual training plan (年度培训计划): one per year, drafted by the organisation department, approved by the
-- Party committee; its items are the planned courses; each change after approval is kept with its reason.
create table training_plan (
    plan_year            integer primary key,
    status               varchar(16)  not null default 'DRAFT',
    drafted_by           varchar(100) not null,
    drafted_at           timestamptz  not null,
    submitted_by         varchar(100),
    submitted_at         timestamptz,
    approving_body       varchar(200),
    approved_on          date,
    approval_recorded_by varchar(100),
    approval_recorded_at timestamptz,
    constraint training_plan_status check (status in ('DRAFT', 'SUBMITTED', 'APPROVED'))
);

create table plan_item (
    id               bigserial primary key,
    plan_year        integer       not null references training_plan (plan_year),
    title_zh         varchar(300)  not null,
    title_en         varchar(300)  not null default '',
    rank_codes       varchar(1000) not null default '',
    cadre_categories varchar(1000) not null default '',
    places_per_unit  integer       not null check (places_per_unit >= 0),
    first_month      integer       not null check (first_month between 1 and 12),
    last_month       integer       not null check (last_month between first_month and 12),
    budget           numeric(14, 2) not null check (budget >= 0),
    training_form    varchar(16)   not null,
    serves           varchar(16)   not null,
    planned_hours    numeric(8, 2) not null check (planned_hours > 0),
    withdrawn        boolean       not null default false
);
create index plan_item_year on plan_item (plan_year);

-- every change of an approved plan, with its reason and what it changed
create table plan_change (
    id         bigserial primary key,
    plan_year  integer       not null references training_plan (plan_year),
    item_id    bigint references plan_item (id),
    reason     varchar(1000) not null,
    summary    varchar(2000) not null,
    changed_by varchar(100)  not null,
    changed_at timestamptz   not null
);
create index plan_change_year on plan_change (plan_year, changed_at);

-- the course created from a plan item keeps its link here (the course module knows nothing of plans); spending is
-- recorded nowhere else, so the course's actual cost is kept beside the link
create table plan_course (
    course_id   bigint primary key,
    item_id     bigint not null references plan_item (id),
    actual_cost numeric(14, 2) check (actual_cost >= 0)
);
create index plan_course_item on plan_course (item_id);
