-- Files that go with a course or one of its agenda items: slides, readings, the programme. The bytes live in their
-- own table so that listing a course's materials never reads them.
create table course_material (
    id                bigserial primary key,
    course_id         bigint not null references course (id),
    -- null: the file belongs to the course as a whole
    agenda_item_id    bigint references agenda_item (id) on delete set null,
    title             varchar(300) not null,
    file_name         varchar(260) not null,
    content_type      varchar(200) not null,
    size_bytes        bigint not null check (size_bytes > 0),
    -- participants see the file on their course page; staff, lecturers and organisers always see it
    for_participants  boolean not null default true,
    uploaded_by       varchar(64) not null,
    uploaded_at       timestamptz not null,
    version           int not null default 0
);
create index course_material_course_idx on course_material (course_id, agenda_item_id);

create table course_material_content (
    material_id  bigint primary key references course_material (id) on delete cascade,
    content      bytea not null
);
