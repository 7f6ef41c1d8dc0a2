package org.cadretraining.report.archive;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cadretraining.report.archive.CourseArchive.Header;
import org.cadretraining.report.archive.CourseArchive.ProgrammeItem;
import org.cadretraining.report.archive.CourseArchive.ScheduleChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The course itself, its programme as it stands and every numbered change made to it after nominations opened. */
@Component
class ArchiveProgramme {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveProgramme(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Header> header(long courseId) {
        return jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.status, c.starts_on, c.ends_on, c.required_hours,
                               u.name_zh as organiser_zh, u.name_en as organiser_en,
                               coalesce(s.name_zh, '') as venue_zh, coalesce(s.name_en, '') as venue_en
                        from course c join unit u on u.id = c.organiser_unit_id
                        left join site s on s.id = c.venue_site_id
                        where c.id = ?
                        """)
                .param(courseId)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        Cells.text(rs, "title"),
                        rs.getString("status"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(),
                        rs.getBigDecimal("required_hours"),
                        Cells.text(rs, "organiser"),
                        Cells.text(rs, "venue")))
                .optional();
    }

    /** The items in the order of the day; the speakers as the programme names them (register, cadre or text). */
    List<ProgrammeItem> programme(long courseId) {
        return jdbc.sql("""
                        select a.id, a.day, a.starts_at, a.ends_at, a.type, a.title_zh, a.title_en, a.mandatory,
                               coalesce(a.credit_hours_override, a.credit_hours) as hours,
                               coalesce(s.name_zh, '') as site_zh, coalesce(s.name_en, '') as site_en,
                               concat_ws('、',
                                   nullif(concat_ws('', l.name, sc.name, nullif(a.speaker_text, '')), ''),
                                   (select string_agg(concat_ws('', sl.name, sk.name, nullif(x.text, '')), '、'
                                                      order by x.position)
                                    from agenda_item_speaker x
                                    left join lecturer sl on sl.id = x.lecturer_id
                                    left join cadre sk on sk.id = x.cadre_id
                                    where x.agenda_item = a.id)) as speakers
                        from agenda_item a join course c on c.id = a.course_id
                        left join site s on s.id = coalesce(a.site_id, c.venue_site_id)
                        left join lecturer l on l.id = a.speaker_lecturer_id
                        left join cadre sc on sc.id = a.speaker_cadre_id
                        where a.course_id = ?
                        order by a.day, a.starts_at, a.id
                        """)
                .param(courseId)
                .query((rs, n) -> new ProgrammeItem(
                        rs.getLong("id"),
                        rs.getDate("day").toLocalDate(),
                        rs.getTime("starts_at").toLocalTime(),
                        rs.getTime("ends_at").toLocalTime(),
                        rs.getString("type"),
                        Cells.text(rs, "title"),
                        Cells.text(rs, "site"),
                        rs.getString("speakers"),
                        rs.getBoolean("mandatory"),
                        rs.getBigDecimal("hours")))
                .list();
    }

    /** The schedule versions the notification module numbered, the first first. */
    List<ScheduleChange> changes(long courseId) {
        return jdbc.sql("""
                        select version, change, before_zh, before_en, after_zh, after_en, changed_at,
                               coalesce(changed_by, '') as changed_by
                        from schedule_version where course_id = ? order by version
                        """)
                .param(courseId)
                .query((rs, n) -> new ScheduleChange(
                        rs.getInt("version"),
                        rs.getString("change"),
                        Cells.text(rs, "before"),
                        Cells.text(rs, "after"),
                        Cells.at(rs, "changed_at", clock.getZone()),
                        rs.getString("changed_by")))
                .list();
    }
}
