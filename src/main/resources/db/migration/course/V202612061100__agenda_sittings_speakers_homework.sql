-- Agenda items as real courses have them (issue 11): a presider beside the speakers, several speakers with their
-- topics, items that share one sitting, homework with a due time, and sites that several courses may share.

-- The presider (主持人): a lecturer, a cadre or just a name, like a speaker.
alter table agenda_item
    add column presider_lecturer_id bigint references lecturer (id),
    add column presider_cadre_id    bigint references cadre (id),
    add column presider_text        varchar(200) not null default '',
    -- the first speaker's topic; further speakers are in agenda_item_speaker
    add column speaker_topic_zh     varchar(300) not null default '',
    add column speaker_topic_en     varchar(300) not null default '',
    -- the item shares its sitting with the items of the same course it overlaps at the same place (a ceremony
    -- then a meeting): no clash between them, and the time they share earns its 学时 once
    add column shares_sitting       boolean not null default false,
    add constraint agenda_item_one_presider check (num_nonnulls(presider_lecturer_id, presider_cadre_id) <= 1);

-- Homework has no sitting: its day and both times hold its due date-time.
alter table agenda_item drop constraint agenda_item_times_in_order;
alter table agenda_item add constraint agenda_item_times_in_order
    check (ends_at > starts_at or (type = 'HOMEWORK' and ends_at = starts_at));
alter table agenda_item drop constraint agenda_item_type_known;
alter table agenda_item add constraint agenda_item_type_known check (type in ('OPENING_CEREMONY', 'CLOSING_CEREMONY',
    'LECTURE', 'MICRO_COURSE', 'FIELD_STUDY', 'GROUP_DISCUSSION', 'SELF_STUDY', 'EXAM', 'HOMEWORK', 'OTHER'));

-- The second and further speakers of an item, in order (position 0 is the second speaker).
create table agenda_item_speaker (
    agenda_item  bigint not null references agenda_item (id) on delete cascade,
    position     int not null,
    lecturer_id  bigint references lecturer (id),
    cadre_id     bigint references cadre (id),
    text         varchar(200) not null default '',
    topic_zh     varchar(300) not null default '',
    topic_en     varchar(300) not null default '',
    primary key (agenda_item, position),
    constraint agenda_item_speaker_one_kind check (num_nonnulls(lecturer_id, cadre_id) <= 1)
);
create index agenda_item_speaker_lecturer_idx on agenda_item_speaker (lecturer_id) where lecturer_id is not null;
create index agenda_item_speaker_cadre_idx on agenda_item_speaker (cadre_id) where cadre_id is not null;

-- A site that several courses may use at the same time (a big hall, "online"); others are booked by one course.
alter table site add column shareable boolean not null default false;

-- How evening items earn 学时: HALF_DAY_BLOCK (as before), BY_MINUTES or NONE.
alter table training_rules_version add column evening_credit varchar(20) not null default 'HALF_DAY_BLOCK'
    check (evening_credit in ('HALF_DAY_BLOCK', 'BY_MINUTES', 'NONE'));
