package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds what a planned agenda item clashes with: another item of the same course at the same time, its speaker
 * booked elsewhere at the same time in another course, and whatever other modules check.
 */
@Component
class AgendaConflicts {

    private final AgendaItemRepository items;
    private final JdbcClient jdbc;
    private final List<ScheduleConflictCheck> otherChecks;

    AgendaConflicts(AgendaItemRepository items, JdbcClient jdbc, List<ScheduleConflictCheck> otherChecks) {
        this.items = items;
        this.jdbc = jdbc;
        this.otherChecks = otherChecks;
    }

    List<ScheduleConflict> find(Course course, Long itemId, AgendaItemDetails details, Long lecturersCadreId) {
        List<ScheduleConflict> found = new ArrayList<>(overlapsInCourse(course.id(), itemId, details));
        found.addAll(speakerBookedElsewhere(course.id(), itemId, details, lecturersCadreId));
        PlannedItem planned = new PlannedItem(
                course.id(),
                itemId,
                details.type(),
                details.day(),
                details.startsAt(),
                details.endsAt(),
                details.siteId() != null ? details.siteId() : course.venueSiteId(),
                details.speaker().lecturerId(),
                details.speaker().cadreId());
        otherChecks.forEach(check -> found.addAll(check.check(planned)));
        return found;
    }

    List<ScheduleConflict> findForDates(long courseId, LocalDate startsOn, LocalDate endsOn) {
        List<ScheduleConflict> found = new ArrayList<>();
        otherChecks.forEach(check -> found.addAll(check.checkDates(courseId, startsOn, endsOn)));
        return found;
    }

    private List<ScheduleConflict> overlapsInCourse(long courseId, Long itemId, AgendaItemDetails details) {
        return items.findByCourse(courseId).stream()
                .filter(other -> !other.id().equals(itemId))
                .filter(other -> other.overlaps(details.day(), details.startsAt(), details.endsAt()))
                .map(other -> new ScheduleConflict(
                        "startsAt",
                        "course.conflict.overlap",
                        List.of(other.startsAt(), other.endsAt(), label(other.type(), other.title()))))
                .toList();
    }

    /**
     * The same person speaking elsewhere at the same time: the same lecturer, or the same cadre whether they are
     * named as a cadre or through their lecturer record. Cancelled courses do not count.
     */
    private List<ScheduleConflict> speakerBookedElsewhere(
            long courseId, Long itemId, AgendaItemDetails details, Long lecturersCadreId) {
        Speaker speaker = details.speaker();
        Long cadreId = speaker.cadreId() != null ? speaker.cadreId() : lecturersCadreId;
        if (speaker.lecturerId() == null && cadreId == null) {
            return List.of();
        }
        String field = speaker.lecturerId() != null ? "speakerLecturerId" : "speakerStaffNumber";
        return jdbc.sql("""
                        select c.title_zh, c.title_en, i.starts_at, i.ends_at
                        from agenda_item i
                        join course c on c.id = i.course_id
                        left join lecturer l on l.id = i.speaker_lecturer_id
                        where c.status <> 'CANCELLED' and i.course_id <> :courseId and i.id <> :itemId
                          and i.day = :day and i.starts_at < :endsAt and i.ends_at > :startsAt
                          and (i.speaker_lecturer_id = :lecturerId or i.speaker_cadre_id = :cadreId
                               or l.cadre_id = :cadreId)
                        order by i.starts_at
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
                        "course.conflict.speakerBusy",
                        List.of(
                                new TextArgument(new LocalizedText(rs.getString("title_zh"), rs.getString("title_en"))),
                                rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class))))
                .list();
    }

    private static Object label(AgendaItemType type, LocalizedText title) {
        if (title.zh().isEmpty() && title.en().isEmpty()) {
            return new DefaultMessageSourceResolvable("course.agenda.type." + type);
        }
        return new TextArgument(title);
    }
}
