-- A record of attendance written for one item at once from its paper sign-in sheet ("all present, except ..."),
-- while the course runs or after it: the item it was for. Null is a whole past course recorded afterwards. The
-- decisions written point to the record, so the item's history says they came from the paper sheet.
alter table attendance_afterwards add column agenda_item_id bigint references agenda_item (id);
create index attendance_afterwards_item_idx on attendance_afterwards (agenda_item_id) where agenda_item_id is not null;
