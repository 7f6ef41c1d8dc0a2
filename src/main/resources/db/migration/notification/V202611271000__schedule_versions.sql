-- Schedule versions: every change of a course's agenda or dates after nominations open, numbered per course, and
-- per cadre and course the last version the cadre has looked at ("changed since you last looked").

create table schedule_version (
    id              bigserial primary key,
    course_id       bigint not null references course (id),
    version         int not null,
    -- the agenda item changed; null for a change of the course's dates
    agenda_item_id  bigint,
    -- ADDED, CHANGED, REMOVED or DATES
    change          varchar(16) not null,
    -- readable summaries, written once in both languages; empty where there is no before (added) or after (removed)
    before_zh       varchar(1000) not null default '',
    before_en       varchar(1000) not null default '',
    after_zh        varchar(1000) not null default '',
    after_en        varchar(1000) not null default '',
    changed_at      timestamptz not null,
    -- username; null when the change did not say who made it
    changed_by      varchar(64),
    unique (course_id, version)
);

create table schedule_seen (
    cadre_id   bigint not null references cadre (id),
    course_id  bigint not null references course (id),
    version    int not null,
    primary key (cadre_id, course_id)
);
