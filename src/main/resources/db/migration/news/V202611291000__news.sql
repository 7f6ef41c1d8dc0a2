-- News: columns (栏目), articles as groups of translations, every version of an article kept as a numbered revision
-- with its review, and the article's place on the portal (published, release time, browse count).
create table news_column (
    id          bigserial primary key,
    parent_id   bigint references news_column (id),
    slug        varchar(64) not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    sort_order  int not null default 0
);

create table news_article (
    id                 bigserial primary key,
    column_id          bigint not null references news_column (id),
    -- the language the article was written in; the others are translations of it
    original_language  varchar(8) not null check (original_language in ('zh', 'en')),
    -- the revision readers see; null until one is published
    live_revision      int,
    published          boolean not null default false,
    -- when readers may see it: publishing now sets it to now, scheduling to a later time
    release_at         timestamptz,
    -- counted by the browse counter, never written by saving the article
    browse_count       bigint not null default 0,
    created_at         timestamptz not null,
    created_by         varchar(64) not null,
    constraint news_published_has_release check (not published or (release_at is not null and live_revision is not null))
);
-- previous/next and column pages walk published articles by (release time, id)
create index news_article_column_release_idx on news_article (column_id, release_at, id) where published;

create table news_revision (
    article_id      bigint not null references news_article (id),
    number          int not null,
    status          varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    created_at      timestamptz not null,
    created_by      varchar(64) not null,
    reviewed_at     timestamptz,
    reviewed_by     varchar(64),
    review_comment  varchar(2000),
    primary key (article_id, number),
    constraint news_rejected_with_comment check (status <> 'REJECTED' or review_comment is not null)
);

create table news_translation (
    article_id  bigint not null,
    revision    int not null,
    language    varchar(8) not null check (language in ('zh', 'en')),
    title       varchar(300) not null,
    summary     varchar(1000) not null default '',
    -- sanitised when saved: no script, no event handlers, no javascript: links
    body_html   text not null,
    source      varchar(200) not null default '',
    author      varchar(100) not null default '',
    translator  varchar(200) not null default '',
    primary key (article_id, revision, language),
    foreign key (article_id, revision) references news_revision (article_id, number)
);

-- Who did what to an article, and when: the full history.
create table news_event (
    id          bigserial primary key,
    article_id  bigint not null references news_article (id),
    revision    int,
    action      varchar(16) not null,
    actor       varchar(64) not null,
    at          timestamptz not null,
    comment     varchar(2000)
);
create index news_event_article_idx on news_event (article_id, id);
