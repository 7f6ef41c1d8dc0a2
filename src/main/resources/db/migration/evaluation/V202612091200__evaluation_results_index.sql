-- Results are counted per question and item over all of a course's answers (100,000 of them in under 200 ms): the
-- answers of a response are found through its key and read from the index alone, without visiting the table.
create index evaluation_answer_results_idx on evaluation_answer (response_id)
    include (question_position, agenda_item_id, rating, choices);
