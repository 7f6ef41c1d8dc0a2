-- The steps of a course's record that its change log shows besides the schedule versions: recorded as held after
-- it took place, archived, taken out of the archive; each with who took it and when. Written from the course
-- module's events, so a step taken once appears once.

create table course_step_log (
    id         bigserial primary key,
    course_id  bigint not null references course (id),
    -- RECORDED_AS_HELD, ARCHIVED or UNARCHIVED
    step       varchar(32) not null,
    taken_at   timestamptz not null,
    -- username; null when the step did not say who took it
    taken_by   varchar(64)
);

create index course_step_log_course on course_step_log (course_id, taken_at);
