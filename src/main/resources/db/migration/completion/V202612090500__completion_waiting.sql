-- Trainees whose standing waits to be judged because they were checked in: written in the check-in's own transaction,
-- so a check-in is never committed without it, and taken (deleted) by whichever node judges the course next, under
-- the course's row lock. A burst of check-ins is judged in a few rounds of many trainees each, not one round per scan.
create table completion_waiting (
    course_id  bigint not null references course (id) on delete cascade,
    cadre_id   bigint not null references cadre (id) on delete cascade,
    primary key (course_id, cadre_id)
);
