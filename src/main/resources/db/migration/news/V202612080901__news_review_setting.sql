-- The institution's rule for the last step of news review, as set on /news/review-setting. Each save is a new
-- version; the latest is in force and the earlier ones record who changed it and when. With no row, the default of
-- app.news.reviewer-publishes applies (false: a publisher makes an approved revision live).
create table news_review_setting_version (
    id                  bigserial primary key,
    -- true: approving a revision publishes it; false: a publisher publishes it in a step of its own
    reviewer_publishes  boolean not null,
    saved_at            timestamptz not null,
    saved_by            varchar(64) not null
);
