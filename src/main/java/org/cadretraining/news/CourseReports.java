package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.news.CourseTrainees.Trainee;
import org.cadretraining.news.draft.CourseFacts;
import org.cadretraining.news.draft.Draft;
import org.cadretraining.news.draft.DraftTemplate;
import org.cadretraining.news.draft.DraftWriter;
import org.cadretraining.news.draft.Shape;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News reports of courses, in Chinese and in English, written from the course's record alone ({@link
 * CourseFactsReader}) in the newsroom's wording ({@link DraftWording}) by the pure {@link DraftWriter}. A draft is
 * saved as a new article in review's first step and remembered as the course's report, so that a second draft of the
 * same course is made only after a warning that names the first.
 */
@Service
class CourseReports {

    /** The courses a report may be written about: under way, over, archived (also those recorded after the fact). */
    static final Set<CourseStatus> REPORTABLE =
            Set.of(CourseStatus.IN_PROGRESS, CourseStatus.COMPLETED, CourseStatus.ARCHIVED);

    /** What the editor chooses from: the course, its trainees, and the articles already written about it. */
    record Choices(CourseSummary course, List<Trainee> trainees, List<ReportedArticle> reported) {

        Set<Long> suggested() {
            return trainees.stream()
                    .filter(Trainee::suggested)
                    .map(Trainee::cadreId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** An article already written about the course: drafted from it, or titled as the course is. */
    record ReportedArticle(long id, String title) {}

    private final CourseCatalog courses;
    private final CourseTrainees trainees;
    private final CourseFactsReader facts;
    private final DraftWording wording;
    private final NewsDesk desk;
    private final JdbcClient jdbc;
    private final Clock clock;

    CourseReports(
            CourseCatalog courses,
            CourseTrainees trainees,
            CourseFactsReader facts,
            DraftWording wording,
            NewsDesk desk,
            JdbcClient jdbc,
            Clock clock) {
        this.courses = courses;
        this.trainees = trainees;
        this.facts = facts;
        this.wording = wording;
        this.desk = desk;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The courses to choose from, the latest first. */
    List<CourseSummary> reportable() {
        return courses.coursesIn(REPORTABLE);
    }

    @Transactional(readOnly = true)
    Choices choices(long courseId) {
        CourseSummary course = reportableCourse(courseId);
        return new Choices(course, trainees.of(courseId), reported(course));
    }

    /** The Chinese original and the English translation; {@code named} are the trainees to name besides the leader. */
    @Transactional(readOnly = true)
    Map<Language, Translation> draft(long courseId, Set<Long> named) {
        CourseFacts record = facts.read(reportableCourse(courseId), named);
        Map<Language, Translation> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Draft draft = write(record, language, wording.template(record.shape(), language));
            texts.put(language, new Translation(language, draft.title(), "", draft.html(), "", "", ""));
        }
        return texts;
    }

    /** A draft of the course in a template the newsroom is still writing: what the template page previews. */
    @Transactional(readOnly = true)
    Draft preview(long courseId, Language language, DraftTemplate template) {
        return write(facts.read(reportableCourse(courseId), Set.of()), language, template);
    }

    /** Which shape's template a course's draft is written in. */
    @Transactional(readOnly = true)
    Shape shape(long courseId) {
        return facts.read(reportableCourse(courseId), Set.of()).shape();
    }

    /**
     * Saves the draft as a new article in the column and remembers it as the course's report. When the course has
     * been reported already, only with {@code despiteEarlier}: the editor has seen the warning that names it.
     */
    @Transactional
    long create(long courseId, Set<Long> named, long columnId, boolean despiteEarlier, CurrentUser user) {
        CourseSummary course = reportableCourse(courseId);
        List<ReportedArticle> earlier = reported(course);
        if (!earlier.isEmpty() && !despiteEarlier) {
            throw DomainException.conflict(
                    "despiteEarlier",
                    "news.draft.reported.confirm",
                    earlier.getFirst().title());
        }
        NewsArticle article = desk.create(columnId, Language.zh, draft(courseId, named), user);
        jdbc.sql("insert into news_course_report (article_id, course_id, created_at, created_by) values (?, ?, ?, ?)")
                .params(article.id(), courseId, Timestamp.from(Instant.now(clock)), user.username())
                .update();
        return article.id();
    }

    private Draft write(CourseFacts record, Language language, DraftTemplate template) {
        return DraftWriter.write(record, language == Language.en, template, wording.settings());
    }

    /** Articles drafted from the course, and articles titled as the course is (such as those written by hand). */
    private List<ReportedArticle> reported(CourseSummary course) {
        return jdbc.sql("""
                        select a.id, t.title from news_article a
                        join news_translation t on t.article_id = a.id and t.language = a.original_language
                         and t.revision = (select max(r.number) from news_revision r where r.article_id = a.id)
                        where a.id in (select article_id from news_course_report where course_id = :course)
                           or exists (select 1 from news_translation x where x.article_id = a.id
                                      and x.title <> '' and x.title in (:zh, :en))
                        order by a.id
                        """)
                .param("course", course.id())
                .param("zh", course.title().zh())
                .param("en", course.title().en())
                .query((rs, n) -> new ReportedArticle(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private CourseSummary reportableCourse(long courseId) {
        CourseSummary course =
                courses.course(courseId).orElseThrow(() -> DomainException.notFound("news.draft.courseNotFound"));
        if (!REPORTABLE.contains(course.status())) {
            throw DomainException.conflict(
                    null,
                    "news.draft.courseNotHeld",
                    new DefaultMessageSourceResolvable("course.status." + course.status()));
        }
        return course;
    }
}
