-- Imports of units and cadres run in the background; their state lives here so that every node can show progress.
create table import_job (
    id               bigserial primary key,
    kind             varchar(16)  not null check (kind in ('UNIT', 'CADRE')),
    file_name        varchar(255) not null,
    status           varchar(16)  not null
                     check (status in ('QUEUED', 'CHECKING', 'WRITING', 'DONE', 'REJECTED', 'FAILED')),
    total_rows       int,
    checked_rows     int not null default 0,
    written_rows     int not null default 0,
    error_count      int not null default 0,
    created_count    int not null default 0,
    updated_count    int not null default 0,
    unchanged_count  int not null default 0,
    -- a message key saying why a job failed for a reason other than bad rows
    failure          varchar(100),
    requested_by     varchar(64)  not null,
    requester_id     bigint       not null,
    requested_at     timestamptz  not null,
    finished_at      timestamptz,
    -- touched by every progress report, so that a job whose node died can be told from a slow one
    updated_at       timestamptz  not null
);
create index import_job_requested_idx on import_job (requested_at desc);
create index import_job_requester_idx on import_job (requester_id, requested_at desc);

-- Every problem found in a file: its row as the person sees it in Excel (the header is row 1) and column.
create table import_error (
    id           bigserial primary key,
    job_id       bigint       not null references import_job (id) on delete cascade,
    row_number   int          not null,
    column_name  varchar(32)  not null default '',
    message_key  varchar(100) not null,
    -- message arguments separated by U+001F
    arguments    varchar(1000) not null default ''
);
create index import_error_job_idx on import_error (job_id, row_number, id);

-- Checked cadre rows wait here (filled by COPY) until the whole file has passed; then one transaction merges them.
-- Unlogged: the rows are worthless after a crash, and skipping the WAL makes the copy cheap.
create unlogged table import_cadre_row (
    job_id        bigint       not null,
    row_number    int          not null,
    staff_number  varchar(32)  not null,
    name          varchar(100) not null,
    gender        varchar(8),
    unit_id       bigint       not null,
    position_zh   varchar(200),
    position_en   varchar(200),
    rank_code     varchar(32),
    category      varchar(100),
    phone         varchar(32),
    email         varchar(200),
    note          varchar(500),
    active        boolean
);
create index import_cadre_row_job_idx on import_cadre_row (job_id, row_number);
