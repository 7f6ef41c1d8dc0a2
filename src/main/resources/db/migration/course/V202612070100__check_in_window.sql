-- How many minutes before an agenda item starts its check-in opens; it closes when the item ends. Next to the
-- attendance thresholds, because the institution sets them together; an item may set its own (attendance's table).
alter table training_rules_version
    add column check_in_opens_minutes_before int not null default 30 check (check_in_opens_minutes_before >= 0);
