-- The download of a course's archive (一班一档) is built in the background; its state and its files live here, in
-- the database, so that any node shows the progress and serves the files whichever node built them.
create table report_archive_job (
    id            bigserial primary key,
    course_id     bigint      not null references course (id),
    -- the language the PDF is written in
    language      varchar(8)  not null check (language in ('zh', 'en')),
    status        varchar(16) not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- what the bar counts: reading the archive, writing the PDF, then each file put into the ZIP
    total_steps   int         not null default 0 check (total_steps >= 0),
    done_steps    int         not null default 0 check (done_steps >= 0),
    current_file  varchar(300),
    pdf_bytes     bigint,
    zip_bytes     bigint,
    -- a message key saying why a job failed
    failure       varchar(100),
    requested_by  varchar(64) not null,
    requester_id  bigint      not null,
    requested_at  timestamptz not null,
    finished_at   timestamptz,
    -- renewed by the node that builds it; any node fails a job whose lease ran out (report/archive/ArchiveLeases)
    lease_until   timestamptz
);
create index report_archive_job_course_idx on report_archive_job (course_id, requested_at desc);
create index report_archive_job_lease_idx on report_archive_job (lease_until) where status in ('QUEUED', 'RUNNING');

-- A built file in parts of at most a megabyte, written while it is built and read back one part at a time, so that
-- neither building nor downloading holds a whole archive in memory.
create table report_archive_part (
    job_id   bigint     not null references report_archive_job (id) on delete cascade,
    file     varchar(3) not null check (file in ('PDF', 'ZIP')),
    number   int        not null,
    content  bytea      not null,
    primary key (job_id, file, number)
);
