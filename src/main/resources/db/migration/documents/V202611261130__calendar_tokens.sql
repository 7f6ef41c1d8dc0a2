-- Secret links to a cadre's personal calendar (/calendar/{token}.ics). Only the SHA-256 of a token is kept, so
-- neither this table nor a backup of it opens anyone's calendar. A cadre has at most one link in use.
create table calendar_token (
    id            bigserial primary key,
    cadre_id      bigint not null references cadre (id),
    token_hash    char(64) not null unique,
    created_at    timestamptz not null,
    created_by    varchar(100) not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create unique index calendar_token_one_in_use on calendar_token (cadre_id) where revoked_at is null;
