-- A place withdrawn (退学) for approved leave past the cap is no longer admitted: it gets a status of its own, with
-- the reason, who withdrew it and when, as the organiser's own decisions keep them.
alter table enrolment drop constraint enrolment_status_known;
alter table enrolment add constraint enrolment_status_known
    check (status in ('NOMINATED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'CANCELLED', 'DISCONTINUED'));

-- The withdrawals leave recorded before: their places were left approved. Read once from leave's table, here only.
update enrolment e
   set status = 'DISCONTINUED', reason = w.reason, decided_at = w.withdrawn_at, decided_by = w.withdrawn_by
  from course_withdrawal w
 where w.course_id = e.course_id and w.cadre_id = e.cadre_id and e.status in ('NOMINATED', 'APPROVED');
