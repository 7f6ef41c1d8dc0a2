-- Evaluation (训后评估): the question bank, each course's questionnaire, and the answers. The answers are kept apart
-- from the record of who has answered; see org.cadretraining.evaluation's package documentation for the design.

-- a questionnaire template; the default one is written below and never changed, organisers edit copies of it
create table evaluation_template (
    id           bigserial primary key,
    title_zh     varchar(200) not null check (length(title_zh) between 1 and 200),
    title_en     varchar(200) not null default '',
    is_default   boolean not null default false,
    copied_from  bigint references evaluation_template (id),
    created_at   timestamptz not null,
    created_by   varchar(64) not null,
    version      int not null default 0
);
-- at most one default template, whichever node writes it first
create unique index evaluation_template_one_default on evaluation_template (is_default) where is_default;

-- a question: about the course as a whole (COURSE) or asked once for each evaluated agenda item (ITEM)
create table evaluation_question (
    template_id  bigint not null references evaluation_template (id) on delete cascade,
    position     int not null check (position >= 0),
    scope        varchar(10) not null check (scope in ('COURSE', 'ITEM')),
    kind         varchar(20) not null check (kind in ('RATING', 'SATISFACTION', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT')),
    text_zh      varchar(500) not null check (length(text_zh) between 1 and 500),
    text_en      varchar(500) not null default '',
    required     boolean not null,
    primary key (template_id, position)
);

-- the choices of a single- or multiple-choice question, in order
create table evaluation_question_option (
    template_id  bigint not null,
    position     int not null,
    option_no    int not null check (option_no >= 0),
    label_zh     varchar(200) not null check (length(label_zh) between 1 and 200),
    label_en     varchar(200) not null default '',
    primary key (template_id, position, option_no),
    foreign key (template_id, position) references evaluation_question (template_id, position) on delete cascade
);

-- a course's questionnaire: which template, when it may be answered, whether completion waits for it
create table course_questionnaire (
    course_id                bigint primary key references course (id),
    template_id              bigint not null references evaluation_template (id),
    opens_at                 timestamptz not null,
    closes_at                timestamptz not null,
    required_for_completion  boolean not null default false,
    updated_at               timestamptz not null,
    updated_by               varchar(64) not null,
    check (closes_at > opens_at)
);

-- the agenda items whose questions (scope ITEM) are asked
create table course_questionnaire_item (
    course_id       bigint not null references course_questionnaire (course_id) on delete cascade,
    agenda_item_id  bigint not null references agenda_item (id) on delete cascade,
    primary key (course_id, agenda_item_id)
);

-- who has answered: one row per course holding the set of cadres, kept sorted by id, so that neither the rows'
-- order on disk nor the order of the set tells who answered before whom; no time, no link to the answers
create table evaluation_answered (
    course_id  bigint primary key references course_questionnaire (course_id),
    cadre_ids  bigint[] not null default '{}'
);

-- one submitted questionnaire: a random key, the course and the template answered; no person, no time
create table evaluation_response (
    id           uuid primary key,
    course_id    bigint not null references course_questionnaire (course_id),
    template_id  bigint not null references evaluation_template (id)
);
create index evaluation_response_course_idx on evaluation_response (course_id, id);
create index evaluation_response_template_idx on evaluation_response (template_id);

-- one answer of a response: a rating (1-5), the chosen options, or a text; agenda_item_id for an item's question
create table evaluation_answer (
    id                 uuid primary key,
    response_id        uuid not null references evaluation_response (id) on delete cascade,
    question_position  int not null,
    agenda_item_id     bigint references agenda_item (id) on delete set null,
    rating             smallint check (rating between 1 and 5),
    choices            smallint[],
    free_text          varchar(2000),
    check (num_nonnulls(rating, choices, free_text) = 1)
);
create index evaluation_answer_response_idx on evaluation_answer (response_id);
