-- The keys that sign check-in codes, badges, device tokens and scan tickets when app.attendance.code-secret is not
-- set (attendance/SigningKeys): made once by whichever node comes first (insert of key 1, "on conflict do nothing"),
-- then read by every node and every restart. A rotation adds a key and retires the previous one, which is still
-- accepted for app.attendance.retired-key-accepted-for so that what it signed keeps working for its lifetime.
create table attendance_signing_key (
    id          int primary key,
    secret      bytea       not null check (octet_length(secret) >= 32),
    created_at  timestamptz not null default now(),
    retired_at  timestamptz
);
