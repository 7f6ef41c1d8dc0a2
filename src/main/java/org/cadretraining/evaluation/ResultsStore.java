package org.cadretraining.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts a course's answers in the database, per question and evaluated item: never a response with its answers,
 * only sums over many. Texts come out sorted by their wording, so their order says nothing of who wrote when.
 */
@Repository
class ResultsStore {

    /** A free-text answer, without anything that tells whose it is. */
    record Text(int position, Long itemId, String text) {}

    /**
     * An evaluated item of a course over all its responses: how many responses answered about it, and the count and
     * sum of their ratings to the item's scale questions.
     */
    record ItemTally(long courseId, long itemId, long responses, long ratings, long ratingSum) {}

    private static final String ANSWERS_OF_COURSE = """
            from evaluation_answer_given a
            where a.course_id = ?
            """;

    private final JdbcClient jdbc;

    ResultsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long responses(long courseId) {
        return jdbc.sql("select count(*) from evaluation_response_given where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }

    /**
     * The course's answers counted in one pass: per question and item, how many gave each rating or each set of
     * options (a text counts with neither), and per evaluated item how many responses answered about it.
     */
    Counted counted(long courseId) {
        // two plain aggregations: a grouping set with a distinct count sorted all the course's answers, a hash
        // aggregate does not
        List<Group> groups = jdbc.sql("""
                        select a.question_position, a.agenda_item_id, a.rating, a.choices, count(*)
                        from evaluation_answer_given a
                        where a.course_id = ?
                        group by a.question_position, a.agenda_item_id, a.rating, a.choices
                        """)
                .param(courseId)
                .query((rs, n) -> {
                    java.sql.Array choices = rs.getArray(4);
                    List<Integer> chosen = new java.util.ArrayList<>();
                    if (choices != null) {
                        for (Object option : (Object[]) choices.getArray()) {
                            chosen.add(((Number) option).intValue());
                        }
                    }
                    return new Group(
                            rs.getInt(1),
                            rs.getObject(2, Long.class),
                            rs.getObject(3, Integer.class),
                            chosen,
                            rs.getLong(5));
                })
                .list();
        java.util.Map<Long, Long> itemResponses = new java.util.HashMap<>();
        jdbc.sql("""
                        select a.agenda_item_id, count(distinct a.response_id)
                        from evaluation_answer_given a
                        where a.course_id = ? and a.agenda_item_id is not null
                        group by a.agenda_item_id
                        """).param(courseId).query(rs -> {
            itemResponses.put(rs.getLong(1), rs.getLong(2));
        });
        return new Counted(groups, itemResponses);
    }

    /** A set of equal answers: to the question about the item, with the rating or the options, and how many. */
    record Group(int position, Long itemId, Integer rating, List<Integer> choices, long count) {}

    /** The groups of equal answers, and the responses that answered about each evaluated item. */
    record Counted(List<Group> groups, java.util.Map<Long, Long> itemResponses) {}

    List<Text> texts(long courseId) {
        return jdbc.sql("select a.question_position, a.agenda_item_id, a.free_text "
                        + ANSWERS_OF_COURSE
                        + " and a.free_text is not null"
                        + " order by a.question_position, a.agenda_item_id, a.free_text collate \"C\"")
                .param(courseId)
                .query((rs, n) -> new Text(rs.getInt(1), rs.getObject(2, Long.class), rs.getString(3)))
                .list();
    }

    /** Every evaluated item of the courses that has answers, with its responses and its ratings' count and sum. */
    List<ItemTally> items(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.course_id, a.agenda_item_id, count(distinct a.response_id), count(a.rating),
                               coalesce(sum(a.rating), 0)
                        from evaluation_answer_given a
                        where a.course_id = any (?) and a.agenda_item_id is not null
                        group by a.course_id, a.agenda_item_id
                        """)
                .param(courseIds.toArray(Long[]::new))
                .query((rs, n) ->
                        new ItemTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** The courses that have a questionnaire. */
    List<Long> coursesWithQuestionnaire() {
        return jdbc.sql("select course_id from course_questionnaire order by course_id")
                .query(Long.class)
                .list();
    }
}
