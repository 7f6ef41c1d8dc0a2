-- A cadre record belongs to one person, so at most one account may be linked to it.
create unique index account_cadre_unique on account (cadre_id) where cadre_id is not null;
