-- What each cadre has earned per year, kept in the same transaction as every ledger write (a correction moves the
-- total by new minus old), so that compliance reads one row per cadre and year instead of every entry.
create table credit_year_total (
    cadre_id   bigint not null references cadre (id),
    year       int not null,
    full_time  numeric(10, 2) not null default 0,
    online     numeric(10, 2) not null default 0,
    primary key (cadre_id, year)
);

-- Entries that count: the latest of each correction chain. Reading a cadre's ledger asks which entries were
-- corrected, through credit_entry_corrects_unique.
insert into credit_year_total (cadre_id, year, full_time, online)
select e.cadre_id, e.year,
       coalesce(sum(e.hours) filter (where e.category = 'FULL_TIME'), 0),
       coalesce(sum(e.hours) filter (where e.category = 'ONLINE'), 0)
from credit_entry e
where not exists (select 1 from credit_entry c where c.corrects_id = e.id)
group by e.cadre_id, e.year;

-- The requirements by rank tier: hours of a category within a window of years ending with the current one
-- (5 = the current calendar year and the four before it).
create table credit_requirement (
    tier          varchar(32) not null check (tier in ('COUNTY_AND_ABOVE', 'SECTION_AND_BELOW')),
    category      varchar(16) not null check (category in ('FULL_TIME', 'ONLINE')),
    hours         numeric(8, 2) not null check (hours >= 0 and hours * 4 = trunc(hours * 4)),
    period_years  int not null check (period_years between 1 and 10),
    changed_at    timestamptz,
    changed_by    varchar(64),
    primary key (tier, category)
);
insert into credit_requirement (tier, category, hours, period_years) values
    ('COUNTY_AND_ABOVE', 'FULL_TIME', 550, 5),
    ('SECTION_AND_BELOW', 'FULL_TIME', 90, 1),
    ('COUNTY_AND_ABOVE', 'ONLINE', 50, 1),
    ('SECTION_AND_BELOW', 'ONLINE', 50, 1);

-- Training outside the institution, declared with evidence, approved by the unit and confirmed by the organisation
-- department, or rejected with a reason at either step. Every step keeps who and when.
create table external_training (
    id                 bigserial primary key,
    cadre_id           bigint not null references cadre (id),
    kind               varchar(24) not null check (kind in ('HIGHER_LEVEL', 'OTHER_INSTITUTION', 'ONLINE_ACADEMY')),
    title              varchar(300) not null,
    provider           varchar(300) not null,
    starts_on          date not null,
    ends_on            date not null,
    hours              numeric(8, 2) not null check (hours > 0 and hours * 4 = trunc(hours * 4)),
    status             varchar(16) not null check (status in ('DECLARED', 'UNIT_APPROVED', 'CONFIRMED', 'REJECTED')),
    declared_at        timestamptz not null,
    declared_by        varchar(64) not null,
    unit_decided_at    timestamptz,
    unit_decided_by    varchar(64),
    confirmed_at       timestamptz,
    confirmed_by       varchar(64),
    rejected_at        timestamptz,
    rejected_by        varchar(64),
    rejected_step      varchar(16) check (rejected_step in ('UNIT', 'DEPARTMENT')),
    rejection_reason   varchar(1000),
    evidence_name      varchar(255) not null,
    evidence_type      varchar(64) not null,
    evidence_size      int not null,
    evidence           bytea not null,
    constraint external_training_dates check (ends_on >= starts_on),
    constraint external_training_rejection_has_reason check (status <> 'REJECTED' or rejection_reason is not null)
);
create index external_training_cadre_idx on external_training (cadre_id, declared_at desc);
create index external_training_status_idx on external_training (status, declared_at);
