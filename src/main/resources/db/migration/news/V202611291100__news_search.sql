-- Search over titles and bodies: the body's text without markup is kept next to it, and trigram indexes let a
-- search find a Chinese word inside running text (Chinese has no spaces for a word index to split on).
create extension if not exists pg_trgm;
alter table news_translation add column body_text text not null default '';
create index news_translation_title_trgm on news_translation using gin (title gin_trgm_ops);
create index news_translation_body_trgm on news_translation using gin (body_text gin_trgm_ops);
