-- A course entered after it took place is recorded as held in one step; who did it and when stay with the course.
alter table course add column held_recorded_by varchar(64);
alter table course add column held_recorded_at timestamptz;
alter table course add constraint course_held_recorded_together
    check ((held_recorded_by is null) = (held_recorded_at is null));
