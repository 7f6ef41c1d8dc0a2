-- The version of what readers of the portal see, shared by every node. Each node keeps rendered article pages and
-- builds their ETags from this number; it goes up once in every transaction that changes what a reader may see (an
-- article published, unpublished, moved or given a new live revision, a column changed; the application raises it
-- too where a change lies in an article's revisions), as that transaction commits (a deferred trigger, so the row is
-- locked only while committing). Every node reads it a few times a second and renders its pages again when it moved.
create table news_pages_version (
    only_row boolean primary key default true check (only_row),
    version  bigint not null
);
insert into news_pages_version (version) values (1);

-- raises the version once per transaction, whoever asks first (a trigger or the application)
create function news_pages_raise() returns void language plpgsql as $$
begin
    if current_setting('app.news_pages_raised', true) is distinct from 'yes' then
        update news_pages_version set version = version + 1;
        perform set_config('app.news_pages_raised', 'yes', true);
    end if;
end
$$;

create function news_pages_changed() returns trigger language plpgsql as $$
begin
    perform news_pages_raise();
    return null;
end
$$;

create constraint trigger news_article_pages after insert or delete on news_article
    deferrable initially deferred for each row execute function news_pages_changed();
-- the browse count is written every second while readers read: not a change of the page's version
create constraint trigger news_article_standing_pages after update on news_article
    deferrable initially deferred for each row
    when (old.published is distinct from new.published
          or old.release_at is distinct from new.release_at
          or old.live_revision is distinct from new.live_revision
          or old.column_id is distinct from new.column_id
          or old.original_language is distinct from new.original_language)
    execute function news_pages_changed();
create constraint trigger news_column_pages after insert or update or delete on news_column
    deferrable initially deferred for each row execute function news_pages_changed();

-- a table emptied at once (as tests do) fires no row trigger
create function news_pages_emptied() returns trigger language plpgsql as $$
begin
    update news_pages_version set version = version + 1;
    return null;
end
$$;
create trigger news_article_emptied after truncate on news_article
    for each statement execute function news_pages_emptied();
create trigger news_column_emptied after truncate on news_column
    for each statement execute function news_pages_emptied();
