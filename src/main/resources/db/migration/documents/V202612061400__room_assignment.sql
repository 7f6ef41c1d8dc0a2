-- Who sleeps where on a residential course (住宿安排): one room per participant and course; the roommates are those
-- with the same building and room. A course without rooms simply has no rows here.
create table room_assignment (
    course_id    bigint       not null references course (id),
    cadre_id     bigint       not null references cadre (id),
    building     varchar(60)  not null check (length(trim(building)) > 0),
    room         varchar(30)  not null check (length(trim(room)) > 0),
    assigned_at  timestamptz  not null,
    assigned_by  varchar(100) not null,
    primary key (course_id, cadre_id)
);
create index room_assignment_room on room_assignment (course_id, building, room);
