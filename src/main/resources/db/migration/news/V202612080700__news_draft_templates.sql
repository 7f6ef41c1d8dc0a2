-- the newsroom's wording of course drafts, one per shape of course and language; the application writes the
-- defaults on its first start and never overwrites what the newsroom changed
create table news_draft_template (
    shape       varchar(20) not null
                check (shape in ('SINGLE_LECTURE', 'CEREMONY', 'MULTI_DAY', 'ONLINE', 'FIELD_STUDY')),
    language    varchar(8) not null check (language in ('zh', 'en')),
    body        text not null check (length(body) between 1 and 4000),
    updated_at  timestamptz not null,
    updated_by  varchar(64) not null,
    primary key (shape, language)
);

-- one row: the marks around titles in Chinese, and how English gives a name recorded only in Chinese
create table news_draft_setting (
    id                  int primary key check (id = 1),
    title_marks         varchar(8) not null check (title_marks in ('BOOK', 'QUOTES')),
    chinese_only_names  varchar(12) not null check (chinese_only_names in ('PINYIN', 'TRANSLATOR')),
    updated_at          timestamptz not null,
    updated_by          varchar(64) not null
);
