-- The hours of training elsewhere (source EXTERNAL) and of online learning (source ONLINE) per cadre and year, kept
-- with the other yearly totals as entries are written, so a whole year's statistics sum the yearly totals rather than
-- every ledger entry of the year (issue 15). Filled here from the entries that count (the latest of each chain).
alter table credit_year_total add column external numeric(10, 2) not null default 0;
alter table credit_year_total add column online_learning numeric(10, 2) not null default 0;
update credit_year_total t set external = d.external, online_learning = d.online_learning
from (select e.cadre_id, e.year,
             coalesce(sum(e.hours) filter (where e.source = 'EXTERNAL'), 0) as external,
             coalesce(sum(e.hours) filter (where e.source = 'ONLINE'), 0) as online_learning
      from credit_entry e
      where e.source in ('EXTERNAL', 'ONLINE')
        and not exists (select 1 from credit_entry c where c.corrects_id = e.id)
      group by e.cadre_id, e.year) d
where d.cadre_id = t.cadre_id and d.year = t.year;
