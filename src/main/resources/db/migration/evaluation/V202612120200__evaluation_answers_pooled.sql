-- A submission's answers no longer go straight into rows of their own, where the transaction that wrote them
-- (PostgreSQL's xmin) and their place on disk would date them: the session table, written in the transaction just
-- after, names the trainee whose request it was, so the newest response could be matched to them. They wait instead
-- in a pool held in the same row as the set of who has answered, sorted by their random key; that row is rewritten by
-- every submission, so it carries the newest submission's transaction along with everyone else's answers. Once the
-- pool holds twice the results threshold (app.evaluation.min-answers), a random half of it moves to the answer
-- tables, all in one transaction and in the order of their random keys. Closing moves the rest and writes every
-- response of the course again in one transaction in a random order, so a closed questionnaire's answers have no
-- order at all. See org.cadretraining.evaluation's package documentation.
alter table evaluation_answered add column pending jsonb not null default '[]';

-- every response given to a course, whether still in the pool or moved to the tables
create view evaluation_response_given as
select r.id, r.course_id, r.template_id
from evaluation_response r
union all
select (p ->> 'id')::uuid, w.course_id, (p ->> 'template')::bigint
from evaluation_answered w, jsonb_array_elements(w.pending) p;

-- every answer given to a course, whether still in the pool or moved to the tables; results read only this
create view evaluation_answer_given as
select r.course_id, a.response_id, a.question_position, a.agenda_item_id, a.rating, a.choices, a.free_text
from evaluation_answer a join evaluation_response r on r.id = a.response_id
union all
select w.course_id, (p ->> 'id')::uuid, x.position, x.item, x.rating, x.choices, x.text
from evaluation_answered w, jsonb_array_elements(w.pending) p,
     jsonb_to_recordset(p -> 'answers') as x (position int, item bigint, rating smallint, choices smallint[], text varchar);
