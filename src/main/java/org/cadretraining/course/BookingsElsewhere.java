package org.cadretraining.course;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a planned item meets in other courses at the same time: each of its speakers and its presider booked there
 * (speaking or presiding), and its site
 * booked there unless the site may be shared. A site is booked by the items that name it as their own; a course's
 * main venue (a party school, a campus) is where the course is based and hosts several courses at once, so items
 * held there without a site of their own book nothing. Cancelled courses and homework (no sitting) do not count.
 */
@Component
class BookingsElsewhere {

    /** Every booked sitting with its course, once for each person who speaks at it or presides over it. */
    private static final String SITTINGS_WITH_SPEAKERS = """
            with speaking as (
                select i.id, i.course_id, i.day, i.starts_at, i.ends_at, i.type,
                       i.speaker_lecturer_id as lecturer_id, i.speaker_cadre_id as cadre_id
                from agenda_item i
                union all
                select i.id, i.course_id, i.day, i.starts_at, i.ends_at, i.type, s.lecturer_id, s.cadre_id
                from agenda_item_speaker s join agenda_item i on i.id = s.agenda_item
                union all
                select i.id, i.course_id, i.day, i.starts_at, i.ends_at, i.type,
                       i.presider_lecturer_id, i.presider_cadre_id
                from agenda_item i
                where i.presider_lecturer_id is not null or i.presider_cadre_id is not null
            )
            """;

    private final JdbcClient jdbc;
    private final Lecturers lecturers;

    BookingsElsewhere(JdbcClient jdbc, Lecturers lecturers) {
        this.jdbc = jdbc;
        this.lecturers = lecturers;
    }

    List<ScheduleConflict> find(long courseId, Long itemId, AgendaItemDetails details) {
        if (!details.type().hasSitting()) {
            return List.of();
        }
        List<ScheduleConflict> found = new ArrayList<>();
        for (Speaker speaker : details.speakers()) {
            found.addAll(speakerBooked(
                    courseId, itemId, details, speaker, field(details, speaker), "course.conflict.speakerBusy"));
        }
        found.addAll(speakerBooked(
                courseId,
                itemId,
                details,
                details.presider(),
                presiderField(details.presider()),
                "course.conflict.presiderBusy"));
        if (details.siteId() != null) {
            found.addAll(siteBooked(courseId, itemId, details, details.siteId()));
        }
        return found;
    }

    /**
     * The same person speaking elsewhere at the same time: the same lecturer, or the same cadre whether they are
     * named as a cadre or through their lecturer record.
     */
    private List<ScheduleConflict> speakerBooked(
            long courseId, Long itemId, AgendaItemDetails details, Speaker speaker, String field, String messageKey) {
        Long cadreId = speaker.cadreId() != null
                ? speaker.cadreId()
                : speaker.lecturerId() == null
                        ? null
                        : lecturers
                                .find(speaker.lecturerId())
                                .map(LecturerSummary::cadreId)
                                .orElse(null);
        if (speaker.lecturerId() == null && cadreId == null) {
            return List.of();
        }
        return jdbc.sql(SITTINGS_WITH_SPEAKERS + """
                        select distinct c.title_zh, c.title_en, b.starts_at, b.ends_at
                        from speaking b
                        join course c on c.id = b.course_id
                        left join lecturer l on l.id = b.lecturer_id
                        where c.status <> 'CANCELLED' and b.course_id <> :courseId and b.id <> :itemId
                          and b.type <> 'HOMEWORK'
                          and b.day = :day and b.starts_at < :endsAt and b.ends_at > :startsAt
                          and (b.lecturer_id = :lecturerId or b.cadre_id = :cadreId or l.cadre_id = :cadreId)
                        order by b.starts_at
                        """)
                .param("courseId", courseId)
                .param("itemId", itemId == null ? -1L : itemId)
                .param("day", details.day())
                .param("startsAt", details.startsAt())
                .param("endsAt", details.endsAt())
                .param("lecturerId", speaker.lecturerId() == null ? -1L : speaker.lecturerId())
                .param("cadreId", cadreId == null ? -1L : cadreId)
                .query((rs, n) -> new ScheduleConflict(
                        field,
                        messageKey,
                        List.of(
                                new TextArgument(new LocalizedText(rs.getString("title_zh"), rs.getString("title_en"))),
                                rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class))))
                .list();
    }

    /** The form field a refusal about one of the speakers sits next to. */
    private static String field(AgendaItemDetails details, Speaker speaker) {
        boolean main = Objects.equals(speaker, details.speaker());
        return !main ? "speakers" : speaker.lecturerId() != null ? "speakerLecturerId" : "speakerStaffNumber";
    }

    private static String presiderField(Speaker presider) {
        return presider.lecturerId() != null ? "presiderLecturerId" : "presiderStaffNumber";
    }

    /** Another course holding a sitting at the same site at the same time, unless the site may be shared. */
    private List<ScheduleConflict> siteBooked(long courseId, Long itemId, AgendaItemDetails details, long siteId) {
        return jdbc.sql("""
                        select c.title_zh, c.title_en, i.starts_at, i.ends_at
                        from agenda_item i
                        join course c on c.id = i.course_id
                        join site s on s.id = i.site_id
                        where s.id = :siteId and not s.shareable
                          and c.status <> 'CANCELLED' and i.course_id <> :courseId and i.id <> :itemId
                          and i.type <> 'HOMEWORK'
                          and i.day = :day and i.starts_at < :endsAt and i.ends_at > :startsAt
                        order by i.starts_at
                        """)
                .param("siteId", siteId)
                .param("courseId", courseId)
                .param("itemId", itemId == null ? -1L : itemId)
                .param("day", details.day())
                .param("startsAt", details.startsAt())
                .param("endsAt", details.endsAt())
                .query((rs, n) -> new ScheduleConflict(
                        "siteId",
                        "course.conflict.siteBooked",
                        List.of(
                                new TextArgument(new LocalizedText(rs.getString("title_zh"), rs.getString("title_en"))),
                                rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class))))
                .list();
    }
}
