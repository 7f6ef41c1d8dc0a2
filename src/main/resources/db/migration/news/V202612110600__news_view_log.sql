-- How far the caching proxy's log of article views has been counted (news/ProxyViewLog): the log file's identity
-- (device and inode, which survive a rename on rotation) and the byte position after the last line counted. Moved
-- in the same transaction as the counts it covers, so no view is counted twice or lost.
create table news_view_log (
    path     text primary key,
    file_key text   not null,
    position bigint not null check (position >= 0)
);
