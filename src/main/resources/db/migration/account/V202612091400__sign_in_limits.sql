-- Bucket4j's token buckets for sign-in limits (per client address, per account and address, per account), shared by
-- every node. The id is a SHA-256 of what the bucket limits, so the table holds no username or address;
-- expires_at (epoch milliseconds) lets full buckets be removed.
create table sign_in_bucket (
    id          varchar(64) primary key,
    state       bytea,
    expires_at  bigint
);
create index sign_in_bucket_expires_idx on sign_in_bucket (expires_at);

-- An account that saw many failed sign-ins from anywhere: shown to administrators, never a lock.
create table sign_in_alert (
    username         varchar(64) primary key,
    raised_at        timestamptz not null,
    failures         integer not null,
    addresses        integer not null
);

-- failures are now looked up by address as well, for the administrator's notice
create index login_failure_failed_at_idx on login_failure (failed_at);
