-- which cohort (期/批次) of its course a place belongs to, by the cohort's number in the course (from 1);
-- a place without a row takes part throughout the course
create table enrolment_cohort (
    enrolment_id bigint primary key references enrolment (id) on delete cascade,
    cohort smallint not null check (cohort > 0)
);
