package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cadretraining.news.draft.DefaultTemplates;
import org.cadretraining.news.draft.DraftSettings;
import org.cadretraining.news.draft.DraftTemplate;
import org.cadretraining.news.draft.Shape;
import org.cadretraining.shared.CurrentUser;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's wording of course drafts, kept in the database: a template per shape and language, written with
 * the defaults on the first start, and the settings every draft follows. A template is stored only when it parses.
 */
@Service
class DraftWording {

    private final JdbcClient jdbc;
    private final Clock clock;

    DraftWording(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** On the first start (and after a shape is added) the missing templates get the defaults; nothing is replaced. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void writeDefaults() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Shape shape : Shape.values()) {
            for (Language language : Language.values()) {
                jdbc.sql("""
                                insert into news_draft_template (shape, language, body, updated_at, updated_by)
                                values (?, ?, ?, ?, 'system') on conflict do nothing
                                """)
                        .params(shape.name(), language.name(), DefaultTemplates.of(shape, language == Language.en), now)
                        .update();
            }
        }
        jdbc.sql("""
                        insert into news_draft_setting (id, title_marks, chinese_only_names, updated_at, updated_by)
                        values (1, ?, ?, ?, 'system') on conflict do nothing
                        """)
                .params(
                        DraftSettings.DEFAULT.titleMarks().name(),
                        DraftSettings.DEFAULT.chineseOnlyNames().name(),
                        now)
                .update();
    }

    /** A stored template as the template page lists it. */
    record Stored(Shape shape, Language language, String body, java.time.Instant updatedAt, String updatedBy) {}

    @Transactional(readOnly = true)
    List<Stored> all() {
        return jdbc
                .sql("select shape, language, body, updated_at, updated_by from news_draft_template")
                .query((rs, n) -> new Stored(
                        Shape.valueOf(rs.getString(1)),
                        Language.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Stored::shape).thenComparing(Stored::language))
                .toList();
    }

    @Transactional(readOnly = true)
    DraftTemplate template(Shape shape, Language language) {
        return jdbc.sql("select body from news_draft_template where shape = ? and language = ?")
                .params(shape.name(), language.name())
                .query(String.class)
                .optional()
                .map(DraftTemplate::parse)
                .orElseGet(() -> DraftTemplate.parse(DefaultTemplates.of(shape, language == Language.en)));
    }

    /** Stores the template, refused with every problem found ({@link org.cadretraining.news.draft.TemplateRefused}). */
    @Transactional
    void save(Shape shape, Language language, String body, CurrentUser user) {
        DraftTemplate template = DraftTemplate.parse(body);
        jdbc.sql("""
                        insert into news_draft_template (shape, language, body, updated_at, updated_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (shape, language) do update
                        set body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .params(
                        shape.name(),
                        language.name(),
                        template.text(),
                        Timestamp.from(Instant.now(clock)),
                        user.username())
                .update();
    }

    @Transactional(readOnly = true)
    DraftSettings settings() {
        List<DraftSettings> found = jdbc.sql(
                        "select title_marks, chinese_only_names from news_draft_setting where id = 1")
                .query((rs, n) -> new DraftSettings(
                        DraftSettings.TitleMarks.valueOf(rs.getString(1)),
                        DraftSettings.ChineseOnlyNames.valueOf(rs.getString(2))))
                .list();
        return found.isEmpty() ? DraftSettings.DEFAULT : found.getFirst();
    }

    @Transactional
    void save(DraftSettings settings, CurrentUser user) {
        jdbc.sql("""
                        insert into news_draft_setting (id, title_marks, chinese_only_names, updated_at, updated_by)
                        values (1, ?, ?, ?, ?)
                        on conflict (id) do update set title_marks = excluded.title_marks,
                            chinese_only_names = excluded.chinese_only_names, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        """)
                .params(
                        settings.titleMarks().name(),
                        settings.chineseOnlyNames().name(),
                        Timestamp.from(Instant.now(clock)),
                        user.username())
                .update();
    }
}
