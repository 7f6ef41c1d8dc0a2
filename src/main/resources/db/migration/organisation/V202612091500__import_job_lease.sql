-- A job is leased by the node that runs it and renewed while it runs (organisation/importing/ImportLeases); any
-- node fails a job whose lease has run out, so that a job of a node that died ends within a minute instead of
-- showing "running" for half an hour. The uploaded file's path lets the node that finds it abandoned delete it.
alter table import_job add column lease_until timestamptz;
alter table import_job add column file_path varchar(1000);
-- jobs running at the upgrade belong to a node that has stopped
update import_job set lease_until = updated_at where status in ('QUEUED', 'CHECKING', 'WRITING');
create index import_job_lease_idx on import_job (lease_until) where status in ('QUEUED', 'CHECKING', 'WRITING');
