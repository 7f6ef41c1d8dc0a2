-- Photos that staff take during a course (the opening, a lecture, a field study), kept with the course so that the
-- newsroom can use them in the report on it. The bytes live in their own table so that listing never reads them.
create table course_photo (
    id            bigserial primary key,
    course_id     bigint not null references course (id),
    file_name     varchar(260) not null,
    -- read from the file's first bytes when it was uploaded, never from its name
    content_type  varchar(100) not null,
    size_bytes    int not null check (size_bytes > 0),
    caption       varchar(300) not null default '',
    uploaded_by   varchar(64) not null,
    uploaded_at   timestamptz not null
);
create index course_photo_course_idx on course_photo (course_id, uploaded_at);

create table course_photo_content (
    photo_id  bigint primary key references course_photo (id) on delete cascade,
    content   bytea not null
);
