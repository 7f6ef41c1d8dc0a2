-- A notice may lead somewhere: the page where the cadre acts on it (an evaluation reminder leads to the answering
-- page). A path inside the application, never an outside address.
alter table notification add column link varchar(300) check (link is null or (link like '/%' and link not like '//%'));
