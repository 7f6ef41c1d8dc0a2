-- The organisation: a tree of units of any depth, the configurable list of ranks, and the cadres.
create extension if not exists pg_trgm;

create table unit (
    id          bigserial primary key,
    code        varchar(32)  not null,
    name_zh     varchar(200) not null,
    name_en     varchar(200) not null default '',
    kind        varchar(32)  not null,
    parent_id   bigint references unit (id),
    -- ids from the root down, e.g. '/1/5/9/': a subtree is every unit whose path starts with its root's path
    path        varchar(2000) not null default '',
    active      boolean not null default true,
    sort_order  int not null default 0,
    version     int not null default 0,
    constraint unit_code_unique unique (code),
    constraint unit_kind_known check (kind in ('PARTY_COMMITTEE', 'DEPARTMENT', 'SCHOOL', 'EXTERNAL_INSTITUTION', 'OTHER'))
);
create index unit_path_idx on unit (path text_pattern_ops);
create index unit_parent_idx on unit (parent_id);

create table cadre_rank (
    code        varchar(32)  primary key,
    name_zh     varchar(50)  not null,
    name_en     varchar(100) not null,
    -- which requirement applies: county level and above (every 5 years) or section level and below (every year)
    tier        varchar(32)  not null check (tier in ('COUNTY_AND_ABOVE', 'SECTION_AND_BELOW')),
    sort_order  int not null,
    active      boolean not null default true
);
insert into cadre_rank (code, name_zh, name_en, tier, sort_order) values
    ('PROVINCIAL', '省部级', 'Provincial / ministerial', 'COUNTY_AND_ABOVE', 10),
    ('BUREAU', '厅局级', 'Bureau / department', 'COUNTY_AND_ABOVE', 20),
    ('COUNTY', '县处级', 'County / division', 'COUNTY_AND_ABOVE', 30),
    ('SECTION', '乡科级', 'Township / section', 'SECTION_AND_BELOW', 40),
    ('STAFF', '科员及以下', 'Staff and below', 'SECTION_AND_BELOW', 50);

create table cadre (
    id            bigserial primary key,
    staff_number  varchar(32)  not null,
    name          varchar(100) not null,
    gender        varchar(8) check (gender in ('MALE', 'FEMALE')),
    unit_id       bigint not null references unit (id),
    position_zh   varchar(200) not null default '',
    position_en   varchar(200) not null default '',
    rank_code     varchar(32) references cadre_rank (code),
    category      varchar(100) not null default '',
    phone         varchar(32)  not null default '',
    email         varchar(200) not null default '',
    note          varchar(500) not null default '',
    active        boolean not null default true,
    version       int not null default 0,
    constraint cadre_staff_number_unique unique (staff_number)
);
create index cadre_unit_idx on cadre (unit_id);
create index cadre_name_trgm_idx on cadre using gin (name gin_trgm_ops);

-- Where a cadre served and in which position, from when to when: a move closes one row and opens the next.
create table cadre_assignment (
    id           bigserial primary key,
    cadre_id     bigint not null references cadre (id),
    unit_id      bigint not null references unit (id),
    position_zh  varchar(200) not null default '',
    position_en  varchar(200) not null default '',
    rank_code    varchar(32) references cadre_rank (code),
    valid_from   date not null,
    valid_to     date,
    recorded_at  timestamptz not null,
    recorded_by  varchar(64) not null
);
create index cadre_assignment_cadre_idx on cadre_assignment (cadre_id, valid_from);

-- A unit's path is kept by the database: set on insert, and rewritten for the whole subtree when a unit moves.
create function unit_set_path() returns trigger language plpgsql as $$
declare
    parent_path varchar(2000);
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
    else
        select path into parent_path from unit where id = new.parent_id;
        if tg_op = 'UPDATE' and parent_path like old.path || '%' then
            raise exception 'unit % cannot be moved under its own subtree', new.code using errcode = '23514';
        end if;
        new.path := parent_path || new.id || '/';
    end if;
    return new;
end $$;

create trigger unit_path_on_insert before insert on unit
    for each row execute function unit_set_path();
create trigger unit_path_on_move before update of parent_id on unit
    for each row when (old.parent_id is distinct from new.parent_id) execute function unit_set_path();

create function unit_move_subtree() returns trigger language plpgsql as $$
begin
    update unit set path = new.path || substring(path from length(old.path) + 1)
     where path like old.path || '%' and id <> new.id;
    return null;
end $$;

create trigger unit_subtree_on_move after update of parent_id on unit
    for each row when (old.path is distinct from new.path) execute function unit_move_subtree();
