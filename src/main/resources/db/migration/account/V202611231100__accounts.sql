-- Accounts, their roles, and failed sign-ins (kept in the database so that throttling holds across nodes).
create table account (
    id                    bigserial primary key,
    username              varchar(64)  not null,
    password_hash         varchar(200) not null,
    display_name          varchar(100) not null,
    must_change_password  boolean not null default false,
    enabled               boolean not null default true,
    cadre_id              bigint references cadre (id),
    liaison_unit_id       bigint references unit (id),
    locale                varchar(10),
    created_at            timestamptz not null,
    version               int not null default 0
);
create unique index account_username_unique on account (lower(username));

create table account_role (
    account_id  bigint not null references account (id) on delete cascade,
    role        varchar(32) not null,
    primary key (account_id, role)
);

create table login_failure (
    id              bigserial primary key,
    username        varchar(64) not null,
    remote_address  varchar(64) not null default '',
    failed_at       timestamptz not null
);
create index login_failure_username_idx on login_failure (lower(username), failed_at);
