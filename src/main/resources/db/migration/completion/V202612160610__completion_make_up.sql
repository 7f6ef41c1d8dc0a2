-- A make-up (补学) for a mandatory agenda item a trainee missed: the recording watched, a written assignment, or
-- another way the organiser accepts. Kept for good with who recorded it, when and why; it meets the mandatory rule
-- and earns no 学时. One per trainee and item.
create table completion_make_up (
    course_id       bigint       not null references course (id),
    cadre_id        bigint       not null references cadre (id),
    agenda_item_id  bigint       not null references agenda_item (id),
    kind            varchar(16)  not null check (kind in ('RECORDING', 'ASSIGNMENT', 'OTHER')),
    reason          varchar(1000) not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(64)  not null,
    primary key (course_id, cadre_id, agenda_item_id)
);
