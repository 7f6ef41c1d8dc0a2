-- Everyone who wrote into a revision: the person who created it and each who edited it after. No one approves a
-- revision they are listed for here, so a second pair of eyes has read every word that goes live.
create table news_revision_editor (
    article_id  bigint not null,
    revision    int not null,
    username    varchar(64) not null,
    primary key (article_id, revision, username),
    foreign key (article_id, revision) references news_revision (article_id, number)
);

-- revisions written before this table: their creators, and the editors the history names
insert into news_revision_editor (article_id, revision, username)
select article_id, number, created_by from news_revision
on conflict do nothing;
insert into news_revision_editor (article_id, revision, username)
select distinct e.article_id, e.revision, e.actor
from news_event e
join news_revision r on r.article_id = e.article_id and r.number = e.revision
where e.action in ('CREATED', 'EDITED')
on conflict do nothing;
