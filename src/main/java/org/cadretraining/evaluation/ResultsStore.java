package org.cadretraining.evaluation;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts a course's answers in the database, per question and evaluated item: never a response with its answers,
 * only sums over many. Texts come out sorted by their wording, so their order says nothing of who wrote when.
 */
@Repository
class ResultsStore {

    /**
     * An evaluated item of a course over all its responses: how many responses answered about it, and the count and
     * sum of their ratings to the item's scale questions.
     */
    record ItemTally(long courseId, long itemId, long responses, long ratings, long ratingSum) {}

    /** The course's answers (the parameter) counted in one pass; see {@link #counted}. */
    static final String COUNTED = """
            select g.position, g.item, g.rating, g.choices, g.text, g.by_item,
                   case when g.by_item = 1 then count(*) else sum(g.n)::bigint end
            from (select a.question_position as position, a.agenda_item_id as item, a.rating, a.choices,
                         a.free_text as text, count(*) as n, grouping(a.question_position) as by_item
                  from evaluation_answer_given a
                  where a.course_id = ?
                  group by grouping sets (
                      (a.question_position, a.agenda_item_id, a.rating, a.choices, a.free_text),
                      (a.agenda_item_id,
                       case when a.agenda_item_id is not null then a.response_id end))) g
            where g.by_item = 0 or g.item is not null
            group by g.by_item, g.position, g.item, g.rating, g.choices, g.text
            order by g.position, g.item, g.text collate "C"
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
     * The course's answers counted in one pass over them: per question and item, how many gave each rating, each set
     * of options or each text, and per evaluated item how many responses answered about it. Texts come out sorted by
     * their wording.
     */
    Counted counted(long courseId) {
        // one scan feeds two hash tables (the grouping sets): equal answers, and the pairs of an item and a response
        // that answered about it, which the outer grouping counts per item. Three statements (counts, items'
        // responses, texts) each walked the course's answers, once per response when the statistics did not yet
        // know the course. Answers about the course share one pair (null, null) instead of one per response.
        List<Group> groups = new ArrayList<>();
        Map<Long, Long> itemResponses = new HashMap<>();
        jdbc.sql(COUNTED).param(courseId).query(rs -> {
            if (rs.getInt(6) == 1) {
                itemResponses.put(rs.getLong(2), rs.getLong(7));
                return;
            }
            Array choices = rs.getArray(4);
            List<Integer> chosen = new ArrayList<>();
            if (choices != null) {
                for (Object option : (Object[]) choices.getArray()) {
                    chosen.add(((Number) option).intValue());
                }
            }
            groups.add(new Group(
                    rs.getInt(1),
                    rs.getObject(2, Long.class),
                    rs.getObject(3, Integer.class),
                    chosen,
                    rs.getString(5),
                    rs.getLong(7)));
        });
        return new Counted(groups, itemResponses);
    }

    /**
     * A set of equal answers: to the question about the item, with the rating, the options or the text, and how
     * many.
     */
    record Group(int position, Long itemId, Integer rating, List<Integer> choices, String text, long count) {}

    /** The groups of equal answers (texts in the order of their wording), and each evaluated item's responses. */
    record Counted(List<Group> groups, Map<Long, Long> itemResponses) {}

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
