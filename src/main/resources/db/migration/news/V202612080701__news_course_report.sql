-- which article was drafted from which course, so that a second draft of a course is made only after a warning
-- that names the first
create table news_course_report (
    article_id  bigint primary key references news_article (id),
    course_id   bigint not null references course (id),
    created_at  timestamptz not null,
    created_by  varchar(64) not null
);
create index news_course_report_course_idx on news_course_report (course_id);
