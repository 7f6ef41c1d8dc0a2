-- The regulations' other ways to meet a full-time requirement: 550 学时 or three months (90 days) of full-time
-- training in five years; 90 学时 or 12 days a year. Online requirements have no days alternative (null).
alter table credit_requirement add column days int check (days between 1 and 3660);
update credit_requirement set days = 90 where tier = 'COUNTY_AND_ABOVE' and category = 'FULL_TIME';
update credit_requirement set days = 12 where tier = 'SECTION_AND_BELOW' and category = 'FULL_TIME';

-- The institution's choices where the regulations leave one: whether hours above a yearly requirement carry into
-- the next year, how a rank change within a requirement's period is counted, and how long a cadre promoted to
-- county level has to meet the five-year requirement. One row, kept with who changed it and when.
create table credit_policy (
    id                 int primary key check (id = 1),
    carry_over         boolean not null default false,
    rank_change        varchar(16) not null default 'FROM_CHANGE' check (rank_change in ('FROM_CHANGE', 'PRO_RATA')),
    promotion_months   int not null default 12 check (promotion_months between 1 and 60),
    changed_at         timestamptz,
    changed_by         varchar(64)
);
insert into credit_policy (id) values (1);

-- The days on which a cadre had full-time training that counts, one row per cadre and day: the days alternative
-- counts days, not entries (a day of four lectures is one day).
create table credit_training_day (
    cadre_id  bigint not null references cadre (id),
    day       date not null,
    primary key (cadre_id, day)
);
alter table credit_year_total add column ft_days int not null default 0;
insert into credit_training_day (cadre_id, day)
select distinct e.cadre_id, e.earned_on from credit_entry e
where e.category = 'FULL_TIME' and e.hours > 0
  and not exists (select 1 from credit_entry c where c.corrects_id = e.id)
on conflict do nothing;
update credit_year_total t set ft_days = d.days
from (select cadre_id, extract(year from day)::int as year, count(*) as days from credit_training_day
      group by cadre_id, extract(year from day)) d
where d.cadre_id = t.cadre_id and d.year = t.year;

-- The standing also holds the days inside each full-time window and the hours carried from last year.
alter table credit_standing add column days_county int not null default 0;
alter table credit_standing add column days_section int not null default 0;
alter table credit_standing add column ft_section_carried numeric(12, 2) not null default 0;
alter table credit_standing add column online_county_carried numeric(12, 2) not null default 0;
alter table credit_standing add column online_section_carried numeric(12, 2) not null default 0;
-- what the standing was built with besides the year and periods: a change of either means a rebuild
alter table credit_standing_basis add column carry_over boolean not null default false;
alter table credit_standing_basis add column ft_section_hours numeric(8, 2) not null default 0;
alter table credit_standing_basis add column online_county_hours numeric(8, 2) not null default 0;
alter table credit_standing_basis add column online_section_hours numeric(8, 2) not null default 0;
update credit_standing_basis set as_of_year = 0;

-- Which version of the rule produced an entry ('training-rules:12', 'training-rules:default'), so that a rule
-- changed later never changes what an entry says; null for entries written before versions were kept.
alter table credit_entry add column rule_version varchar(64);
