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

-- out of date: the first request rebuilds every row, the counts and the totals, these with them
update credit_standing_basis set as_of_year = 0;
