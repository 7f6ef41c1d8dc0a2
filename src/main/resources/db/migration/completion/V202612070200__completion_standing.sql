-- Each trainee's completion standing while a course runs, kept between views and recomputed when attendance, leave,
-- the agenda or the training rules change (events), so the completion page reads it instead of judging everyone on
-- each view. In the database, not in a node's memory, so every node of a cluster shows the same.

-- one row per course whose standings were judged; its row lock serialises recomputations of the course
create table completion_standing_course (
    course_id   bigint primary key references course (id),
    judged_at   timestamptz not null
);

create table completion_standing (
    course_id       bigint not null references completion_standing_course (course_id),
    cadre_id        bigint not null references cadre (id),
    credited_hours  numeric(8, 2) not null check (credited_hours >= 0),
    leave_hours     numeric(8, 2) not null check (leave_hours >= 0),
    judged_at       timestamptz not null,
    primary key (course_id, cadre_id)
);

-- the reasons found in attendance and leave, in order (the course's own requirements are added when read)
create table completion_standing_reason (
    course_id  bigint not null,
    cadre_id   bigint not null,
    position   int not null,
    code       varchar(32) not null,
    text_zh    text not null,
    text_en    text not null,
    primary key (course_id, cadre_id, position),
    foreign key (course_id, cadre_id) references completion_standing (course_id, cadre_id) on delete cascade
);

-- the items credited, in order, with the explanation written for the ledger
create table completion_standing_item (
    course_id       bigint not null,
    cadre_id        bigint not null,
    position        int not null,
    agenda_item_id  bigint not null,
    explanation_zh  text not null,
    explanation_en  text not null,
    primary key (course_id, cadre_id, position),
    foreign key (course_id, cadre_id) references completion_standing (course_id, cadre_id) on delete cascade
);
