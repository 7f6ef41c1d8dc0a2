package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of a course's agenda. It is stored on its own rather than inside the course so that its id stays the
 * same across edits: attendance, schedule versions and calendars refer to it. The course guards every change.
 */
@Table("agenda_item")
class AgendaItem {

    @Id
    private Long id;

    private Long courseId;
    private AgendaItemType type;
    private LocalDate day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private Long siteId;
    private Long speakerLecturerId;
    private Long speakerCadreId;
    private String speakerText;
    private String titleZh;
    private String titleEn;
    private boolean mandatory;
    private BigDecimal creditHours;
    private BigDecimal creditHoursOverride;

    @Version
    private Integer version;

    AgendaItem() {}

    static AgendaItem create(Long courseId, AgendaItemDetails details) {
        AgendaItem item = new AgendaItem();
        item.courseId = courseId;
        item.creditHours = BigDecimal.ZERO;
        item.describe(details);
        return item;
    }

    void describe(AgendaItemDetails details) {
        type = details.type();
        day = details.day();
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        siteId = details.siteId();
        speakerLecturerId = details.speaker().lecturerId();
        speakerCadreId = details.speaker().cadreId();
        speakerText = details.speaker().text();
        titleZh = details.title().zh();
        titleEn = details.title().en();
        mandatory = details.mandatory();
        creditHoursOverride = details.creditOverride() == null
                ? null
                : details.creditOverride().value();
    }

    /** The 学时 the institution's rule gives this item; they count unless the organiser fixed another figure. */
    void creditedByRule(CreditHours hours) {
        creditHours = hours.value();
    }

    CreditHours credit() {
        return creditHoursOverride != null ? CreditHours.of(creditHoursOverride) : CreditHours.of(creditHours);
    }

    CreditHours ruleCredit() {
        return CreditHours.of(creditHours);
    }

    boolean creditOverridden() {
        return creditHoursOverride != null;
    }

    boolean overlaps(LocalDate otherDay, LocalTime otherStart, LocalTime otherEnd) {
        return day.equals(otherDay) && startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    Long id() {
        return id;
    }

    Long courseId() {
        return courseId;
    }

    AgendaItemType type() {
        return type;
    }

    LocalDate day() {
        return day;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    Long siteId() {
        return siteId;
    }

    Speaker speaker() {
        return new Speaker(speakerLecturerId, speakerCadreId, speakerText);
    }

    LocalizedText title() {
        return new LocalizedText(titleZh, titleEn);
    }

    boolean mandatory() {
        return mandatory;
    }

    AgendaItemDetails details() {
        return new AgendaItemDetails(
                type,
                day,
                startsAt,
                endsAt,
                siteId,
                speaker(),
                title(),
                mandatory,
                creditHoursOverride == null ? null : CreditHours.of(creditHoursOverride));
    }
}
