-- Issue 15: the whole tree's statistics of the year and the annual report read per-unit totals, not one row per
-- cadre. Each unit's counts are split by the cadres' rank and category as well as the tier, and each unit's yearly
-- totals (学时 by category and source, and how many cadres earned any, any external, any online learning) are kept
-- beside them, both moved in the writer's transaction (n = n + delta, in unit order, just before it commits).

-- where a cadre is counted: their rank ('' for none) and category, written with the judgement like their unit
alter table credit_standing
    add column rank_code varchar(32) not null default '',
    add column category  varchar(100) not null default '';

alter table credit_unit_compliance
    add column rank_code varchar(32) not null default '',
    add column category  varchar(100) not null default '';
alter table credit_unit_compliance drop constraint credit_unit_compliance_pkey;
alter table credit_unit_compliance add primary key (unit_id, tier, rank_code, category);

-- The yearly totals of the counted (active) cadres of a unit with one rank and category, as the cadres' rows of
-- credit_year_total hold them: a cadre's totals are counted where their standing row says they are counted, and
-- move with it when the cadre moves, changes rank or category, or leaves.
create table credit_unit_year (
    unit_id                bigint not null,
    year                   int not null,
    rank_code              varchar(32) not null,
    category               varchar(100) not null,
    -- cadres whose full-time and online 学时 of the year add up to more than zero
    earning                int not null default 0,
    full_time              numeric(14, 2) not null default 0,
    online                 numeric(14, 2) not null default 0,
    external               numeric(14, 2) not null default 0,
    external_cadres        int not null default 0,
    online_learning        numeric(14, 2) not null default 0,
    online_learning_cadres int not null default 0,
    primary key (year, unit_id, rank_code, category)
);

-- a change of a cadre's category moves their totals too
create or replace function credit_stale_cadres() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into credit_standing_stale select id from new_cadres on conflict do nothing;
    else
        insert into credit_standing_stale
        select n.id from new_cadres n join old_cadres o on o.id = n.id
        where (n.unit_id, n.rank_code, n.active, n.staff_number, n.name, n.category)
              is distinct from (o.unit_id, o.rank_code, o.active, o.staff_number, o.name, o.category)
        on conflict do nothing;
    end if;
    return null;
end $$;

-- out of date: the first request rebuilds every row, the counts and the totals
update credit_standing_basis set as_of_year = 0;
