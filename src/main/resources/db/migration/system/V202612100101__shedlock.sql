-- Scheduled work that must run once across nodes takes its row here first (ShedLock, system/OnceAcrossNodes): a node
-- that finds a job's lock_until still ahead of the database's clock skips that run.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);
