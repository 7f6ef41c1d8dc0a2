-- Issue 15: a past year's statistics and annual report for the whole tree read per-unit counts, as this year's do,
-- rather than judging a million cadres as of that year on every request (9 s). For each of the last few years, each
-- active cadre's judgement as of the end of that year is kept, by the rules it was judged with, with its units' counts.
-- A cadre judged again for this year (a ledger write, a move, a rank or service-history change) is marked in the
-- same transaction; readers judge the marked cadres live, so the counts are exact in every snapshot, and the marks
-- are folded in the background.

-- the years kept, and the rules (requirements and policy) they were judged by: other rules mean the year is judged
-- live until it is judged again
create table credit_past_year (
    year  int primary key,
    rules text not null
);

-- each active cadre's judgement as of the end of a kept year, and where they were counted when it was made
create table credit_past_standing (
    year          int not null,
    cadre_id      bigint not null,
    unit_id       bigint not null,
    tier          varchar(32) not null,
    rank_code     varchar(32) not null,
    category      varchar(100) not null,
    full_time_met boolean not null,
    online_met    boolean not null,
    primary key (year, cadre_id)
);

-- the rows above counted per unit, tier, rank and category: a subtree's figures sum a few thousand rows
create table credit_past_unit (
    year          int not null,
    unit_id       bigint not null,
    tier          varchar(32) not null,
    rank_code     varchar(32) not null,
    category      varchar(100) not null,
    cadres        int not null default 0,
    full_time_met int not null default 0,
    online_met    int not null default 0,
    all_met       int not null default 0,
    primary key (year, unit_id, tier, rank_code, category)
);

-- cadres judged again since their past rows were written
create table credit_past_stale (
    cadre_id bigint primary key
);
