package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
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

    @Embedded.Empty
    private AgendaItemVoices voices;

    @MappedCollection(idColumn = "agenda_item", keyColumn = "position")
    private List<AgendaItemSpeaker> furtherSpeakers = new ArrayList<>();

    private boolean sharesSitting;
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
        voices = AgendaItemVoices.of(details.speaker(), details.presider());
        furtherSpeakers = new ArrayList<>(
                details.speakers().stream().skip(1).map(AgendaItemSpeaker::of).toList());
        sharesSitting = details.sharesSitting();
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

    /** Whether this item's sitting overlaps the given time; homework has no sitting and overlaps nothing. */
    boolean overlaps(LocalDate otherDay, LocalTime otherStart, LocalTime otherEnd) {
        return hasSitting() && day.equals(otherDay) && startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    boolean hasSitting() {
        return type.hasSitting();
    }

    /** When homework is due; null for an item with a sitting. */
    LocalDateTime dueAt() {
        return hasSitting() ? null : day.atTime(endsAt);
    }

    boolean sharesSitting() {
        return sharesSitting;
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

    /** The main speaker, or nobody. */
    Speaker speaker() {
        return voices.speaker();
    }

    /** Every speaker in order, the main one first; empty when nobody speaks. */
    List<Speaker> speakers() {
        List<Speaker> all = new ArrayList<>();
        if (!speaker().none()) {
            all.add(speaker());
        }
        furtherSpeakers.forEach(further -> all.add(further.speaker()));
        return all;
    }

    Speaker presider() {
        return voices.presider();
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
                speakers(),
                presider(),
                title(),
                mandatory,
                creditHoursOverride == null ? null : CreditHours.of(creditHoursOverride),
                sharesSitting);
    }
}
