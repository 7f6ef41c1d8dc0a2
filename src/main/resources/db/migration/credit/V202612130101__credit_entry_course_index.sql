-- The 学时 of one trainee place (a cadre's entries of one course), which the statistics sum for every place of the
-- period: found through the course's entries rather than through all of the cadre's entries of every year.
create index credit_entry_course_idx on credit_entry (course_id, cadre_id) where course_id is not null;
