-- A course's attendance recorded after the course took place ("everyone present except ..."): who recorded it,
-- when and why. The decisions it wrote point to it, so every cell says it was recorded afterwards, and by whom.
create table attendance_afterwards (
    id               bigserial primary key,
    course_id        bigint not null references course (id),
    note             varchar(1000) not null,
    recorded_by      varchar(64) not null,
    recorded_at      timestamptz not null,
    present_cells    int not null check (present_cells >= 0),
    exception_cells  int not null check (exception_cells >= 0)
);
create index attendance_afterwards_course_idx on attendance_afterwards (course_id);

alter table attendance_override add column afterwards_id bigint references attendance_afterwards (id);
