-- Issue 15: the statistics of a range of days (not a whole year) for the whole tree summed every entry of the range
-- per cadre (4 to 7 s on a million cadres). They now read kept rows, moved in the writer's transaction like the
-- yearly totals: the 学时 per unit, rank, category and day, and per month (a range reads its whole months from the
-- month rows and the days at its ends from the day rows), and, per cadre, the days on which they earned any, kept as
-- day ranges, so that "how many cadres earned any in these days" is one test per cadre of a narrow row.

-- The 学时 earned on a day by the counted (active) cadres of a unit with one rank ('' for none) and category, by the
-- latest entry of each correction chain, where the cadres' standing rows count them (they move with the rows).
create table credit_unit_day (
    day             date not null,
    unit_id         bigint not null,
    rank_code       varchar(32) not null,
    category        varchar(100) not null,
    full_time       numeric(14, 2) not null default 0,
    online          numeric(14, 2) not null default 0,
    external        numeric(14, 2) not null default 0,
    online_learning numeric(14, 2) not null default 0,
    primary key (day, unit_id, rank_code, category)
);

-- the same summed per month: month is the month's first day
create table credit_unit_month (
    month           date not null,
    unit_id         bigint not null,
    rank_code       varchar(32) not null,
    category        varchar(100) not null,
    full_time       numeric(14, 2) not null default 0,
    online          numeric(14, 2) not null default 0,
    external        numeric(14, 2) not null default 0,
    online_learning numeric(14, 2) not null default 0,
    primary key (month, unit_id, rank_code, category),
    check (extract(day from month) = 1)
);

-- Per cadre: where their standing row counts them (copied with each judgement) and the days on which they earned
-- 学时 (any), 学时 of training elsewhere, and of online learning, over all years.
create table credit_cadre_days (
    cadre_id        bigint primary key,
    unit_id         bigint,
    rank_code       varchar(32) not null,
    category        varchar(100) not null,
    counted         boolean not null,
    earned          datemultirange not null,
    external        datemultirange not null,
    online_learning datemultirange not null
);
create index credit_cadre_days_unit_idx on credit_cadre_days (unit_id) where counted;

-- filled once from the ledger where the standing rows count the cadres now; from here on moved with every write and
-- every judgement (credit/UnitDays, credit/CadreDays)
insert into credit_unit_day (day, unit_id, rank_code, category, full_time, online, external, online_learning)
select e.earned_on, s.unit_id, s.rank_code, s.category,
       sum(case when e.category = 'FULL_TIME' then e.hours else 0 end),
       sum(case when e.category = 'ONLINE' then e.hours else 0 end),
       sum(case when e.source = 'EXTERNAL' then e.hours else 0 end),
       sum(case when e.source = 'ONLINE' then e.hours else 0 end)
from credit_entry e join credit_standing s on s.cadre_id = e.cadre_id and s.counted
where not exists (select 1 from credit_entry x where x.corrects_id = e.id)
group by e.earned_on, s.unit_id, s.rank_code, s.category;

insert into credit_unit_month (month, unit_id, rank_code, category, full_time, online, external, online_learning)
select date_trunc('month', day)::date, unit_id, rank_code, category, sum(full_time), sum(online), sum(external),
       sum(online_learning)
from credit_unit_day
group by 1, unit_id, rank_code, category;

insert into credit_cadre_days (cadre_id, unit_id, rank_code, category, counted, earned, external, online_learning)
select s.cadre_id, s.unit_id, s.rank_code, s.category, s.counted, coalesce(d.earned, '{}'),
       coalesce(d.external, '{}'), coalesce(d.online_learning, '{}')
from credit_standing s
left join (
    select e.cadre_id, range_agg(daterange(e.earned_on, e.earned_on, '[]')) as earned,
           range_agg(daterange(e.earned_on, e.earned_on, '[]')) filter (where e.source = 'EXTERNAL') as external,
           range_agg(daterange(e.earned_on, e.earned_on, '[]')) filter (where e.source = 'ONLINE') as online_learning
    from credit_entry e
    where e.hours > 0 and not exists (select 1 from credit_entry x where x.corrects_id = e.id)
    group by e.cadre_id
) d on d.cadre_id = s.cadre_id;
