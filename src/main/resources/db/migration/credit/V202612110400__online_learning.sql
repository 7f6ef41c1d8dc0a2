-- The online learning rule: a table of rows (a course of at least min_minutes counts hours) and a bonus for a
-- passed test. A change writes a new version; every online record keeps the version and the row that counted it,
-- so a later change leaves past records and their explanations as they were.
create table online_rule_version (
    version     int primary key,
    test_bonus  numeric(6, 2) not null check (test_bonus >= 0 and test_bonus * 4 = trunc(test_bonus * 4)),
    changed_at  timestamptz not null,
    changed_by  varchar(64) not null
);
create table online_rule_row (
    version      int not null references online_rule_version (version),
    position     int not null check (position >= 1),
    min_minutes  int not null check (min_minutes >= 0),
    hours        numeric(6, 2) not null check (hours > 0 and hours * 4 = trunc(hours * 4)),
    primary key (version, position),
    constraint online_rule_row_threshold_unique unique (version, min_minutes)
);
insert into online_rule_version (version, test_bonus, changed_at, changed_by) values (1, 0.5, now(), 'system');
insert into online_rule_row (version, position, min_minutes, hours) values (1, 1, 30, 1), (1, 2, 15, 0.5), (1, 3, 0, 0.25);

-- An online academy whose exports are imported, with the column mapping the organiser saved for its files: for each
-- field, the header of the column that holds it (null: the file has no such column).
create table online_academy (
    id                 bigserial primary key,
    name               varchar(200) not null,
    col_staff_number   varchar(100),
    col_name           varchar(100),
    col_unit           varchar(100),
    col_title          varchar(100) not null,
    col_minutes        varchar(100),
    col_hours          varchar(100),
    col_completed_on   varchar(100) not null,
    col_test_passed    varchar(100),
    changed_at         timestamptz not null,
    changed_by         varchar(64) not null,
    constraint online_academy_name_unique unique (name),
    constraint online_academy_finds_cadre check (col_staff_number is not null or (col_name is not null and col_unit is not null)),
    constraint online_academy_has_length check (col_minutes is not null or col_hours is not null)
);

-- An import of one academy file: checked first (every row, every problem kept), then written on the organiser's word,
-- all rows in one transaction. The state is here, so every node shows the same progress.
create table online_import_job (
    id             bigserial primary key,
    academy_id     bigint not null references online_academy (id),
    file_name      varchar(255) not null,
    status         varchar(16) not null check (status in ('CHECKING', 'CHECKED', 'REJECTED', 'WRITING', 'DONE', 'FAILED')),
    total_rows     int,
    checked_rows   int not null default 0,
    error_count    int not null default 0,
    known_count    int not null default 0,
    written_rows   int not null default 0,
    new_count      int not null default 0,
    failure        varchar(100),
    requested_by   varchar(64) not null,
    requested_at   timestamptz not null,
    updated_at     timestamptz not null,
    finished_at    timestamptz
);
create index online_import_job_recent_idx on online_import_job (requested_at desc);

-- The checked rows of a job, waiting for the word to write them; deleted when the job ends.
create unlogged table online_import_row (
    job_id          bigint not null,
    row_number      int not null,
    staff_number    varchar(64),
    name            varchar(100),
    unit_name       varchar(200),
    cadre_id        bigint,
    title           varchar(300) not null,
    title_key       varchar(300) not null,
    completed_on    date not null,
    minutes         int,
    credited_hours  numeric(6, 2),
    test_passed     boolean not null,
    hours           numeric(6, 2) not null,
    rule_version    int,
    rule_position   int,
    primary key (job_id, row_number)
);

create table online_import_problem (
    id           bigserial primary key,
    job_id       bigint not null references online_import_job (id) on delete cascade,
    row_number   int not null,
    field        varchar(32) not null,
    message_key  varchar(100) not null,
    arguments    varchar(1000) not null default ''
);
create index online_import_problem_job_idx on online_import_problem (job_id, row_number, id);

-- Every academy record counted once: its natural key is the academy, the cadre, the course (title without case and
-- extra spaces) and the day completed. The record links to the ledger entry it produced and keeps the rule's version
-- and row (null when the academy's credited hours were taken as they were).
create table online_record (
    id               bigserial primary key,
    academy_id       bigint not null references online_academy (id),
    cadre_id         bigint not null references cadre (id),
    title            varchar(300) not null,
    title_key        varchar(300) not null,
    completed_on     date not null,
    minutes          int,
    credited_hours   numeric(6, 2),
    test_passed      boolean not null,
    hours            numeric(6, 2) not null,
    rule_version     int references online_rule_version (version),
    rule_position    int,
    credit_entry_id  bigint references credit_entry (id),
    import_job_id    bigint not null references online_import_job (id),
    constraint online_record_natural_key unique (academy_id, cadre_id, title_key, completed_on)
);
create index online_record_entry_idx on online_record (credit_entry_id);
