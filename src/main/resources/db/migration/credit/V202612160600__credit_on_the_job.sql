-- Training beside one's post (在职: an evening or weekend course) earns 学时 but no days of full-time training, and
-- its hours do not count toward the five-year full-time (脱产) requirement of county level and above. The entry says
-- so (recounting a day after a correction must not count it again), and each cadre's yearly total keeps how many of
-- its full-time hours were on the job, so the county-level sum can leave them out.
alter table credit_entry add column on_the_job boolean not null default false;
alter table credit_year_total add column on_the_job numeric(10, 2) not null default 0;
