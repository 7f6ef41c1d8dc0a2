-- Each cadre's judgement kept on their standing row (issue 15): what the compliance query used to work out for every
-- cadre on every request (the tier, the day of a promotion to county level and the days held at the other tier from
-- the service history, what is required pro rata, whether each requirement is met and by what margin) is written by
-- that same query when the cadre's hours or service history change, so reading a cadre's standing reads one row.
-- Every cadre has a row (counted = active), and the unit and staff number are kept beside it, so the list of those
-- below a requirement is one index scan.
alter table credit_standing
    add column unit_id                 bigint,
    add column staff_number            varchar(32),
    add column name                    varchar(100),
    add column counted                 boolean not null default false,
    add column tier                    varchar(32) not null default 'SECTION_AND_BELOW',
    add column promoted_on             date,
    add column window_days             int not null default 365,
    add column other_days              int not null default 0,
    add column full_time_required      numeric(12, 2) not null default 0,
    add column full_time_days_required int,
    add column full_time_earned        numeric(12, 2) not null default 0,
    add column full_time_carried       numeric(12, 2) not null default 0,
    add column full_time_days          int not null default 0,
    add column full_time_by_hours      boolean not null default false,
    add column full_time_by_days       boolean not null default false,
    add column full_time_met           boolean not null default false,
    add column full_time_shortfall     numeric(12, 2) not null default 0,
    add column online_required         numeric(12, 2) not null default 0,
    add column online_earned           numeric(12, 2) not null default 0,
    add column online_carried          numeric(12, 2) not null default 0,
    add column online_met              boolean not null default false,
    add column online_shortfall        numeric(12, 2) not null default 0;

-- a unit's cadres, and the whole institution's first page of those below any requirement in the list's first order
create index credit_standing_unit_idx on credit_standing (unit_id);
create index credit_standing_below_idx on credit_standing (full_time_shortfall desc, staff_number, cadre_id)
    where counted and not (full_time_met and online_met);
-- the same for the lists of one requirement, which the home pages' rates link to (in the list's first order too)
create index credit_standing_below_full_time_idx
    on credit_standing (full_time_shortfall desc, staff_number, cadre_id) where counted and not full_time_met;
create index credit_standing_below_online_idx
    on credit_standing (full_time_shortfall desc, staff_number, cadre_id) where counted and not online_met;

-- How many active cadres of each unit and tier there are and how many meet each requirement: moved by the change
-- of each judgement in the transaction that changes it (n = n + delta), so a subtree's rates are a sum over its
-- units' rows, never a pass over its cadres.
create table credit_unit_compliance (
    unit_id        bigint not null,
    tier           varchar(32) not null,
    cadres         int not null default 0,
    full_time_met  int not null default 0,
    online_met     int not null default 0,
    all_met        int not null default 0,
    primary key (unit_id, tier)
);

-- What the judgement was made with besides the year, the periods and the carry-over: a change means a rebuild.
alter table credit_standing_basis add column ft_county_hours numeric(8, 2) not null default 0;
alter table credit_standing_basis add column ft_county_days int;
alter table credit_standing_basis add column ft_section_days int;
alter table credit_standing_basis add column rank_change varchar(16) not null default 'FROM_CHANGE';
-- out of date: the first request rebuilds every row and the counts
update credit_standing_basis set as_of_year = 0;

-- Cadres whose judgement the organisation's changes made stale (a move to another unit, a rank or a service history
-- changed, a new cadre, a rank moved to another tier), marked in the transaction that changes them. The credit
-- module judges them again, by its own rules, before it reads any standing: the triggers know which cadres, never
-- how they are judged.
create table credit_standing_stale (
    cadre_id bigint primary key
);

create function credit_stale_cadres() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into credit_standing_stale select id from new_cadres on conflict do nothing;
    else
        insert into credit_standing_stale
        select n.id from new_cadres n join old_cadres o on o.id = n.id
        where (n.unit_id, n.rank_code, n.active, n.staff_number, n.name)
              is distinct from (o.unit_id, o.rank_code, o.active, o.staff_number, o.name)
        on conflict do nothing;
    end if;
    return null;
end $$;

create trigger credit_stale_on_cadre_insert after insert on cadre
    referencing new table as new_cadres for each statement execute function credit_stale_cadres();
create trigger credit_stale_on_cadre_update after update on cadre
    referencing old table as old_cadres new table as new_cadres
    for each statement execute function credit_stale_cadres();

create function credit_stale_assignments() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into credit_standing_stale select distinct cadre_id from new_assignments on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into credit_standing_stale select distinct cadre_id from old_assignments on conflict do nothing;
    end if;
    return null;
end $$;

create trigger credit_stale_on_assignment_insert after insert on cadre_assignment
    referencing new table as new_assignments for each statement execute function credit_stale_assignments();
create trigger credit_stale_on_assignment_update after update on cadre_assignment
    referencing old table as old_assignments new table as new_assignments
    for each statement execute function credit_stale_assignments();
create trigger credit_stale_on_assignment_delete after delete on cadre_assignment
    referencing old table as old_assignments for each statement execute function credit_stale_assignments();

create function credit_stale_ranks() returns trigger language plpgsql as $$
begin
    insert into credit_standing_stale
    select c.id from cadre c join new_ranks n on n.code = c.rank_code join old_ranks o on o.code = n.code
    where n.tier is distinct from o.tier
    union
    -- a rank held earlier decides a promotion and the days held at the other tier
    select a.cadre_id from cadre_assignment a join new_ranks n on n.code = a.rank_code
    join old_ranks o on o.code = n.code
    where n.tier is distinct from o.tier
    on conflict do nothing;
    return null;
end $$;

create trigger credit_stale_on_rank_update after update on cadre_rank
    referencing old table as old_ranks new table as new_ranks for each statement execute function credit_stale_ranks();
