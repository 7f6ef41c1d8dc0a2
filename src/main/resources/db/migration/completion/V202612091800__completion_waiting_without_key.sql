-- A check-in's transaction added its trainee to completion_waiting with "on conflict do nothing" on (course, cadre).
-- While the keeper judged the course, its transaction held the rows it had taken (deleted, not yet committed), and a
-- check-in of a trainee just taken waited on that key until the judgement committed: a quarter of a second for a whole
-- class, during which every scan of the burst stood still. A trainee may now wait more than once; the keeper takes
-- every row of the course and judges each trainee once.
alter table completion_waiting drop constraint completion_waiting_pkey;
create index completion_waiting_course_idx on completion_waiting (course_id);
