-- The credit ledger: entries are written once and never updated. A correction is a new entry that names the entry
-- it corrects (corrects_id) and says why; totals count only the latest entry of each chain.
create table credit_entry (
    id                 bigserial primary key,
    cadre_id           bigint not null references cadre (id),
    year               int not null,
    earned_on          date not null,
    category           varchar(16) not null check (category in ('FULL_TIME', 'ONLINE')),
    source             varchar(16) not null check (source in ('COURSE', 'EXTERNAL', 'ONLINE')),
    course_id          bigint references course (id),
    -- what earned it, e.g. 'agenda-item:42' or 'declaration:7'
    source_ref         varchar(200) not null,
    hours              numeric(8, 2) not null check (hours >= 0 and hours * 4 = trunc(hours * 4)),
    explanation_zh     text not null,
    explanation_en     text not null,
    corrects_id        bigint references credit_entry (id),
    correction_reason  varchar(1000),
    recorded_at        timestamptz not null,
    recorded_by        varchar(64) not null,
    constraint credit_entry_correction_has_reason check (corrects_id is null or correction_reason is not null),
    constraint credit_entry_year_of_day check (year = extract(year from earned_on))
);
-- one original entry per cadre, source and reference: writing it again changes nothing
create unique index credit_entry_original_unique on credit_entry (cadre_id, source, source_ref)
    where corrects_id is null;
-- an entry is corrected at most once; the correction may itself be corrected
create unique index credit_entry_corrects_unique on credit_entry (corrects_id) where corrects_id is not null;
create index credit_entry_cadre_year_idx on credit_entry (cadre_id, year);
