package org.cadretraining.course;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where people spoke: the courses a lecturer taught and those in which a cadre speaks, counting every speaker of an
 * item (the main one and the further ones), for {@link CourseCatalog}.
 */
@Component
class SpeakerRecords {

    private final JdbcClient jdbc;

    SpeakerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The courses, not cancelled, in which the lecturer spoke: named as the lecturer, or as the cadre an internal
     * lecturer is. Latest first.
     */
    List<CourseCatalog.TaughtCourse> coursesTaughtBy(long lecturerId) {
        return jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.status, c.starts_on, c.ends_on, count(*) as items,
                               sum(coalesce(i.credit_hours_override, i.credit_hours)) as hours
                        from agenda_item i
                        join course c on c.id = i.course_id
                        join lecturer me on me.id = :lecturerId
                        left join lecturer l on l.id = i.speaker_lecturer_id
                        where c.status <> 'CANCELLED'
                          and (i.speaker_lecturer_id = me.id or i.speaker_cadre_id = me.cadre_id
                               or l.cadre_id = me.cadre_id
                               or exists (select 1 from agenda_item_speaker s
                                          left join lecturer sl on sl.id = s.lecturer_id
                                          where s.agenda_item = i.id
                                            and (s.lecturer_id = me.id or s.cadre_id = me.cadre_id
                                                 or sl.cadre_id = me.cadre_id)))
                        group by c.id
                        order by c.starts_on desc, c.id desc
                        """)
                .param("lecturerId", lecturerId)
                .query((rs, n) -> new CourseCatalog.TaughtCourse(
                        rs.getLong("id"),
                        new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                        CourseStatus.valueOf(rs.getString("status")),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("items"),
                        CreditHours.of(rs.getBigDecimal("hours"))))
                .list();
    }

    /**
     * The courses, neither drafts nor cancelled, in which a cadre speaks: named as the cadre, or as the internal
     * lecturer the cadre is. Earliest first.
     */
    List<Long> coursesWithSpeaker(long cadreId) {
        return jdbc.sql("""
                        select c.id
                        from course c
                        where c.status not in ('DRAFT', 'CANCELLED')
                          and exists (select 1 from agenda_item i
                                      left join lecturer l on l.id = i.speaker_lecturer_id
                                      where i.course_id = c.id
                                        and (i.speaker_cadre_id = :cadreId or l.cadre_id = :cadreId
                                             or exists (select 1 from agenda_item_speaker s
                                                        left join lecturer sl on sl.id = s.lecturer_id
                                                        where s.agenda_item = i.id
                                                          and (s.cadre_id = :cadreId or sl.cadre_id = :cadreId))))
                        order by c.starts_on, c.id
                        """).param("cadreId", cadreId).query(Long.class).list();
    }
}
