-- Cover images and attachments. A file is uploaded once and never changes; revisions point at files, so a new
-- revision copies the pointers forward (not the bytes) and the live revision keeps its own files while a newer one
-- is written and reviewed.
create table news_file (
    id            bigserial primary key,
    article_id    bigint not null references news_article (id),
    name          varchar(255) not null,
    -- read from the file's first bytes when it was uploaded, never from its name
    content_type  varchar(100) not null,
    size_bytes    int not null check (size_bytes > 0),
    content       bytea not null,
    uploaded_at   timestamptz not null,
    uploaded_by   varchar(64) not null
);
create index news_file_article_idx on news_file (article_id);

alter table news_revision add column cover_file_id bigint references news_file (id);

create table news_revision_attachment (
    article_id  bigint not null,
    revision    int not null,
    file_id     bigint not null references news_file (id),
    position    int not null,
    primary key (article_id, revision, file_id),
    foreign key (article_id, revision) references news_revision (article_id, number)
);
create index news_revision_attachment_file_idx on news_revision_attachment (file_id);
