-- An on-the-job (在职) course's evenings and weekends earn 学时 but are not days of full-time training: the entry
-- says so, so that recounting a day after a correction does not count it again.
alter table credit_entry add column counts_days boolean not null default true;
