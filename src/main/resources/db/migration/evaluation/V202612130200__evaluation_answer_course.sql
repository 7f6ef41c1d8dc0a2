-- Results read all of a course's answers (issue 14: 100,000 of them in under 200 ms), and they are read right after
-- closing has written every one of them again, before PostgreSQL has statistics that know them. Through the
-- response, the planner then expected one response and fetched each answer row through the index once per response,
-- for each of the results' statements. With the course on the answer row itself, a course's answers are one range of
-- one index (or one sequential scan, once the statistics know how many there are): results read them in one pass,
-- whatever the statistics say. The course is the response's: the two are kept equal by the foreign key.
alter table evaluation_answer add column course_id bigint;
update evaluation_answer a set course_id = r.course_id from evaluation_response r where r.id = a.response_id;
alter table evaluation_answer alter column course_id set not null;

drop index evaluation_response_course_idx;
create unique index evaluation_response_course_idx on evaluation_response (course_id, id);
alter table evaluation_answer drop constraint evaluation_answer_response_id_fkey;
alter table evaluation_answer add constraint evaluation_answer_response_fkey
    foreign key (course_id, response_id) references evaluation_response (course_id, id) on delete cascade;

-- the results' one pass; the covering index by response (V202612091200) served a pass per response and goes
drop index evaluation_answer_results_idx;
create index evaluation_answer_course_idx on evaluation_answer (course_id);

create or replace view evaluation_answer_given as
select a.course_id, a.response_id, a.question_position, a.agenda_item_id, a.rating, a.choices, a.free_text
from evaluation_answer a
union all
select w.course_id, (p ->> 'id')::uuid, x.position, x.item, x.rating, x.choices, x.text
from evaluation_answered w, jsonb_array_elements(w.pending) p,
     jsonb_to_recordset(p -> 'answers') as x (position int, item bigint, rating smallint, choices smallint[], text varchar);
