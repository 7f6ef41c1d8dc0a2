-- A unit's quota counts every place of its cadres in the course, however the place was made: quota_unit_id now
-- names the quota a place counts against (a liaison's nomination: the liaison's unit; any other place: the nearest
-- unit at or above the cadre's unit with places in the course), and "nominated" says whether a liaison nominated
-- it, which decides whether it awaits the organiser's approval when it leaves the waiting list.
alter table enrolment add column nominated boolean not null default false;
update enrolment set nominated = true where quota_unit_id is not null;

-- The places the organiser made before (directly or in bulk) count from now on, as new ones will.
update enrolment e set quota_unit_id = (
    select q.unit_id from unit_quota q
      join unit quota_unit on quota_unit.id = q.unit_id
      join cadre c on c.id = e.cadre_id
      join unit u on u.id = c.unit_id
     where q.course_id = e.course_id and u.path like quota_unit.path || '%'
     order by length(quota_unit.path) desc limit 1)
where not e.nominated;

create index enrolment_quota_idx on enrolment (course_id, quota_unit_id);
