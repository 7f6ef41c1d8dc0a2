-- Cleaning up an article's files asks which of its revisions still show a file as their cover.
create index news_revision_cover_idx on news_revision (article_id, cover_file_id);
