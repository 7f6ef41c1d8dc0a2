package org.cadretraining.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes templates with their questions and options; a template's questions are rewritten as a whole. */
@Repository
class TemplateStore {

    /** A template as the bank lists it: whether it is the default and whether anyone has answered it. */
    record Listed(long id, LocalizedText title, boolean isDefault, Long copiedFrom, int questions, boolean answered) {}

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> list() {
        return jdbc.sql("""
                        select t.id, t.title_zh, t.title_en, t.is_default, t.copied_from,
                               (select count(*) from evaluation_question q where q.template_id = t.id),
                               exists (select 1 from evaluation_response_given r where r.template_id = t.id)
                        from evaluation_template t order by t.is_default desc, t.id
                        """)
                .query((rs, n) -> new Listed(
                        rs.getLong(1),
                        new LocalizedText(rs.getString(2), rs.getString(3)),
                        rs.getBoolean(4),
                        (Long) rs.getObject(5),
                        rs.getInt(6),
                        rs.getBoolean(7)))
                .list();
    }

    Optional<Template> find(long id) {
        return load(id, "");
    }

    /** The template, its row locked against answers and other edits until the transaction ends. */
    Optional<Template> lock(long id) {
        return load(id, " for update");
    }

    /** The template, its row held so that no edit can change it before this transaction ends. */
    Optional<Template> share(long id) {
        return load(id, " for key share");
    }

    boolean answered(long templateId) {
        return jdbc.sql("select exists (select 1 from evaluation_response_given where template_id = ?)")
                .param(templateId)
                .query(Boolean.class)
                .single();
    }

    long insert(Template template, String by, Instant at) {
        long id = jdbc.sql("""
                        insert into evaluation_template (title_zh, title_en, is_default, copied_from, created_at, created_by)
                        values (?, ?, false, ?, ?, ?) returning id
                        """)
                .params(template.title().zh(), template.title().en(), template.copiedFrom(), Timestamp.from(at), by)
                .query(Long.class)
                .single();
        writeQuestions(id, template.questions());
        return id;
    }

    void update(Template template) {
        jdbc.sql("update evaluation_template set title_zh = ?, title_en = ?, version = version + 1 where id = ?")
                .params(template.title().zh(), template.title().en(), template.id())
                .update();
        jdbc.sql("delete from evaluation_question where template_id = ?")
                .param(template.id())
                .update();
        writeQuestions(template.id(), template.questions());
    }

    private void writeQuestions(long templateId, List<Question> questions) {
        for (Question q : questions) {
            jdbc.sql("""
                            insert into evaluation_question (template_id, position, scope, kind, text_zh, text_en, required)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            templateId,
                            q.position(),
                            q.scope().name(),
                            q.kind().name(),
                            q.text().zh(),
                            q.text().en(),
                            q.required())
                    .update();
            for (int i = 0; i < q.options().size(); i++) {
                LocalizedText option = q.options().get(i);
                jdbc.sql("""
                                insert into evaluation_question_option (template_id, position, option_no, label_zh, label_en)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(templateId, q.position(), i, option.zh(), option.en())
                        .update();
            }
        }
    }

    private Optional<Template> load(long id, String lock) {
        record Head(LocalizedText title, boolean isDefault, Long copiedFrom) {}
        Optional<Head> head = jdbc.sql(
                        "select title_zh, title_en, is_default, copied_from from evaluation_template where id = ?"
                                + lock)
                .param(id)
                .query((rs, n) -> new Head(
                        new LocalizedText(rs.getString(1), rs.getString(2)), rs.getBoolean(3), (Long) rs.getObject(4)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<LocalizedText>> options = new HashMap<>();
        jdbc.sql("""
                        select position, label_zh, label_en from evaluation_question_option
                        where template_id = ? order by position, option_no
                        """).param(id).query(rs -> {
            options.computeIfAbsent(rs.getInt(1), p -> new ArrayList<>())
                    .add(new LocalizedText(rs.getString(2), rs.getString(3)));
        });
        List<Question> questions = jdbc.sql("""
                        select position, scope, kind, text_zh, text_en, required from evaluation_question
                        where template_id = ? order by position
                        """)
                .param(id)
                .query((rs, n) -> new Question(
                        rs.getInt(1),
                        QuestionScope.valueOf(rs.getString(2)),
                        QuestionKind.valueOf(rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5)),
                        options.getOrDefault(rs.getInt(1), List.of()),
                        rs.getBoolean(6)))
                .list();
        Head h = head.get();
        return Optional.of(new Template(id, h.title(), h.isDefault(), h.copiedFrom(), questions));
    }
}
