-- Each round of reminders sent to the trainees who had not answered a course's questionnaire: when, by whom and to
-- how many; never to whom, so that the rounds tell no more of who answered when than the response rate does.
-- The latest round decides when the next may be sent (app.evaluation.reminder-interval).
create table evaluation_reminder (
    id          bigserial primary key,
    course_id   bigint not null references course (id),
    sent_at     timestamptz not null,
    sent_by     varchar(64) not null,
    recipients  int not null,
    mailed      int not null
);
create index evaluation_reminder_course_idx on evaluation_reminder (course_id, sent_at desc);
