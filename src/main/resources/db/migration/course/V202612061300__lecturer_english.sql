-- a lecturer's name, title and affiliation in English, for English pages, programmes and certificates; empty = the
-- Chinese one is shown
alter table lecturer
    add column name_en        varchar(100) not null default '',
    add column title_en       varchar(200) not null default '',
    add column affiliation_en varchar(200) not null default '';
