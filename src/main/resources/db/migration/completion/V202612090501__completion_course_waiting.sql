-- Courses whose every standing waits to be judged again because their agenda, dates or past attendance changed:
-- written in the change's own transaction and taken by the next judgement of the course, so a programme of 300 items
-- imported at once is judged once, not 300 times.
create table completion_course_waiting (
    course_id  bigint primary key references course (id) on delete cascade
);
